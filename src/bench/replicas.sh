#!/usr/bin/env bash
# PostgreSQL and two replicas (issue 15), in one run: a private PostgreSQL, replica 1 of the PostgreSQL build loading the
# release, replica 2 starting against the loaded database, then each scenario against both replicas and against nginx
# serving the same bytes; ETags compared across replicas. --fault also restarts the database under load.
# Usage: src/bench/replicas.sh [--scale N] [--duration S] [--connections C] [--export-connections C] [--starts K] [--reuse-jar] [--fault]
#   --starts K  start replica 2 K times against the loaded database (default 3; the start-up line gives the median)
source "$(dirname "$0")/common.sh"

SCALE=1
DURATION=10
CONNECTIONS=32
EXPORT_CONNECTIONS=4
REUSE_JAR=0
FAULT=0
STARTS=3
while [ $# -gt 0 ]; do
    case $1 in
        --scale) SCALE=$2; shift 2 ;;
        --duration) DURATION=$2; shift 2 ;;
        --connections) CONNECTIONS=$2; shift 2 ;;
        --export-connections) EXPORT_CONNECTIONS=$2; shift 2 ;;
        --reuse-jar) REUSE_JAR=1; shift ;;
        --fault) FAULT=1; shift ;;
        --starts) STARTS=$2; shift 2 ;;
        -h | --help) sed -n '2,6s/^# \{0,1\}//p' "$0" >&2; exit 2 ;;
        *) echo "Unknown option: $1" >&2; exit 2 ;;
    esac
done
for n in "$SCALE" "$DURATION" "$CONNECTIONS" "$EXPORT_CONNECTIONS" "$STARTS"; do
    [[ $n =~ ^[1-9][0-9]*$ ]] || { echo "Not a positive whole number: $n" >&2; exit 2; }
done

need_package wrk
need_package nginx
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$PGBIN/initdb" ] || { need_package pg_ctlcluster postgresql; PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1); }
PGJAR=$ROOT/target/quarkus-app-postgresql/quarkus-run.jar
OUT=$ROOT/target/bench/replicas-scale-$SCALE
rm -rf "$OUT"
mkdir -p "$OUT/static" "$OUT/nginx-tmp"

if [ "$REUSE_JAR" = 0 ] || [ ! -f "$PGJAR" ]; then
    echo "Building both artifacts (./mvnw package: target/quarkus-app-postgresql is the PostgreSQL build)..."
    (cd "$ROOT" && ./mvnw -B -q -DskipTests package)
fi

DATASET_DIR=$(scaled_dataset "$SCALE")

# The database: a cluster of its own in a temporary directory, on a free port of 127.0.0.1, as postgres when run as
# root (initdb and postgres refuse root). Stopped (fast) and removed however the script ends.
PGDIR=$(mktemp -d -t odp-bench-pg.XXXXXX)
PGPORT=$(free_port)
AS=()
if [ "$(id -u)" = 0 ]; then
    chown postgres "$PGDIR"
    AS=(runuser -u postgres --)
fi
pg_ctl() {
    "${AS[@]}" "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/server.log" -w -t 120 "$@" >/dev/null
}
stop_database() {
    [ -f "$PGDIR/data/postmaster.pid" ] && pg_ctl stop -m fast || true
    rm -rf "$PGDIR"
}
trap 'stop_started; stop_database' EXIT
"${AS[@]}" "$PGBIN/initdb" -D "$PGDIR/data" -U odp -A trust -E UTF8 --locale=C --no-sync >"$OUT/initdb.log"
PGOPTS="-p $PGPORT -k $PGDIR -c listen_addresses=127.0.0.1 -c max_connections=100 -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
pg_ctl start -o "$PGOPTS"
"$PGBIN/psql" -q -h 127.0.0.1 -p "$PGPORT" -U odp -d postgres -c "CREATE DATABASE odp"
echo "PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PGPORT ($PGDIR)"

