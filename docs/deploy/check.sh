#!/usr/bin/env bash
# Checks the deployment example as far as a machine without a container engine can: compose.yaml parses and has the
# shape docs/operations.md describes; nginx.conf passes `nginx -t` (with the replicas' names replaced by 127.0.0.1),
# when nginx is installed (apt-get install -y nginx). With Docker Compose at hand, also `docker compose config`.
set -euo pipefail
cd "$(dirname "$0")"

python3 - <<'PY'
import yaml
d = yaml.safe_load(open("compose.yaml"))
s = d["services"]
assert set(s) == {"db", "gateway", "replica-1", "replica-2"}, sorted(s)
for r in ("replica-1", "replica-2"):
    env = s[r]["environment"]
    assert env["ODP_RATE_LIMIT_ENABLED"] == "false", r
    assert env["QUARKUS_DATASOURCE_JDBC_URL"].startswith("jdbc:postgresql://db:5432/odp?"), r
    assert "socketTimeout=" in env["QUARKUS_DATASOURCE_JDBC_URL"], r
    probe = " ".join(s[r]["healthcheck"]["test"])
    assert "/9000" in probe and "/q/health/ready" in probe, r
    assert "ports" not in s[r], r + " must not publish a port: the gateway is the only way in"
    assert s[r]["depends_on"]["db"]["condition"] == "service_healthy", r
assert s["gateway"]["ports"] == ["8080:8080"], s["gateway"]["ports"]
assert "ports" not in s["db"]
print("compose.yaml: OK (4 services; replicas publish no port, limiter off, readiness on 9000)")
PY

# The gateway is the first hop: it names the client itself (see nginx.conf), never passes on what the client said.
grep -q 'X-Forwarded-For $remote_addr;' nginx.conf && ! grep -v '^ *#' nginx.conf | grep -q 'proxy_add_x_forwarded_for' \
    || { echo "nginx.conf must set X-Forwarded-For to \$remote_addr, not append to the client's" >&2; exit 1; }
echo "nginx.conf: X-Forwarded-For is the client's address"

if command -v nginx >/dev/null; then
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    sed 's/replica-[12]:8080/127.0.0.1:8080/' nginx.conf >"$tmp/default.conf"
    mkdir -p "$tmp/logs"
    printf 'pid %s/nginx.pid;\nerror_log %s/logs/error.log;\nevents {}\nhttp {\n    access_log off;\n    include %s/default.conf;\n}\n' \
        "$tmp" "$tmp" "$tmp" >"$tmp/nginx.conf"
    nginx -t -p "$tmp" -c "$tmp/nginx.conf"
else
    echo "nginx.conf: not checked (nginx is not installed)"
fi

if docker compose version >/dev/null 2>&1; then
    ODP_DB_PASSWORD=check docker compose -f compose.yaml config --quiet && echo "docker compose config: OK"
else
    echo "docker compose config: not checked (no Docker Compose here)"
fi
