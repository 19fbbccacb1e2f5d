#!/usr/bin/env bash
# Generates a Python client from the committed contract (openapi/openapi.yaml) with the openapi-generator CLI the build
# downloads (target/tools, `./mvnw package`), and calls a running service through it: a country, the countries, a
# resolution's roll-call and the decision 63/17's votes, the resolutions sorted by number. Exit 0 when every call returns
# its model. Not part of .ci/run: the generated client needs pydantic 2 and urllib3 (pip), and CI machines reach no PyPI;
# OpenApiContractTest holds the contract to the rule this guards (no type beside a $ref).
# Usage: src/tools/check-python-client.sh BASE_URL   (e.g. http://127.0.0.1:8080)
set -euo pipefail
cd "$(dirname "$0")/../.."
base=${1:?usage: $0 BASE_URL}
cli=target/tools/openapi-generator-cli.jar
[ -f "$cli" ] || { echo "missing $cli: run ./mvnw package -DskipTests first" >&2; exit 2; }
python3 -c 'import pydantic, urllib3, sys; sys.exit(0 if pydantic.VERSION.startswith("2") else 1)' \
  || { echo "needs python3 with pydantic 2 and urllib3" >&2; exit 2; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
java -jar "$cli" generate -g python -i openapi/openapi.yaml -o "$out" --package-name odp_client >/dev/null
python3 - "$out" "$base" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
import odp_client
from odp_client.api.countries_api import CountriesApi
from odp_client.api.resolutions_api import ResolutionsApi
client = odp_client.ApiClient(odp_client.Configuration(host=sys.argv[2]))
calls = [
    ("getCountry COL", lambda: CountriesApi(client).get_country("COL")),
    ("listCountries", lambda: CountriesApi(client).list_countries()),
    ("listResolutionVotes E/CN.7/2025/L.6/Rev.1", lambda: ResolutionsApi(client).list_resolution_votes("E/CN.7/2025/L.6/Rev.1")),
    ("listResolutionVotes cnd-63-dec-63-17", lambda: ResolutionsApi(client).list_resolution_votes("cnd-63-dec-63-17")),
    ("listResolutions sort=number", lambda: ResolutionsApi(client).list_resolutions(sort="number")),
]
failed = 0
for name, call in calls:
    try:
        print("ok  ", name, type(call()).__name__)
    except Exception as e:
        failed += 1
        print("FAIL", name, type(e).__name__, str(e).splitlines()[0][:200])
sys.exit(1 if failed else 0)
PY
