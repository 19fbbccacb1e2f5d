#!/bin/sh
# Starts the packaged service, with JDK 25's AOT cache when it can be trusted, and without it otherwise (saying why).
#   src/main/sh/start.sh [JVM options...]        e.g. -Xmx64m -XX:+UseSerialGC
# The service is target/quarkus-app (or this script's own folder, when it is copied next to quarkus-run.jar); JAVA is
# the java command (default: java on the PATH). The cache (app.aot, written by ./mvnw verify on JDK 25) is used only
#   - on JDK 25 or later: older JVMs do not know -XX:AOTCache and would refuse to start;
#   - when it is newer than every jar of the service: the JVM checks that the cache comes from its own build, but
#     it started a rebuilt jar with the old cache's classes here, so a cache older than the jars is left out;
#   - when it was trained in this very folder: the cached classes remember where their jars were, and a copy
#     started elsewhere read Quarkus's own files from the training folder (or failed when that had changed).
# A JDK 25 of another build refuses the cache by itself, prints a warning and starts without it (-XX:AOTMode=auto).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
if [ -f "$here/quarkus-run.jar" ]; then app=$here; else app=${APP_DIR:-$here/../../../target/quarkus-app}; fi
app=$(cd "$app" && pwd -P)
java=${JAVA:-java}
cache=$app/app.aot
aot=
if [ -f "$cache" ]; then
    # JAVA_VERSION="25.0.3" in the JDK's release file: no JVM start just to ask
    release=$(dirname "$(dirname "$(readlink -f "$(command -v "$java")")")")/release
    major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release" 2>/dev/null || true)
    if [ "${major:-0}" -lt 25 ]; then
        echo "start.sh: $java is not JDK 25 or later (${major:-unknown}): starting without the AOT cache" >&2
    elif [ -n "$(find "$app" -name '*.jar' -newer "$cache" | head -n 1)" ]; then
        echo "start.sh: $cache is older than the service's jars: starting without it (./mvnw verify on JDK 25 trains a new one)" >&2
    elif ! grep -a -q -F -- "$app/quarkus-run.jar" "$cache"; then
        echo "start.sh: $cache was trained in another folder: starting without it (train it where the service runs)" >&2
    else
        aot=-XX:AOTCache=$cache
    fi
fi
exec "$java" $aot "$@" -jar "$app/quarkus-run.jar"
