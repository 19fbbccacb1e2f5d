#!/usr/bin/env bash
# The benchmark of issue 5: our API against nginx serving the same bytes and json-server serving the
# same records, in one run, scenario by scenario, and one table at the end. See src/bench/README.md.
# Usage: src/bench/run.sh [--scale N] [--duration S] [--warmup S] [--runs N] [--connections "32 256"]
#                         [--export-connections N] [--reuse-jar] [--port-base P]
source "$(dirname "$0")/common.sh"

SCALE=1
DURATION=10
WARMUP=5
# Seconds of unmeasured load on each scenario's own request before it is measured (environment, default 5).
SCENARIO_WARMUP=${SCENARIO_WARMUP:-5}
RUNS=1
CONNECTIONS="32 256"
EXPORT_CONNECTIONS=4
REUSE_JAR=0
PORT_BASE=
JSON_SERVER_VERSION=0.17.4

usage() {
    sed -n '2,5s/^# \{0,1\}//p' "$0" >&2
    exit 2
}
while [ $# -gt 0 ]; do
    case $1 in
        --scale) SCALE=$2; shift 2 ;;
        --duration) DURATION=$2; shift 2 ;;
        --warmup) WARMUP=$2; shift 2 ;;
        --runs) RUNS=$2; shift 2 ;;
        --connections) CONNECTIONS=$2; shift 2 ;;
        --export-connections) EXPORT_CONNECTIONS=$2; shift 2 ;;
        --reuse-jar) REUSE_JAR=1; shift ;;
        --port-base) PORT_BASE=$2; shift 2 ;;
        -h | --help) usage ;;
        *) echo "Unknown option: $1" >&2; usage ;;
    esac
done
for n in "$SCALE" "$DURATION" "$WARMUP" "$RUNS" "$EXPORT_CONNECTIONS" $CONNECTIONS ${PORT_BASE:-1}; do
    [[ $n =~ ^[1-9][0-9]*$ ]] || { echo "Not a positive whole number: $n" >&2; usage; }
done

need_package wrk
need_package nginx
command -v npm >/dev/null || { echo "npm is missing: install Node.js and npm ('sudo apt-get install nodejs npm')" >&2; exit 2; }

OUT=$ROOT/target/bench/run-scale-$SCALE
rm -rf "$OUT"
mkdir -p "$OUT/nginx-tmp"
CPUS=$(nproc)
THREADS=$CPUS

if [ "$REUSE_JAR" = 1 ]; then build_if_needed; else build; fi

# The data: the bundled real data at 1x, a generated copy at N x (regenerated when data/ or the generator changed).
DATASET_DIR=$(scaled_dataset "$SCALE")
READY_TIMEOUT=${READY_TIMEOUT:-$((120 + SCALE))}
# A single-threaded server (json-server) keeps answering the requests wrk left queued when it stopped; at
# scale that takes minutes, and the next measurement's first request waits for it, up to this long.
CURL_TIMEOUT=$((60 + SCALE / 2))
# The loader inserts the whole dataset in one transaction, which Quarkus rolls back after 60 s by default:
# at scale, on a busy machine, that is not enough. The start-up is bounded by READY_TIMEOUT anyway.
[ "$SCALE" -gt 1 ] && JAVA_OPTS="${JAVA_OPTS:-} -Dquarkus.transaction-manager.default-transaction-timeout=${READY_TIMEOUT}s"

# json-server, pinned, installed under target/ (not globally).
JS_DIR=$ROOT/target/bench/json-server
JS_BIN=$JS_DIR/node_modules/.bin/json-server
if ! grep -q "\"version\": \"$JSON_SERVER_VERSION\"" "$JS_DIR/node_modules/json-server/package.json" 2>/dev/null; then
    echo "Installing json-server@$JSON_SERVER_VERSION under $JS_DIR..."
    timeout 300 npm install --prefix "$JS_DIR" --no-audit --no-fund --silent "json-server@$JSON_SERVER_VERSION"
fi

if [ -n "$PORT_BASE" ]; then
    API_PORT=$PORT_BASE NGINX_PORT=$((PORT_BASE + 1)) JS_PORT=$((PORT_BASE + 2))
else
    API_PORT=$(free_port) NGINX_PORT=$(free_port) JS_PORT=$(free_port)
