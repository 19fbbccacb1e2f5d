#!/usr/bin/env bash
# Checks a data package the way a partner's job would: download dataset.zip, verify every file's sha256 and
# size against its datapackage.json, then load it with the Frictionless Data JavaScript library
# (datapackage-js, pinned; installed under target/, needs Node.js and npm), which validates the descriptor
# and reads every row of every resource with its types, constraints and foreign keys.
#   src/tools/validate-frictionless.sh http://127.0.0.1:8080
set -euo pipefail
base=${1:-http://127.0.0.1:8080}
root=$(cd "$(dirname "$0")/../.." && pwd)
tools="$root/target/frictionless"
mkdir -p "$tools"
[ -d "$tools/node_modules/datapackage" ] || npm install --silent --prefix "$tools" datapackage@1.1.10 >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
curl -fsS --max-time 60 -o "$work/dataset.zip" "$base/api/v1/exports/dataset.zip"
(cd "$work" && unzip -q dataset.zip -d package)
python3 - "$work/package" <<'PY'
import hashlib, json, pathlib, sys
root = pathlib.Path(sys.argv[1])
for r in json.loads((root / "datapackage.json").read_text(encoding="utf-8"))["resources"]:
    data = (root / r["path"]).read_bytes()
    assert r["hash"] == "sha256:" + hashlib.sha256(data).hexdigest(), r["path"] + ": hash differs"
    assert r["bytes"] == len(data), r["path"] + ": size differs"
    print(f"{r['path']}: {len(data)} bytes, sha256 matches")
PY
NODE_PATH="$tools/node_modules" node "$root/src/tools/validate-frictionless.js" "$work/package"
