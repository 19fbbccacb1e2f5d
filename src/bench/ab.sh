#!/usr/bin/env bash
# Before and after on a busy machine: two packaged services at once, measured in turns (before, after, after, before
# for every scenario and round), so that the load of other work falls on both alike. Prints one line per wrk run and a
# median per scenario. Loopback only; every step bounded in time; both services stopped by PID however it ends.
#
# Usage: src/bench/ab.sh BEFORE_JAR AFTER_JAR [rounds (2)] [seconds per run (4)]
#   e.g. cp -r target/quarkus-app /tmp/before   (on the old commit), then after the change:
#        src/bench/ab.sh /tmp/before/quarkus-run.jar target/quarkus-app/quarkus-run.jar 3 5
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
[ $# -ge 2 ] || { sed -n 2,8p "$0" >&2; exit 2; }
BEFORE=$1 AFTER=$2 ROUNDS=${3:-2} SECONDS_PER_RUN=${4:-4}
need_wrk
JAVA_OPTS="${JAVA_OPTS:-} -Dodp.cursor.secret=odp-benchmark-not-a-secret"

PORT='' MANAGEMENT_PORT='' SERVICE_JAR=$BEFORE
start_service
BEFORE_PORT=$PORT
PORT='' MANAGEMENT_PORT='' SERVICE_JAR=$AFTER
start_service
AFTER_PORT=$PORT

# The scenarios of run.sh that an answer from memory serves; the last cursor page is found by walking the cursor.
declare -A URLS=([item]=/api/v1/resolutions/cnd-68-l2 [symbol]="/api/v1/resolutions?symbol=E/CN.7/2025/L.2/Rev.1"
    [list]="/api/v1/side-events?session=cnd-68&size=20" [revalidate]="/api/v1/side-events?session=cnd-68&size=20"
    [cursor-first]="/api/v1/organizations?cursor=&size=20")
last="/api/v1/organizations?cursor=&size=20"
for _ in $(seq 1 1000); do
    next=$(curl -fs --max-time 30 "http://127.0.0.1:$AFTER_PORT$last" | python3 -c 'import json,sys; print(json.load(sys.stdin)["meta"].get("nextCursor") or "")')
    [ -z "$next" ] && break
    last="/api/v1/organizations?cursor=$next&size=20"
done
URLS[cursor-last]=$last
SCENARIOS=(item symbol list revalidate cursor-first cursor-last)

# measure PORT SCENARIO SECONDS: "req/s p99 unexpected", where unexpected counts answers other than 200 (304 on revalidate).
measure() {
    local url="http://127.0.0.1:$1${URLS[$2]}" etag='' expect=200
    if [ "$2" = revalidate ]; then
        etag=$(curl -fs --max-time 30 -D - -o /dev/null "$url" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
        expect=304
    fi
    local args=(-t2 -c32 -d"${3}s" --timeout 30s --latency)
    [ -n "$etag" ] && args+=(-H "If-None-Match: $etag")
    timeout $(($3 + 60)) wrk "${args[@]}" "$url" | awk -v expect=$expect '/Requests\/sec/{r=$2} /^ +99%/{p=$2} /Non-2xx or 3xx/{n=$NF}
        END{if (expect == 304) n = "n/a"; print r, p, (n == "" ? 0 : n)}'
}

for s in "${SCENARIOS[@]}"; do measure "$BEFORE_PORT" "$s" 3 >/dev/null; measure "$AFTER_PORT" "$s" 3 >/dev/null; done
OUT=$(mktemp -t odp-ab.XXXXXX)
echo "scenario round jar req/s p99 non-2xx load1"
for r in $(seq 1 "$ROUNDS"); do
    for s in "${SCENARIOS[@]}"; do
        for jar in before after after before; do
            port=$BEFORE_PORT
            [ "$jar" = after ] && port=$AFTER_PORT
            echo "$s $r $jar $(measure "$port" "$s" "$SECONDS_PER_RUN") $(cut -d' ' -f1 /proc/loadavg)" | tee -a "$OUT"
        done
    done
done
python3 - "$OUT" <<'EOF'
import collections, statistics, sys
rps, p99 = collections.defaultdict(list), collections.defaultdict(list)
def ms(text):  # wrk writes 850.00us, 12.34ms or 1.20s
    for unit, factor in (("us", 0.001), ("ms", 1), ("s", 1000)):
        if text.endswith(unit):
            return float(text[: -len(unit)]) * factor
    return float(text)
for line in open(sys.argv[1]):
    s, _, jar, r, p, *_ = line.split()
    rps[s, jar].append(float(r)); p99[s, jar].append(ms(p))
print("| scenario | before req/s | after req/s | after / before | before p99 ms | after p99 ms |\n|---|---:|---:|---:|---:|---:|")
for s in dict.fromkeys(k[0] for k in rps):
    b, a = statistics.median(rps[s, "before"]), statistics.median(rps[s, "after"])
    print(f"| {s} | {b:,.0f} | {a:,.0f} | {a / b:.2f}x | {statistics.median(p99[s, 'before']):.1f} | {statistics.median(p99[s, 'after']):.1f} |")
EOF
rm -f "$OUT"
