#!/usr/bin/env bash
# 10 minutes at moderate load (32 connections), sampling the service's resident memory every 10 s,
# then says whether it stayed flat. Usage: src/bench/soak.sh [duration-seconds] [connections]
source "$(dirname "$0")/common.sh"
SECONDS_TOTAL=${1:-600}
CONNECTIONS=${2:-32}
need_wrk
build_if_needed
start_service
check_urls
RESULT=$(mktemp)
ODP_BENCH_RESULT="$RESULT" wrk -t1 -c"$CONNECTIONS" -d"${SECONDS_TOTAL}s" --timeout 30s -s "$BENCH/mix.lua" \
    "http://127.0.0.1:$PORT" -- "$BENCH/urls.txt" >"$RESULT.wrk" &
WRK=$!
echo "seconds rss_mib"
SAMPLES=()
for ((t = 10; t <= SECONDS_TOTAL; t += 10)); do
    sleep 10
    rss_kib=$(awk '/^VmRSS:/ {print $2}' "/proc/$PID/status")
    SAMPLES+=("$rss_kib")
    echo "$t $((rss_kib / 1024))"
done
wait "$WRK" || true
cat "$RESULT.wrk"
read -r NON2XX SOCKET <"$RESULT"
# Flat: after the first two minutes of warm-up, the last minute's mean is within 10% of the third minute's.
python3 - "${SAMPLES[@]}" <<'PY'
import sys
s = [int(x) for x in sys.argv[1:]]
if len(s) < 18:
    print("too short to judge flatness (need at least 3 minutes)")
    sys.exit(0)
early = sum(s[12:18]) / 6
late = sum(s[-6:]) / 6
growth = (late - early) / early * 100
print(f"RSS minute 3 mean {early/1024:.0f} MiB, last minute mean {late/1024:.0f} MiB, growth {growth:+.1f}%: "
      + ("FLAT" if abs(growth) <= 10 else "NOT FLAT"))
PY
echo "non-2xx/304: $NON2XX, socket errors: $SOCKET"