fi
API=http://127.0.0.1:$API_PORT NGINX=http://127.0.0.1:$NGINX_PORT JSON_SERVER=http://127.0.0.1:$JS_PORT
# Fixed, so cursors captured in the first run still verify after the service restarts for the next.
JAVA_OPTS="${JAVA_OPTS:-} -Dodp.cursor.secret=odp-benchmark-not-a-secret"

commit=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
[ -n "$(git -C "$ROOT" status --porcelain 2>/dev/null)" ] && commit="$commit (with local changes)"
{
    printf 'info\tscale\t%s\n' "$SCALE"
    printf 'info\tduration\t%s\n' "$DURATION"
    printf 'info\tcommit\t%s\n' "$commit"
    printf 'info\tcpus\t%s\n' "$CPUS"
    printf 'info\tcpu\t%s\n' "$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)"
    printf 'info\tmemory\t%s\n' "$(awk '/^MemTotal:/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
    printf 'info\tjava\t%s\n' "$(java -version 2>&1 | head -1)"
    printf 'info\tnginx\t%s\n' "$(nginx -v 2>&1 | sed 's/^nginx version: //')"
    printf 'info\tjson_server\t%s\n' "$JSON_SERVER_VERSION"
    printf 'info\tthreads\t%s\n' "$THREADS"
    printf 'info\texport_connections\t%s\n' "$EXPORT_CONNECTIONS"
} >"$OUT/meta.tsv"

# measure TARGET BASE-URL SCENARIO KIND CONNECTIONS PATH REVALIDATE: one wrk run, one line in results.tsv.
# An export runs for at least 15 s: at scale, one request takes seconds, and wrk counts only completed ones.
measure() {
    local target=$1 base=$2 name=$3 kind=$4 conns=$5 path=$6 revalidate=$7 expect=200 headers=() etag code line
    local seconds=$DURATION urls=$OUT/url-$target-$name.txt
    [ "$kind" = export ] && [ "$seconds" -lt 15 ] && seconds=15
    code=$(curl -s --max-time "$CURL_TIMEOUT" -o /dev/null -w '%{http_code}' "$base$path" </dev/null || true)
    if [ "$code" != 200 ]; then
        # Our API must answer; a reference that cannot (in time) is reported as n/a rather than end the run.
        [ "$target" = api ] && { echo "$target: $path answered ${code:-nothing}, not 200" >&2; exit 1; }
        echo "  $target $name: $path answered ${code:-nothing in ${CURL_TIMEOUT} s}; skipped (n/a in the table)" >&2
        return
    fi
    if [ "$revalidate" = 1 ]; then
        etag=$(curl -s --max-time "$CURL_TIMEOUT" -D - -o /dev/null "$base$path" </dev/null | tr -d '\r' | sed -n 's/^[Ee][Tt][Aa][Gg]: //p')
        [ -n "$etag" ] || { echo "$target: $path sent no ETag" >&2; exit 1; }
        headers=(-H "If-None-Match: $etag")
        expect=304
    fi
    echo "$path" >"$urls"
    # An unmeasured run of the same request first: the warm-up above stops when the mix's rate, bound by
    # its slowest URLs (the exports), levels off, while the path of this one request may still be compiling.
    timeout $((SCENARIO_WARMUP + 60)) wrk -t"$((conns < THREADS ? conns : THREADS))" -c"$conns" -d"${SCENARIO_WARMUP}s" --timeout 30s \
        "${headers[@]}" -s "$BENCH/mix.lua" "$base" -- "$urls" "$expect" </dev/null >/dev/null || true
    line=$(timeout $((seconds + 60)) wrk -t"$((conns < THREADS ? conns : THREADS))" -c"$conns" -d"${seconds}s" --timeout 30s \
        "${headers[@]}" -s "$BENCH/mix.lua" "$base" -- "$urls" "$expect" </dev/null | grep '^RESULT ') \
        || { echo "$target: wrk failed on $path" >&2; exit 1; }
    printf '%s\t%s\t%s\t%s\t%s\n' "$RUN" "$target" "$name" "$conns" "$line" >>"$OUT/results.tsv"
    printf '  %-11s %-12s %3s conns  %s\n' "$target" "$name" "$conns" "${line#RESULT }"
}

