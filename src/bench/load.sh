#!/usr/bin/env bash
# 256 concurrent connections for 60 s over a mix of endpoints; fails unless every answer is 2xx/304
# and no socket error occurred. Usage: src/bench/load.sh [connections] [duration]
source "$(dirname "$0")/common.sh"
CONNECTIONS=${1:-256}
DURATION=${2:-60s}
need_wrk
build_if_needed
start_service
check_urls
RESULT=$(mktemp)
echo "wrk: $CONNECTIONS connections, 2 threads, $DURATION, $(wc -l <"$BENCH/urls.txt") URLs in rotation"
ODP_BENCH_RESULT="$RESULT" wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 30s --latency -s "$BENCH/mix.lua" \
    "http://127.0.0.1:$PORT" -- "$BENCH/urls.txt"
read -r NON2XX SOCKET <"$RESULT"
if [ "$NON2XX" = 0 ] && [ "$SOCKET" = 0 ]; then
    echo "OK: 0 non-2xx/304 answers, 0 socket errors"
else
    echo "FAILED: $NON2XX non-2xx/304 answers, $SOCKET socket errors" >&2
    exit 1
fi