# The replica that loads holds the release's rows while it checks and inserts them: at scale it needs a larger heap. A
# replica that finds the release loaded holds none of it, so it gets the 1x heap at every scale: that is the claim.
LOAD_HEAP=-Xmx256m
[ "$SCALE" -ge 100 ] && LOAD_HEAP=-Xmx1g
SERVE_HEAP=-Xmx256m
DB_OPTS="-Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:$PGPORT/odp?connectTimeout=2&socketTimeout=60 -Dquarkus.datasource.username=odp"
# Replicas behind one address publish one base URL (docs/operations.md): links, bodies and ETags then agree.
DB_OPTS+=" -Dodp.public-base-url=https://api.example.org"
# Each replica caches the exports on its own disk, as replicas on different machines would.
REPLICA_OPTS="$LOAD_HEAP $DB_OPTS -Dodp.exports.directory=$OUT/exports-1"
export READY_TIMEOUT=$((600 + SCALE / 2))

rss_mb() {
    awk '/VmRSS/ { print int($2 / 1024) }' "/proc/$1/status"
}

# start_replica N: sets REPLICA_PORT_N, REPLICA_PID_N, and prints its start-up (launch to its first answer of a record,
# FIRST_ANSWER_PATH, as floor.sh measures the floor apps) and RSS.
start_replica() {
    PORT=
    MANAGEMENT_PORT=
    SERVICE_JAR=$PGJAR JAVA_OPTS=$REPLICA_OPTS SERVICE_LOG=$OUT/replica-$1.log READY_PATH=$FIRST_ANSWER_PATH start_service >/dev/null
    printf -v "REPLICA_PORT_$1" %s "$PORT"
    printf -v "REPLICA_PID_$1" %s "$PID"
    PID=
    local loaded="loaded nothing: the release was in the database"
    grep -q "its files were hashed" "$OUT/replica-$1.log" && loaded="loaded nothing, read no file: the release was in the database"
    grep -q "Loaded release " "$OUT/replica-$1.log" && loaded="loaded the release"
    printf 'replica %s\t%s ms to first answer\t%s MB RSS\t%s\tload %s\n' "$1" "$STARTUP_MS" "$(rss_mb "${!2}")" "$loaded" "$(loadavg)" \
        | tee -a "$OUT/results.tsv"
}
loadavg() {
    cut -d' ' -f1 /proc/loadavg
}
echo "Replica 1 (finds the database empty, loads the release)..."
start_replica 1 REPLICA_PID_1
echo "Replica 2 (starts against the loaded database, $STARTS times)..."
REPLICA_OPTS="$SERVE_HEAP $DB_OPTS -Dodp.exports.directory=$OUT/exports-2"
STARTUPS=()
for ((k = 1; k <= STARTS; k++)); do
    [ "$k" -gt 1 ] && { stop_pid "$REPLICA_PID_2"; rm -rf "$OUT/exports-2"; }
    start_replica 2 REPLICA_PID_2
    STARTUPS+=("$STARTUP_MS")
