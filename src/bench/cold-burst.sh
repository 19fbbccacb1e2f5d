#!/usr/bin/env bash
# A burst of identical requests on a service that has just started (nothing cached, nothing compiled, no
# query parsed yet): each URL gets a fresh service, then CONNECTIONS connections for DURATION seconds.
# Passes when requests completed, every answer was 2xx, none timed out (5 s) or failed, the service still
# answers the same URL within 5 s afterwards, and its log has no OutOfMemoryError.
# Usage: src/bench/cold-burst.sh [connections] [duration-seconds] [URL path...]
#        (default: 32 connections, 10 s, the side events grouped by topic and by host; JAVA_OPTS applies)
source "$(dirname "$0")/common.sh"
CONNECTIONS=${1:-32}
DURATION=${2:-10}
shift $(($# < 2 ? $# : 2))
URLS=("$@")
[ ${#URLS[@]} -gt 0 ] || URLS=("/api/v1/side-events/groups?by=topic" "/api/v1/side-events/groups?by=host")
need_wrk
build_if_needed

FAILED=0
for url in "${URLS[@]}"; do
    ONE=$(mktemp)
    RESULT=$(mktemp)
    echo "$url" >"$ONE"
    start_service
    echo "$CONNECTIONS connections for ${DURATION} s on a cold service: $url"
    ODP_BENCH_RESULT="$RESULT" wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 5s -s "$BENCH/mix.lua" \
        "http://127.0.0.1:$PORT" -- "$ONE" | grep -E '^\|' | tee "$RESULT.table"
    read -r NON2XX SOCKET <"$RESULT"
    REQUESTS=$(awk -F'|' '$2 ~ /^ *[0-9]+ *$/ { print $2 + 0 }' "$RESULT.table")
    AFTER=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$PORT$url" || true)
    OOM=$(grep -c OutOfMemoryError "$LOG" || true)
    stop_service
    rm -f "$ONE" "$RESULT" "$RESULT.table"
    if [ "${REQUESTS:-0}" -gt 0 ] && [ "$NON2XX" = 0 ] && [ "$SOCKET" = 0 ] && [ "$AFTER" = 200 ] && [ "$OOM" = 0 ]; then
        echo "OK: $REQUESTS answers, all 2xx; no socket error or timeout; 200 afterwards; no OutOfMemoryError"
    else
        echo "FAILED: $REQUESTS answers, $NON2XX non-2xx, $SOCKET socket errors or timeouts, $AFTER afterwards, $OOM OutOfMemoryError lines in $LOG" >&2
        FAILED=1
    fi
done
exit "$FAILED"