# measure_all TARGET BASE-URL: warm-up over every scenario's URL, then every scenario the target serves.
measure_all() {
    local target=$1 base=$2 name label kind revalidate api_path nginx_path js_path path conns
    # A JVM under load can need far more than one round to compile its hot paths: rounds of WARMUP seconds
    # until one is within 10% of the previous one's req/s, twelve at most (a minute at the default 5 s).
    local round rps previous=0
    for round in $(seq 12); do
        rps=$(timeout $((WARMUP + 60)) wrk -t"$THREADS" -c32 -d"${WARMUP}s" --timeout 30s -s "$BENCH/mix.lua" "$base" \
            -- "$OUT/warmup-$target.txt" </dev/null | tee -a "$OUT/warmup-$target-run$RUN.log" | sed -n 's/^RESULT .* rps=\([0-9.]*\) .*/\1/p')
        echo "$target: warm-up round $round, ${WARMUP} s: ${rps:-?} req/s"
        python3 -c 'import sys; a, b = float(sys.argv[1] or 0), float(sys.argv[2]); sys.exit(0 if b > 0 and abs(a - b) <= 0.1 * b else 1)' \
            "${rps:-0}" "$previous" && break
        previous=${rps:-0}
    done
    while IFS=$'\t' read -r -u 3 name label kind revalidate api_path nginx_path js_path; do
        case $target in
            api) path=$api_path ;;
            nginx) path=$nginx_path ;;
            json-server) path=$js_path ;;
        esac
        [ "$path" = - ] && continue
        for conns in $([ "$kind" = export ] && echo "$EXPORT_CONNECTIONS" || echo "$CONNECTIONS"); do
            measure "$target" "$base" "$name" "$kind" "$conns" "$path" "$revalidate"
        done
    done 3<"$OUT/scenarios.tsv"
}

start_references() {
    nginx -p "$OUT" -c "$OUT/nginx.conf" -e "$OUT/nginx-error.log" &
    started $!
    "$JS_BIN" --host 127.0.0.1 --port "$JS_PORT" --quiet "$OUT/db.json" >"$OUT/json-server.log" 2>&1 &
    started $!
    local deadline=$(($(date +%s) + 60 + SCALE / 5))
    until curl -fs --max-time 10 -o /dev/null "$NGINX/s/item" && curl -fs --max-time 10 -o /dev/null "$JSON_SERVER/resolutions/cnd-68-l2"; do
        [ "$(date +%s)" -lt "$deadline" ] || { echo "nginx or json-server did not start; see $OUT/*.log" >&2; exit 1; }
        sleep 0.2
    done
    echo "nginx on $NGINX ($CPUS workers), json-server $JSON_SERVER_VERSION on $JSON_SERVER"
}

for RUN in $(seq 1 "$RUNS"); do
    echo "== Run $RUN of $RUNS: ${SCALE}x data, ${DURATION} s per measurement"
    PORT=$API_PORT SERVICE_LOG=$OUT/service-run$RUN.log READY_PATH=$FIRST_ANSWER_PATH start_service
    started_in=$(sed -n 's/.* started in \([0-9.]*\)s\..*/\1/p' "$LOG" | head -1)
    if [ "$RUN" = 1 ]; then
        echo "Capturing the API's answers (the bytes nginx serves, the records json-server serves)..."
        timeout $((300 + SCALE)) python3 "$BENCH/bench.py" capture --api "$API" --out "$OUT" --nginx-port "$NGINX_PORT" --workers "$CPUS"
        start_references
    fi
    measure_all api "$API"
    rss_kb=$(awk '/^VmRSS:/ {print $2}' "/proc/$PID/status")
    printf 'run\t%s\t%s\t%s\t%s\n' "$RUN" "$STARTUP_MS" "$started_in" "$rss_kb" >>"$OUT/meta.tsv"
    stop_service
    measure_all nginx "$NGINX"
    measure_all json-server "$JSON_SERVER"
done

python3 "$BENCH/bench.py" report --out "$OUT" --save "$ROOT/target/bench/results-scale-$SCALE.json" \
    --baseline "$ROOT/target/bench/results-scale-1.json" | tee "$OUT/report.md"
echo
echo "Raw figures: $OUT/results.tsv; this table: $OUT/report.md"
