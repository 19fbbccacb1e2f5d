#!/usr/bin/env bash
# The issue 15 benchmark table in one run: replicas.sh at 1x and at N x (default 1000), then floor.sh's floor apps, on
# the same machine in the same run; prints one table (and writes it to target/bench/scale-table.md) with the load
# average next to every figure and the issue's targets: by-id and page-1 p50 at N x within 1.5x of 1x, replica 2's
# start-up against the loaded database at N x within 1.5 s of the floor app, its RSS at N x at most its RSS at 1x
# plus 64 MB, exports at N x at 0.5x or better of nginx serving the same bytes. With --runs K, all of it K times, one
# run after the other: each run's table, then each target in every run and its median, the verdict by the median.
# Usage: src/bench/scale-table.sh [--scale N] [--duration S] [--connections C] [--export-connections C] [--starts K]
#                                 [--floor-runs R] [--runs K] [--reuse-jar]
source "$(dirname "$0")/common.sh"

SCALE=1000
DURATION=10
CONNECTIONS=32
EXPORT_CONNECTIONS=4
STARTS=3
FLOOR_RUNS=3
RUNS=1
REUSE=()
while [ $# -gt 0 ]; do
    case $1 in
        --scale) SCALE=$2; shift 2 ;;
        --duration) DURATION=$2; shift 2 ;;
        --connections) CONNECTIONS=$2; shift 2 ;;
        --export-connections) EXPORT_CONNECTIONS=$2; shift 2 ;;
        --starts) STARTS=$2; shift 2 ;;
        --floor-runs) FLOOR_RUNS=$2; shift 2 ;;
        --runs) RUNS=$2; shift 2 ;;
        --reuse-jar) REUSE=(--reuse-jar); shift ;;
        -h | --help) sed -n '2,10s/^# \{0,1\}//p' "$0" >&2; exit 2 ;;
        *) echo "Unknown option: $1" >&2; exit 2 ;;
    esac
done
for n in "$SCALE" "$DURATION" "$CONNECTIONS" "$EXPORT_CONNECTIONS" "$STARTS" "$FLOOR_RUNS" "$RUNS"; do
    [[ $n =~ ^[1-9][0-9]*$ ]] || { echo "Not a positive whole number: $n" >&2; exit 2; }
done
[ "$SCALE" -gt 1 ] || { echo "--scale must be more than 1 (1x is always run)" >&2; exit 2; }
OUT=$ROOT/target/bench
mkdir -p "$OUT"
if [ ${#REUSE[@]} = 0 ]; then
    echo "Building both artifacts once..."
    (cd "$ROOT" && ./mvnw -B -q -DskipTests package)
fi
COMMON=(--duration "$DURATION" --connections "$CONNECTIONS" --export-connections "$EXPORT_CONNECTIONS" --starts "$STARTS" --reuse-jar)
# Each run's results are kept in target/bench/scale-table/run-K (replicas.sh and floor.sh write over theirs every run).
rm -rf "$OUT/scale-table"
RUN_DIRS=()
for ((run = 1; run <= RUNS; run++)); do
    RUN_DIR=$OUT/scale-table/run-$run
    mkdir -p "$RUN_DIR"
    echo "== run $run of $RUNS: 1x =="
    "$BENCH/replicas.sh" --scale 1 "${COMMON[@]}"
    cp "$OUT/replicas-scale-1/results.tsv" "$RUN_DIR/scale-1.tsv"
    echo "== run $run of $RUNS: ${SCALE}x =="
    "$BENCH/replicas.sh" --scale "$SCALE" "${COMMON[@]}"
    cp "$OUT/replicas-scale-$SCALE/results.tsv" "$RUN_DIR/scale-$SCALE.tsv"
    echo "== run $run of $RUNS: floor =="
    "$BENCH/floor.sh" --runs "$FLOOR_RUNS" --reuse-jar | tee "$OUT/floor-table.txt"
    cp "$OUT/floor-table.txt" "$RUN_DIR/floor-table.txt"
    RUN_DIRS+=("$RUN_DIR")
done
python3 "$BENCH/scale_table.py" "$SCALE" "$(git -C "$ROOT" rev-parse --short HEAD)" "${RUN_DIRS[@]}" | tee "$OUT/scale-table.md"
