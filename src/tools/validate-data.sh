#!/bin/sh
# Validate a data directory without starting the service: the loader's own checks (types, required values,
# enumerations, patterns, keys, references, source lists, encoding, line endings, the record history).
# Every defect is printed as file:line:column: field: [rule] message. Exit code 0: valid; 1: defects; 2: no such directory.
#
#   src/tools/validate-data.sh            # validates data/
#   src/tools/validate-data.sh /some/dir  # validates another copy (e.g. an unzipped dataset.zip)
#
# Needs Java 17+. It uses the packaged application (target/quarkus-app/quarkus-run.jar) and builds it first when it
# is missing or older than the Java sources (./mvnw package, a few minutes the first time; the data is not part of
# what is checked at build time, so editing CSV files never needs a rebuild).
set -eu
cd "$(dirname "$0")/../.."
dir="${1:-data}"
case "$dir" in /*) ;; *) dir="$PWD/$dir" ;; esac
jar=target/quarkus-app/quarkus-run.jar
if [ ! -f "$jar" ] || [ -n "$(find src/main/java pom.xml -newer "$jar" -print -quit)" ]; then
    echo "building $jar ..." >&2
    ./mvnw -B -q package -DskipTests >&2
fi
exec java -jar "$jar" validate "$dir"
