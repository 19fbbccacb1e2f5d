# Shared by load.sh and soak.sh: build if needed, install wrk if needed, start and stop the service.
# The service runs with rate limiting OFF (-Dodp.rate-limit.enabled=false): every request of the
# benchmark comes from 127.0.0.1, and the point is to measure the service, not the limiter.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
JAR="$ROOT/target/quarkus-app/quarkus-run.jar"
BENCH="$ROOT/src/bench"

need_wrk() {
    command -v wrk >/dev/null && return
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        apt-get install -y wrk >/dev/null || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
    else
        echo "wrk is missing: install it with 'sudo apt-get install wrk' (Debian/Ubuntu) or 'brew install wrk'" >&2
        exit 2
    fi
}

build_if_needed() {
    if [ ! -f "$JAR" ]; then
        echo "Building the jar (./mvnw -q package -DskipTests)..."
        (cd "$ROOT" && ./mvnw -q -B package -DskipTests)
    fi
}

start_service() {
    PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    LOG=$(mktemp -t odp-bench.XXXXXX.log)
    java ${JAVA_OPTS:-} -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" -Dodp.rate-limit.enabled=false \
        -jar "$JAR" >"$LOG" 2>&1 &
    PID=$!
    trap stop_service EXIT
    for _ in $(seq 1 120); do
        if curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1; then
            echo "Service PID $PID on http://127.0.0.1:$PORT (rate limiting disabled; log: $LOG)"
            return
        fi
        kill -0 "$PID" 2>/dev/null || { echo "The service did not start:" >&2; tail -20 "$LOG" >&2; exit 1; }
        sleep 0.5
    done
    echo "The service was not ready after 60 s" >&2
    exit 1
}

stop_service() {
    if [ -n "${PID:-}" ] && kill -0 "$PID" 2>/dev/null; then
        kill "$PID"
        wait "$PID" 2>/dev/null || true
        echo "Stopped service PID $PID"
    fi
}

# Every URL of the mix must answer 200 before the load starts: a typo must not pass as an "error rate".
check_urls() {
    while read -r url; do
        [ -z "$url" ] && continue
        code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT$url")
        [ "$code" = 200 ] || { echo "Warm-up: $url answered $code" >&2; exit 1; }
    done <"$BENCH/urls.txt"
}
