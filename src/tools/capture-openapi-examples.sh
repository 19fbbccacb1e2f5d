#!/usr/bin/env bash
# Captures a real response of each operation into src/main/resources/openapi-examples/, where the
# OpenAPI filter attaches it as the operation's example. Run against a service started from this
# checkout (./mvnw quarkus:run or java -jar), then rebuild so openapi/ picks the examples up:
#   src/tools/capture-openapi-examples.sh http://127.0.0.1:8080 && ./mvnw package -DskipTests
set -euo pipefail
base=${1:-http://127.0.0.1:8080}
out=$(cd "$(dirname "$0")/../main/resources/openapi-examples" && pwd)
capture() { # operationId path [python expression shortening d, the parsed body]
  curl -fsS --max-time 10 "$base$2" | python3 -c '
import json, sys
d = json.load(sys.stdin)
if len(sys.argv) > 2:
    exec(sys.argv[2])
text = json.dumps(d, ensure_ascii=False, indent=2).replace(sys.argv[3], "https://api.opendrugpolicy.org")
open(sys.argv[1], "w").write(text)' "$out/$1.json" "${3:-}" "$base"
  echo "$1 <- $2"
}
# A list's text/csv example: the header and first two rows of the same query with format=csv.
capture_csv() { # operationId path
  curl -fsS --max-time 10 "$base$2" | python3 -c '
import csv, io, sys
rows = list(csv.reader(io.StringIO(sys.stdin.read(), newline="")))[:3]
out = io.StringIO(newline="")
csv.writer(out, lineterminator="\n").writerows(rows)
open(sys.argv[1], "w", newline="").write(out.getvalue())' "$out/$1.csv"
  echo "$1 <- $2 (CSV)"
}
requests="$out/requests.properties"
request() { sed -n "s/^$1=//p" "$requests"; }
# Lists are captured with size=2, so that the contract stays short.
short() { case "$1" in list*) case "$2" in *\?*) echo "$2&size=2" ;; *) echo "$2?size=2" ;; esac ;; *) echo "$2" ;; esac; }
with_csv() { case "$1" in *\?*) echo "$1&format=csv" ;; *) echo "$1?format=csv" ;; esac; }
for id in $(grep -v '^#' "$requests" | cut -d= -f1); do
  path=$(request "$id")
  case "$id" in
    listExports) capture "$id" "$path" 'd["exports"] = [e for e in d["exports"] if e["file"] in ("side_events.csv", "side_events.ndjson", "dataset.zip")]' ;;
    getDataPackageDescriptor) capture "$id" "$path" 'd["resources"] = d["resources"][:1]' ;;
    getCatalog) capture "$id" "$path" 'ds = d["dcat:dataset"][0]; ds["dcat:distribution"] = [x for x in ds["dcat:distribution"] if x["@id"].endswith(("side_events.csv", "dataset.zip"))]' ;;
    *) capture "$id" "$(short "$id" "$path")" ;;
  esac
  if [ -f "$out/$id.csv" ]; then capture_csv "$id" "$(with_csv "$path")"; fi
done
