#!/usr/bin/env bash
# Where the start-up and memory floor of our stack lies on this machine: two one-entity Quarkus apps,
# generated on the project's Quarkus version, started next to the service itself, with the same JVM.
#   bare:       Quarkus REST + Jackson, Hibernate ORM with Panache, H2 (the brief's minimum)
#   extensions: the same plus every extension the service uses (Flyway, Validator, OpenAPI, Health,
#               Micrometer, JSON logging)
#   service:    the packaged service with the bundled dataset
# Prints, for each, the median launch-to-first-answer time and RSS just after it, over N starts.
# Usage: src/bench/floor.sh [--runs N] [--reuse-jar] [--java PATH] [--aot] [--service-jar JAR]   (JAVA_OPTS: all three)
#   --java PATH  the java command for all three (default: java on the PATH), e.g. a JDK 25's bin/java
#   --service-jar JAR  another packaged service (default: target/quarkus-app/quarkus-run.jar, built if missing)
#   --aot        JDK 25+: each app starts with its own AOT cache (-XX:AOTCache, -XX:AOTMode=on, so a cache the JVM
#                cannot use fails the run instead of measuring a plain start). The two floor apps are packaged as
#                aot-jar and trained by one start with -XX:AOTCacheOutput and 20 requests; the service uses the
#                cache its build trained (target/quarkus-app/app.aot, from ./mvnw verify on the same JDK 25).
source "$(dirname "$0")/common.sh"

RUNS=3
REUSE_JAR=0
AOT=0
JAVA=java
while [ $# -gt 0 ]; do
    case $1 in
        --runs) RUNS=$2; shift 2 ;;
        --reuse-jar) REUSE_JAR=1; shift ;;
        --java) JAVA=$2; shift 2 ;;
        --aot) AOT=1; shift ;;
        --service-jar) JAR=$(realpath "$2"); REUSE_JAR=1; shift 2 ;;
        *) sed -n '2,16s/^# \{0,1\}//p' "$0" >&2; exit 2 ;;
    esac
done
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || { echo "Not a positive whole number: $RUNS" >&2; exit 2; }
export JAVA
if [ "$AOT" = 1 ]; then
    "$JAVA" -XX:AOTMode=off -version >/dev/null 2>&1 || { echo "--aot needs JDK 25 or later: $JAVA has no AOT cache" >&2; exit 2; }
    [ -f "$(dirname "$JAR")/app.aot" ] || {
        echo "No app.aot next to $JAR: build it with JAVA_HOME=<that JDK 25> ./mvnw verify (the aot profile)" >&2; exit 2; }
fi

QUARKUS_VERSION=$(sed -n 's:.*<quarkus.platform.version>\(.*\)</quarkus.platform.version>.*:\1:p' "$ROOT/pom.xml")
WORK=$ROOT/target/bench/floor
# The generated apps depend only on the Quarkus version and the packaging: kept between runs, in a folder named by both.
APPS=$ROOT/target/bench/floor-apps/$QUARKUS_VERSION-$([ "$AOT" = 1 ] && echo aot-jar || echo fast-jar)
rm -rf "$WORK"
mkdir -p "$WORK"

# generate_app DIR EXTENSION...: a one-entity app (GET /things/a) with those io.quarkus extensions.
generate_app() {
    local dir=$1 ext deps=""
    shift
    [ -f "$dir/target/quarkus-app/quarkus-run.jar" ] && return
    rm -rf "$dir"
    for ext in "$@"; do
        deps+="<dependency><groupId>io.quarkus</groupId><artifactId>$ext</artifactId></dependency>"
    done
    mkdir -p "$dir/src/main/java/floor" "$dir/src/main/resources/db/migration"
    cat >"$dir/pom.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>
  <groupId>floor</groupId><artifactId>floor</artifactId><version>1</version>
  <properties><maven.compiler.release>17</maven.compiler.release><project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>
  <dependencyManagement><dependencies><dependency><groupId>io.quarkus.platform</groupId><artifactId>quarkus-bom</artifactId>
    <version>$QUARKUS_VERSION</version><type>pom</type><scope>import</scope></dependency></dependencies></dependencyManagement>
  <dependencies>$deps</dependencies>
  <build><plugins><plugin><groupId>io.quarkus.platform</groupId><artifactId>quarkus-maven-plugin</artifactId>
    <version>$QUARKUS_VERSION</version><extensions>true</extensions><executions><execution><goals><goal>build</goal></goals></execution></executions>
  </plugin></plugins></build>
</project>
EOF
    cat >"$dir/src/main/java/floor/Thing.java" <<'EOF'
package floor;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Thing extends PanacheEntityBase {
    @Id
    public String id;
    public String name;
}
EOF
    cat >"$dir/src/main/java/floor/ThingResource.java" <<'EOF'
package floor;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/things")
@Produces(MediaType.APPLICATION_JSON)
public class ThingResource {
    @GET
    @Path("{id}")
    public Thing get(@PathParam("id") String id) {
        Thing thing = Thing.findById(id);
        if (thing == null) {
            throw new NotFoundException();
        }
        return thing;
    }

    @Transactional
    void load(@Observes StartupEvent event) {
        Thing thing = new Thing();
        thing.id = "a";
        thing.name = "A";
        thing.persist();
    }
}
EOF
    {
        echo "quarkus.datasource.db-kind=h2"
        echo "quarkus.datasource.jdbc.url=jdbc:h2:mem:floor;DB_CLOSE_DELAY=-1"
        if [[ " $* " == *" quarkus-flyway "* ]]; then
            echo "quarkus.flyway.migrate-at-start=true"
            echo "quarkus.hibernate-orm.schema-management.strategy=none"
        else
            echo "quarkus.hibernate-orm.schema-management.strategy=drop-and-create"
        fi
    } >"$dir/src/main/resources/application.properties"
    echo "CREATE TABLE thing (id VARCHAR(64) PRIMARY KEY, name VARCHAR(255));" >"$dir/src/main/resources/db/migration/V1__schema.sql"
    echo "Building the $(basename "$dir") app (Quarkus $QUARKUS_VERSION: $*)..."
    local packaging=()
    # aot-jar puts every class on the JVM's own class path, where the AOT cache can hold it (fast-jar's loader cannot)
    [ "$AOT" = 1 ] && packaging=(-Dquarkus.package.jar.type=aot-jar)
    (cd "$ROOT" && ./mvnw -B -q -f "$dir/pom.xml" -DskipTests "${packaging[@]}" package)
}

