# Shared by load.sh, soak.sh and run.sh: tools, build, free ports, starting and stopping processes.
# The service runs with rate limiting OFF (-Dodp.rate-limit.enabled=false): every request of the
# benchmark comes from 127.0.0.1, and the point is to measure the service, not the limiter.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
JAR="$ROOT/target/quarkus-app/quarkus-run.jar"
BENCH="$ROOT/src/bench"

# Every process a script starts is registered here and stopped by its PID when the script exits,
# however it exits (error, Ctrl-C, TERM): last started, first stopped.
STARTED=()
started() {
    STARTED+=("$1")
}
stop_started() {
    local i pid
    for ((i = ${#STARTED[@]} - 1; i >= 0; i--)); do
        pid=${STARTED[$i]}
        if kill -0 "$pid" 2>/dev/null; then
            kill "$pid" 2>/dev/null || true
            wait "$pid" 2>/dev/null || true
        fi
    done
    STARTED=()
}
# Stops one registered process now (and forgets it, so a recycled PID is never signalled at exit).
stop_pid() {
    local pid=$1 i
    if kill -0 "$pid" 2>/dev/null; then
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    fi
    for i in "${!STARTED[@]}"; do
        [ "${STARTED[$i]}" = "$pid" ] && unset 'STARTED[i]'
    done
    STARTED=("${STARTED[@]}")
}
trap stop_started EXIT
trap 'exit 130' INT TERM

# need_package COMMAND [DEBIAN-PACKAGE]: installs it when run as root on Debian/Ubuntu, or says how.
need_package() {
    local cmd=$1 pkg=${2:-$1}
    command -v "$cmd" >/dev/null && return
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "Installing $pkg (apt-get install $pkg)..."
        apt-get install -y "$pkg" >/dev/null || { apt-get update >/dev/null && apt-get install -y "$pkg" >/dev/null; }
    else
        echo "$cmd is missing: install it with 'sudo apt-get install $pkg' (Debian/Ubuntu)" >&2
        exit 2
    fi
}

need_wrk() {
    need_package wrk
}

build() {
    echo "Building the jar (./mvnw -B -q -DskipTests package)..."
    (cd "$ROOT" && ./mvnw -B -q -DskipTests package)
}

build_if_needed() {
    [ -f "$JAR" ] || build
}

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Where a start-up ends, for the service as for floor.sh's apps (their GET /things/a): its first answer of one record,
# one that cites sources and marks inferred values (readiness comes earlier: the entity cache and the source index fill
# after it, and the first answers bear what they have not done yet).
FIRST_ANSWER_PATH=/api/v1/resolutions/cnd-68-l2

# Starts the service on 127.0.0.1 and waits until readiness (/q/health/ready on the management port) answers 200
# (the dataset is loaded). Optional inputs: PORT (default: a free one), MANAGEMENT_PORT (default: a free one),
# DATASET_DIR (default: the bundled data), SERVICE_LOG, READY_TIMEOUT (seconds, default 60), JAVA (the java command,
# default: java on the PATH), JAVA_OPTS, SERVICE_JAR and READY_PATH (another Quarkus jar, and a path of the public port
# that must answer 200 instead; floor.sh). Sets PID, PORT, MANAGEMENT_PORT, LOG and STARTUP_MS (launch to ready, polled every 50 ms).
start_service() {
    PORT=${PORT:-$(free_port)}
    MANAGEMENT_PORT=${MANAGEMENT_PORT:-$(free_port)}
    local ready_url="http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready"
    [ -n "${READY_PATH:-}" ] && ready_url="http://127.0.0.1:$PORT$READY_PATH"
    LOG=${SERVICE_LOG:-$(mktemp -t odp-bench.XXXXXX.log)}
    local dataset=() began deadline
    [ -n "${DATASET_DIR:-}" ] && dataset=("-Dodp.dataset.directory=$DATASET_DIR")
    began=$(date +%s%N)
    # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
    "${JAVA:-java}" ${JAVA_OPTS:-} -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" -Dodp.rate-limit.enabled=false \
        -Dquarkus.management.host=127.0.0.1 -Dquarkus.management.port="$MANAGEMENT_PORT" \
        "${dataset[@]}" -jar "${SERVICE_JAR:-$JAR}" >"$LOG" 2>&1 &
    PID=$!
    started "$PID"
    deadline=$((began + ${READY_TIMEOUT:-60} * 1000000000))
    while [ "$(date +%s%N)" -lt "$deadline" ]; do
        if curl -fs --max-time 5 -o /dev/null "$ready_url" 2>/dev/null; then
            STARTUP_MS=$((($(date +%s%N) - began) / 1000000))
            echo "Service PID $PID on http://127.0.0.1:$PORT, ready in $STARTUP_MS ms (rate limiting disabled; log: $LOG)"
            return
        fi
        kill -0 "$PID" 2>/dev/null || { echo "The service did not start:" >&2; tail -20 "$LOG" >&2; exit 1; }
        sleep 0.05
    done
    echo "The service was not ready after ${READY_TIMEOUT:-60} s (log: $LOG)" >&2
    exit 1
}

stop_service() {
    if [ -n "${PID:-}" ]; then
        stop_pid "$PID"
        echo "Stopped service PID $PID"
        PID=
    fi
}

# Every URL of the mix must answer 200 before the load starts: a typo must not pass as an "error rate".
check_urls() {
    while read -r url; do
        [ -z "$url" ] && continue
        code=$(curl -s --max-time 60 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT$url")
        [ "$code" = 200 ] || { echo "Warm-up: $url answered $code" >&2; exit 1; }
    done <"$BENCH/urls.txt"
}

# The dataset directory for a scale: empty at 1x (the bundled data), else a generated copy at N x under target/bench,
# made again when data/ or the generator changed since.
scaled_dataset() {
    local scale=$1 dir
    [ "$scale" -gt 1 ] || return 0
    dir=$ROOT/target/bench/scale-$scale
    if [ ! -f "$dir/datapackage.json" ] \
        || [ -n "$(find "$ROOT/data" "$BENCH/scale_data.py" -newer "$dir/datapackage.json" -print -quit)" ]; then
        python3 "$BENCH/scale_data.py" --scale "$scale" --data "$ROOT/data" --out "$dir" >&2
    fi
    echo "$dir"
}