done
printf 'startup\treplica 2 against the loaded database: median %s ms of %s starts (%s)\tload %s\n' \
    "$(printf '%s\n' "${STARTUPS[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')" "$STARTS" "${STARTUPS[*]}" "$(loadavg)" \
    | tee -a "$OUT/results.tsv"
R1=http://127.0.0.1:$REPLICA_PORT_1
R2=http://127.0.0.1:$REPLICA_PORT_2

# The scenarios; the deep cursor page is found by walking the cursor (200 a page) to the last page, then asking it at 20.
DEEP=$(python3 - "$R1" <<'EOF'
import json, sys, urllib.request
base, cursor, last = sys.argv[1], "", None
while cursor is not None:
    page = json.load(urllib.request.urlopen(f"{base}/api/v1/organizations?size=200&cursor={cursor}"))
    last, cursor = cursor, page["meta"].get("nextCursor")
print(f"/api/v1/organizations?size=20&cursor={last}")
EOF
)
SCENARIOS=(
    "item|request|/api/v1/resolutions/cnd-68-l2"
    "page-1|request|/api/v1/side-events?size=20"
    "deep-cursor|request|$DEEP"
    "q-search|request|/api/v1/side-events?q=harm%20reduction&size=20"
    "csv-export|export|/api/v1/exports/side_event_hosts.csv"
    "ndjson-export|export|/api/v1/exports/side_event_hosts.ndjson"
)

# nginx serves the bytes replica 1 answered, one file per scenario.
NGINX_PORT=$(free_port)
for s in "${SCENARIOS[@]}"; do
    IFS='|' read -r name _ path <<<"$s"
    curl -fs -o "$OUT/static/$name" "$R1$path"
    e1=$(curl -fsI "$R1$path" | tr -d '\r' | sed -n 's/^[Ee][Tt][Aa][Gg]: //p')
    e2=$(curl -fsI "$R2$path" | tr -d '\r' | sed -n 's/^[Ee][Tt][Aa][Gg]: //p')
    [ -n "$e1" ] && [ "$e1" = "$e2" ] || { echo "ETags differ across replicas on $path: '$e1' '$e2'" >&2; exit 1; }
done
cat >"$OUT/nginx.conf" <<EOF
worker_processes $(nproc);
pid $OUT/nginx-tmp/nginx.pid;
error_log $OUT/nginx-tmp/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    client_body_temp_path $OUT/nginx-tmp; proxy_temp_path $OUT/nginx-tmp; fastcgi_temp_path $OUT/nginx-tmp;
    uwsgi_temp_path $OUT/nginx-tmp; scgi_temp_path $OUT/nginx-tmp;
    default_type application/octet-stream;
    server { listen 127.0.0.1:$NGINX_PORT; root $OUT/static; }
}
EOF
nginx -p "$OUT/nginx-tmp" -c "$OUT/nginx.conf" -g 'daemon off;' &
started $!
sleep 1
echo "ETags agree across the replicas on every scenario; nginx on 127.0.0.1:$NGINX_PORT"

# warm_up URL CONNECTIONS: rounds of SCENARIO_WARMUP seconds (default 3) of the same requests, unmeasured, until a
# round's requests/s is within 10% of the previous one's (eight rounds at most), so that the replica's code path is
# compiled and its caches filled: a fresh JVM needs 10-15 s of load on one URL to level off (5.5k, 11k, then 36k req/s
# in three 5 s rounds on the item), which one 3 s round left to the measurement.
warm_up() {
    local previous=0 rate round
    for ((round = 1; round <= 8; round++)); do
        rate=$(wrk -t 2 -c "$2" -d "${SCENARIO_WARMUP:-3}s" "$1" | awk '/^Requests\/sec:/ {print $2}')
        awk -v p="$previous" -v r="${rate:-0}" 'BEGIN {exit !(p > 0 && r >= 0.9 * p && r <= 1.1 * p)}' && return
        previous=${rate:-0}
    done
}

# measure NAME TARGET URL CONNECTIONS: p50 latency (ms), requests/s and MB/s from wrk, after warm_up.
measure() {
    local result
    warm_up "$3" "$4"
    result=$(wrk -t 2 -c "$4" -d "${DURATION}s" --latency "$3")
    python3 - "$1" "$2" "$result" <<'EOF' | tee -a "$OUT/results.tsv"
import re, sys
name, target, text = sys.argv[1], sys.argv[2], sys.argv[3]
def ms(v, unit):
    return float(v) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
p50 = re.search(r"50%\s+([\d.]+)(us|ms|s)", text)
rps = re.search(r"Requests/sec:\s+([\d.]+)", text)
tps = re.search(r"Transfer/sec:\s+([\d.]+)(B|KB|MB|GB)", text)
mbs = float(tps.group(1)) * {"B": 1e-6, "KB": 1e-3, "MB": 1, "GB": 1e3}[tps.group(2)] if tps else 0
errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
print(f"{name}\t{target}\tp50 {ms(*p50.groups()):.2f} ms\t{float(rps.group(1)):.0f} req/s\t{mbs:.1f} MB/s"
      + f"\tload {open('/proc/loadavg').read().split()[0]}" + (f"\t{errors.group(1)} non-2xx" if errors else ""))
EOF
}
echo "Scenarios ($DURATION s each; machine load: $(cut -d' ' -f1-3 /proc/loadavg)):"
for s in "${SCENARIOS[@]}"; do
    IFS='|' read -r name kind path <<<"$s"
    conns=$CONNECTIONS
    [ "$kind" = export ] && conns=$EXPORT_CONNECTIONS
    measure "$name" replica-1 "$R1$path" "$conns"
    measure "$name" replica-2 "$R2$path" "$conns"
    measure "$name" nginx "http://127.0.0.1:$NGINX_PORT/$name" "$conns"
done
printf 'rss\treplica 1 %s MB, replica 2 %s MB after the load\tload %s\n' "$(rss_mb "$REPLICA_PID_1")" "$(rss_mb "$REPLICA_PID_2")" "$(loadavg)" \
    | tee -a "$OUT/results.tsv"
# What of that RSS is the data and what is the collector's choice: the heap G1 has committed under the load (it grows up
# to -Xmx and gives back only after a full collection) and what stays live after one (the bounded caches).
heap_mb() {
    local committed
    committed=$(heap_line_mb "$1" 4)
    jcmd "$1" GC.run >/dev/null
    echo "$committed $(heap_line_mb "$1" 6)"
}
# heap_line_mb PID FIELD: a figure of G1's heap line in jcmd GC.heap_info ("garbage-first heap total 262144K, used
# 107653K ..."), in MB: field 4 is the committed heap, field 6 the used.
heap_line_mb() {
    jcmd "$1" GC.heap_info | awk -v field="$2" 'NR == 2 { gsub(/K,?/, ""); print int($field / 1024) }'
}
read -r committed_1 live_1 <<<"$(heap_mb "$REPLICA_PID_1")"
read -r committed_2 live_2 <<<"$(heap_mb "$REPLICA_PID_2")"
printf 'heap\treplica 1 %s MB committed under the load, %s MB live after a full GC; replica 2 %s MB committed under the load, %s MB live after a full GC\tload %s\n' \
    "$committed_1" "$live_1" "$committed_2" "$live_2" "$(loadavg)" | tee -a "$OUT/results.tsv"

# --fault: four clients of searches no cache has seen on replica 1; the database stopped (fast) for 5 s and started.
if [ "$FAULT" = 1 ]; then
    echo "Fault: the database restarted under load..."
    python3 - "$R1" "$OUT/fault.tsv" <<'EOF' &
import sys, threading, time, urllib.error, urllib.request
base, out = sys.argv[1], sys.argv[2]
stop, n, lock, rows = time.time() + 25, [0], threading.Lock(), []
def client():
    while time.time() < stop:
        with lock:
            n[0] += 1
            i = n[0]
        began = time.time()
        try:
            r = urllib.request.urlopen(f"{base}/api/v1/organizations?q=zz{i}", timeout=30)
            status, retry = r.status, r.headers.get("Retry-After")
        except urllib.error.HTTPError as e:
            status, retry = e.code, e.headers.get("Retry-After")
        except Exception as e:
            status, retry = -1, type(e).__name__
        rows.append((round(began, 3), status, retry, round((time.time() - began) * 1000)))
        time.sleep(0.02)
threads = [threading.Thread(target=client) for _ in range(4)]
[t.start() for t in threads]
[t.join() for t in threads]
with open(out, "w") as f:
    f.writelines("\t".join(map(str, r)) + "\n" for r in sorted(rows))
EOF
    load=$!
    sleep 5
    pg_ctl stop -m fast
    sleep 5
    pg_ctl start -o "$PGOPTS"
    wait "$load"
    python3 - "$OUT/fault.tsv" <<'EOF' | tee -a "$OUT/results.tsv"
import collections, sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1])]
by = collections.Counter(r[1] for r in rows)
bad = [r for r in rows if r[1] not in ("200", "503") or (r[1] == "503" and r[2] in ("None", ""))]
print(f"fault\t{len(rows)} answers: {dict(by)}; slowest {max(int(r[3]) for r in rows)} ms; "
      f"{len(bad)} neither 200 nor 503 with Retry-After; last answer {rows[-1][1]}")
EOF
fi
echo "Results: $OUT/results.tsv (replica logs beside it)"