# On a busy machine opening the in-memory database can take longer than Agroal's 5 s, which fails the start.
BUSY_OK="-Dquarkus.datasource.jdbc.acquisition-timeout=120S"
export READY_TIMEOUT=${READY_TIMEOUT:-180}

# train NAME JAR URL: one start that records the jar's AOT cache next to it (written when the JVM exits).
train() {
    local i
    echo "Training the $1 app's AOT cache..."
    JAVA_OPTS="$BUSY_OK ${JAVA_OPTS:-} -XX:AOTCacheOutput=$(dirname "$2")/app.aot" SERVICE_JAR=$2 READY_PATH=$3 \
        SERVICE_LOG="$WORK/$1-training.log" start_service >/dev/null
    for ((i = 0; i < 20; i++)); do
        curl -fs --max-time 5 -o /dev/null "http://127.0.0.1:$PORT$3"
    done
    stop_service >/dev/null
    [ -s "$(dirname "$2")/app.aot" ] || { echo "The $1 app wrote no AOT cache (log: $WORK/$1-training.log)" >&2; exit 1; }
}

# measure NAME JAR URL: starts the jar RUNS times; one line per start (ms to the first 200 on URL, RSS in MB).
measure() {
    local name=$1 i opts="$BUSY_OK ${JAVA_OPTS:-}"
    [ "$AOT" = 1 ] && opts+=" -XX:AOTMode=on -XX:AOTCache=$(dirname "$2")/app.aot"
    for ((i = 1; i <= RUNS; i++)); do
        JAVA_OPTS=$opts SERVICE_JAR=$2 READY_PATH=$3 SERVICE_LOG="$WORK/$name-$i.log" start_service >/dev/null
        echo "$name $STARTUP_MS $(awk '/VmRSS/ { print int($2 / 1024) }' "/proc/$PID/status")" >>"$WORK/results"
        stop_service >/dev/null
    done
}

BARE=(quarkus-rest-jackson quarkus-hibernate-orm-panache quarkus-jdbc-h2)
generate_app "$APPS/bare" "${BARE[@]}"
generate_app "$APPS/extensions" "${BARE[@]}" quarkus-flyway quarkus-hibernate-validator quarkus-smallrye-openapi \
    quarkus-smallrye-health quarkus-micrometer-registry-prometheus quarkus-logging-json
# With --aot the service's cache belongs to the jar its build trained: never rebuild that jar here.
if [ "$REUSE_JAR" = 1 ] || [ "$AOT" = 1 ]; then build_if_needed; else build; fi
if [ "$AOT" = 1 ]; then
    train bare "$APPS/bare/target/quarkus-app/quarkus-run.jar" /things/a
    train extensions "$APPS/extensions/target/quarkus-app/quarkus-run.jar" /things/a
fi

echo "Starting each $RUNS times ($("$JAVA" -version 2>&1 | head -1); AOT cache: $([ "$AOT" = 1 ] && echo yes || echo no); JAVA_OPTS=${JAVA_OPTS:-})..."
measure bare "$APPS/bare/target/quarkus-app/quarkus-run.jar" /things/a
measure extensions "$APPS/extensions/target/quarkus-app/quarkus-run.jar" /things/a
measure service "$JAR" "$FIRST_ANSWER_PATH"

python3 - "$WORK/results" "$RUNS" <<'EOF'
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    name, ms, rss = line.split()
    rows.setdefault(name, []).append((int(ms), int(rss)))
print(f"\n| app | start-up, launch to first answer (median of {sys.argv[2]}) | RSS after start-up (median) |")
print("|---|---:|---:|")
for name, runs in rows.items():
    print(f"| {name} | {statistics.median(r[0] for r in runs) / 1000:.2f} s | {statistics.median(r[1] for r in runs):.0f} MB |")
EOF
