#!/usr/bin/env bash
# The issue 15 benchmark table in one run: replicas.sh at 1x and at N x (default 1000), then floor.sh's floor apps, on
# the same machine in the same run; prints one table (and writes it to target/bench/scale-table.md) with the load
# average next to every figure and the issue's targets: by-id and page-1 p50 at N x within 1.5x of 1x, replica 2's
# start-up against the loaded database at N x within 1.5 s of the floor app, its RSS at N x at most its RSS at 1x
# plus 64 MB, exports at N x at 0.5x or better of nginx serving the same bytes.
# Usage: src/bench/scale-table.sh [--scale N] [--duration S] [--connections C] [--export-connections C] [--starts K]
#                                 [--floor-runs R] [--reuse-jar]
source "$(dirname "$0")/common.sh"

SCALE=1000
DURATION=10
CONNECTIONS=32
EXPORT_CONNECTIONS=4
STARTS=3
FLOOR_RUNS=3
REUSE=()
while [ $# -gt 0 ]; do
    case $1 in
        --scale) SCALE=$2; shift 2 ;;
        --duration) DURATION=$2; shift 2 ;;
        --connections) CONNECTIONS=$2; shift 2 ;;
        --export-connections) EXPORT_CONNECTIONS=$2; shift 2 ;;
        --starts) STARTS=$2; shift 2 ;;
        --floor-runs) FLOOR_RUNS=$2; shift 2 ;;
        --reuse-jar) REUSE=(--reuse-jar); shift ;;
        -h | --help) sed -n '2,8s/^# \{0,1\}//p' "$0" >&2; exit 2 ;;
        *) echo "Unknown option: $1" >&2; exit 2 ;;
    esac
done
for n in "$SCALE" "$DURATION" "$CONNECTIONS" "$EXPORT_CONNECTIONS" "$STARTS" "$FLOOR_RUNS"; do
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
echo "== 1x =="
"$BENCH/replicas.sh" --scale 1 "${COMMON[@]}"
echo "== ${SCALE}x =="
"$BENCH/replicas.sh" --scale "$SCALE" "${COMMON[@]}"
echo "== floor =="
"$BENCH/floor.sh" --runs "$FLOOR_RUNS" --reuse-jar | tee "$OUT/floor-table.txt"
python3 "$BENCH/scale_table.py" "$OUT/replicas-scale-1/results.tsv" "$OUT/replicas-scale-$SCALE/results.tsv" "$OUT/floor-table.txt" "$SCALE" \
    "$(git -C "$ROOT" rev-parse --short HEAD)" | tee "$OUT/scale-table.md"
