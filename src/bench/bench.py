#!/usr/bin/env python3
"""The data side of run.sh: what the scenarios are, capturing them from the API, and the report.

    bench.py capture --api http://127.0.0.1:PORT --out DIR --nginx-port P --workers N
        Requests every scenario from our API and writes, under DIR:
        scenarios.tsv    one line per scenario: name, label, kind, revalidate, API path, nginx path, json-server path
        static/NAME      the exact bytes the API answered, which nginx serves (nginx.conf gives each its Content-Type)
        nginx.conf       nginx on 127.0.0.1:P with N workers, access_log off
        db.json          json-server's database: resolutions, side events and organizations as the API lists them
        warmup-*.txt     the request URLs (no exports) each server is warmed up with (mix.lua)
    bench.py report --out DIR [--baseline FILE] [--save FILE]
        Reads DIR/results.tsv and DIR/meta.tsv (written by run.sh) and prints the table, with medians
        over the runs, our ratio to each reference, the issue's targets and, given a baseline from
        another scale, how each figure grew.
"""
import argparse
import concurrent.futures
import json
import math
import statistics
import sys
import urllib.parse
import urllib.request
from pathlib import Path

# The scenarios, in the order of the table: name, label, kind ("request" or "export": MB/s, fewer connections),
# whether it is a revalidation (If-None-Match with the ETag the same URL just returned: expects 304),
# the API path, and json-server's way to ask the same question (None: json-server cannot).
SCENARIOS = [
    ("item", "item by id", "request", False,
     "/api/v1/resolutions/cnd-68-l2", "/resolutions/cnd-68-l2"),
    ("symbol", "item by UN symbol", "request", False,
     "/api/v1/resolutions?symbol=E/CN.7/2025/L.2/Rev.1", "/resolutions?symbol=E/CN.7/2025/L.2/Rev.1"),
    ("list", "filtered list page", "request", False,
     "/api/v1/side-events?session=cnd-68&size=20", "/side-events?session.id=cnd-68&_page=1&_limit=20"),
    ("search", "q search", "request", False,
     "/api/v1/side-events?q=harm%20reduction&size=20", "/side-events?q=harm%20reduction&_page=1&_limit=20"),
    ("groups", "group-by aggregate", "request", False,
     "/api/v1/side-events/groups?by=topic", None),
    ("revalidate", "304 revalidation (list page)", "request", True,
     "/api/v1/side-events?session=cnd-68&size=20", "/side-events?session.id=cnd-68&_page=1&_limit=20"),
    ("cursor-first", "first cursor page", "request", False,
     "/api/v1/organizations?cursor=&size=20", "/organizations?_page=1&_limit=20"),
    # The last cursor page's path is found by walking the cursor to the end at capture time.
    ("cursor-last", "last cursor page", "request", False,
     None, "/organizations?_page={last_page}&_limit=20"),
    ("csv", "CSV export (side_event_hosts)", "export", False,
     "/api/v1/exports/side_event_hosts.csv", None),
    ("ndjson", "NDJSON export (side_event_hosts)", "export", False,
     "/api/v1/exports/side_event_hosts.ndjson", None),
]
# json-server's collections, each filled with every record the API lists (so its answers carry the same objects).
JSON_SERVER_COLLECTIONS = {"resolutions": "/api/v1/resolutions", "side-events": "/api/v1/side-events",
                           "organizations": "/api/v1/organizations"}
TARGETS = ("api", "nginx", "json-server")
NAMES = {"api": "API", "nginx": "nginx", "json-server": "json-server"}
PAGE = 20


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    capture = sub.add_parser("capture")
    capture.add_argument("--api", required=True)
    capture.add_argument("--out", required=True, type=Path)
    capture.add_argument("--nginx-port", required=True, type=int)
    capture.add_argument("--workers", required=True, type=int)
    report = sub.add_parser("report")
    report.add_argument("--out", required=True, type=Path)
    report.add_argument("--baseline", type=Path)
    report.add_argument("--save", type=Path)
    args = parser.parse_args()
    if args.command == "capture":
        run_capture(args)
    else:
        run_report(args)


# ---------------------------------------------------------------- capture

def get(api, path):
    with urllib.request.urlopen(api + path, timeout=120) as response:
        return response.status, response.headers.get("Content-Type"), response.read()


def walk(api, path, size, last_size=None):
    """Every record of a list, following its cursor, size records at a time. With last_size, the first
    page and the pages near the end are taken last_size at a time, and the path of the last page of
    last_size is returned too (page boundaries stay aligned: size is a multiple of last_size)."""
    records, cursor, total, last = [], "", None, None
    while cursor is not None:
        small = last_size and (total is None or total - len(records) <= size)
        page_path = f"{path}?cursor={urllib.parse.quote(cursor, safe='')}&size={last_size if small else size}"
        status, _, body = get(api, page_path)
        if status != 200:
            sys.exit(f"{page_path} answered {status}")
        page = json.loads(body)
        total = page["meta"]["total"]
        records.extend(page["data"])
        cursor = page["meta"].get("nextCursor")
        last = page_path
    return records, last


def run_capture(args):
    out = args.out
    static = out / "static"
    static.mkdir(parents=True, exist_ok=True)
    api = args.api.rstrip("/")

    with concurrent.futures.ThreadPoolExecutor(len(JSON_SERVER_COLLECTIONS)) as pool:
        walks = {name: pool.submit(walk, api, path, 200, PAGE if name == "organizations" else None)
                 for name, path in JSON_SERVER_COLLECTIONS.items()}
        db = {name: future.result()[0] for name, future in walks.items()}
        last_cursor_page = walks["organizations"].result()[1]
    last_page = max(1, math.ceil(len(db["organizations"]) / PAGE))

    lines, types, warm = [], {}, {t: [] for t in TARGETS}
    for name, label, kind, revalidate, api_path, js_path in SCENARIOS:
        api_path = api_path or last_cursor_page
        status, content_type, body = get(api, api_path)
        if status != 200:
            sys.exit(f"{api_path} answered {status}")
        if not revalidate:
            (static / name).write_bytes(body)
            types[name] = content_type
        nginx_path = "/s/" + ("list" if revalidate else name)
        js_path = js_path.format(last_page=last_page) if js_path else None
        lines.append("\t".join([name, label, kind, "1" if revalidate else "0", api_path, nginx_path, js_path or "-"]))
        # Exports stay out of the warm-up mix: at scale one takes seconds, so the mix's rate would level off
        # on them while the request paths are still compiling. Each export gets its own warm-up before it is measured.
        if not revalidate and kind == "request":
            warm["api"].append(api_path)
            warm["nginx"].append(nginx_path)
            if js_path:
                warm["json-server"].append(js_path)
        print(f"  {name}: {len(body)} bytes, {content_type}")
    (out / "scenarios.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for target, urls in warm.items():
        (out / f"warmup-{target}.txt").write_text("\n".join(urls) + "\n", encoding="utf-8")
    (out / "db.json").write_text(json.dumps(db, ensure_ascii=False), encoding="utf-8")
    (out / "nginx.conf").write_text(nginx_conf(out.resolve(), args.nginx_port, args.workers, types), encoding="utf-8")
    print(f"  json-server db: " + ", ".join(f"{k}={len(v)}" for k, v in db.items())
          + f"; last cursor page: {last_cursor_page}")


def nginx_conf(out, port, workers, types):
    locations = "\n".join(f'        location = /s/{name} {{ default_type "{ctype}"; alias {out}/static/{name}; }}'
                          for name, ctype in types.items())
    return f"""# Written by src/bench/bench.py: serves the API's own answers as static files, the practical limit.
worker_processes {workers};
daemon off;
pid {out}/nginx.pid;
error_log {out}/nginx-error.log warn;
events {{
    worker_connections 4096;
}}
http {{
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    keepalive_timeout 65;
    types {{ }}
    client_body_temp_path {out}/nginx-tmp/body;
    proxy_temp_path {out}/nginx-tmp/proxy;
    fastcgi_temp_path {out}/nginx-tmp/fastcgi;
    uwsgi_temp_path {out}/nginx-tmp/uwsgi;
    scgi_temp_path {out}/nginx-tmp/scgi;
    server {{
        listen 127.0.0.1:{port};
        location / {{ return 404; }}
{locations}
    }}
}}
"""


# ---------------------------------------------------------------- report

def read_results(out):
    results = {}
    for line in (out / "results.tsv").read_text(encoding="utf-8").splitlines():
        run, target, name, conns, result = line.split("\t")
        values = dict(kv.split("=") for kv in result.split()[1:])
        results.setdefault((target, name, int(conns)), []).append({k: float(v) for k, v in values.items()})
    return results


def read_meta(out):
    info, runs = {}, []
    for line in (out / "meta.tsv").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if parts[0] == "info":
            info[parts[1]] = parts[2]
        elif parts[0] == "run":
            runs.append({"startup_ms": float(parts[2]), "started_in_s": float(parts[3]) if parts[3] else None,
                         "rss_kb": float(parts[4])})
    return info, runs


def medians(samples):
    keys = samples[0].keys()
    m = {k: statistics.median(s[k] for s in samples) for k in keys}
    m["unexpected"] = sum(s["unexpected"] for s in samples)
    m["socket_errors"] = sum(s["socket_errors"] for s in samples)
    return m


def summarize(out):
    raw = read_results(out)
    info, runs = read_meta(out)
    scenarios = [line.split("\t") for line in (out / "scenarios.tsv").read_text(encoding="utf-8").splitlines()]
    cells = {f"{t}|{n}|{c}": medians(s) for (t, n, c), s in raw.items()}
    started = [r["started_in_s"] for r in runs if r["started_in_s"] is not None]
    return {
        "info": info,
        "scenarios": [{"name": s[0], "label": s[1], "kind": s[2]} for s in scenarios],
        "cells": cells,
        "connections": sorted({c for (_, _, c) in raw}),
        "runs": len(runs),
        "startup_ms": statistics.median(r["startup_ms"] for r in runs),
        "started_in_s": statistics.median(started) if started else None,
        "rss_mb": statistics.median(r["rss_kb"] for r in runs) / 1024,
    }


def throughput(cell, kind):
    return cell["bytes_per_s"] / 1e6 if kind == "export" else cell["rps"]


def fmt_throughput(cell, kind):
    if cell is None:
        return "n/a"
    flag = "!" if suspect(cell) else ""
    if kind == "export":
        return f"{cell['bytes_per_s'] / 1e6:,.1f} MB/s{flag}"
    return f"{cell['rps']:,.0f}{flag}"


def suspect(cell):
    """A figure not to trust: wrong statuses, socket errors, or no request completed at all."""
    return cell["unexpected"] or cell["socket_errors"] or cell["requests"] == 0


def fmt_ms(cell, key):
    return "n/a" if cell is None else f"{cell[key]:.2f}"


def ratio(ours, theirs, kind):
    if ours is None or theirs is None or throughput(theirs, kind) == 0:
        return None
    return throughput(ours, kind) / throughput(theirs, kind)


def rows_of(summary):
    for s in summary["scenarios"]:
        for conns in summary["connections"]:
            cell = {t: summary["cells"].get(f"{t}|{s['name']}|{conns}") for t in TARGETS}
            if cell["api"] is None:
                continue
            yield s, conns, cell


def run_report(args):
    summary = summarize(args.out)
    info = summary["info"]
    print()
    print(f"## Results: {info.get('scale', '1')}x data, {summary['runs']} run(s)"
          f"{' (medians)' if summary['runs'] > 1 else ''}, {info.get('duration')} s per measurement")
    print()
    print(f"Commit {info.get('commit')}; {info.get('cpus')} CPUs ({info.get('cpu')}), {info.get('memory')} RAM; "
          f"{info.get('java')}; {info.get('nginx')}; json-server {info.get('json_server')}; wrk -t{info.get('threads')}, "
          f"export rows at {info.get('export_connections')} connections. `!` marks a cell with unexpected statuses, socket errors or no completed request.")
    print()
    print("| scenario | conns | API req/s | API p50 ms | API p99 ms | nginx req/s | nginx p50 | nginx p99 "
          "| json-server req/s | json-server p50 | json-server p99 | API / nginx | API / json-server |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for s, conns, cell in rows_of(summary):
        parts = [s["label"], str(conns)]
        for t in TARGETS:
            parts += [fmt_throughput(cell[t], s["kind"]), fmt_ms(cell[t], "p50_ms"), fmt_ms(cell[t], "p99_ms")]
        for ref in ("nginx", "json-server"):
            r = ratio(cell["api"], cell[ref], s["kind"])
            parts.append("n/a" if r is None else f"{r:.2f}x")
        print("| " + " | ".join(parts) + " |")
    print()
    started = f" (Quarkus \"started in\" {summary['started_in_s']:.2f} s)" if summary["started_in_s"] else ""
    print(f"Start-up, launch to /q/health/ready UP: {summary['startup_ms'] / 1000:.2f} s{started}. "
          f"RSS of the service after the run: {summary['rss_mb']:.0f} MB.")
    problems = [f"{NAMES[t]} {n} at {c} conns: {int(m['requests'])} requests (median), {int(m['unexpected'])} unexpected statuses, "
                f"{int(m['socket_errors'])} socket errors" for key, m in summary["cells"].items() for t, n, c in [key.split("|")] if suspect(m)]
    if problems:
        print()
        print("Warnings: " + "; ".join(problems) + ".")
    print()
    print_targets(summary)
    baseline = json.loads(args.baseline.read_text(encoding="utf-8")) if args.baseline and args.baseline.exists() else None
    if baseline and baseline["info"].get("scale") != info.get("scale"):
        print_growth(baseline, summary)
    if args.save:
        args.save.parent.mkdir(parents=True, exist_ok=True)
        args.save.write_text(json.dumps(summary, indent=1), encoding="utf-8")


def verdict(ok):
    return "PASS" if ok else "FAIL"


def print_targets(summary):
    print("| target (issue 5) | measured | result |")
    print("|---|---|---|")
    cells = summary["cells"]

    def cell(t, n, c):
        return cells.get(f"{t}|{n}|{c}")

    kinds = {s["name"]: s["kind"] for s in summary["scenarios"]}
    for name, floor in (("item", 0.6), ("list", 0.4)):
        for c in summary["connections"]:
            r = ratio(cell("api", name, c), cell("nginx", name, c), "request")
            if r is not None:
                label = "item by id" if name == "item" else "filtered list page"
                print(f"| {label} >= {floor}x nginx req/s, {c} conns | {r:.3f}x | {verdict(r >= floor)} |")
    p99 = [(m["p99_ms"], n) for key, m in cells.items() for t, n, c in [key.split("|")]
           if t == "api" and c == "32" and kinds.get(n) == "request"]
    if p99:
        worst, name = max(p99)
        print(f"| p99 <= 10 ms at 32 conns, every request scenario | worst {worst:.1f} ms ({name}) | {verdict(worst <= 10)} |")
    vs_js = [(ratio(cell("api", n, c), m, kinds[n]), n, c) for key, m in cells.items() for t, n, c in [key.split("|")]
             if t == "json-server" and cell("api", n, c)]
    # json-server can complete no request in the time at scale: no ratio, and no verdict against it
    vs_js = [v for v in vs_js if v[0] is not None]
    if vs_js:
        worst, name, c = min(vs_js)
        print(f"| >= 5x json-server on every scenario it serves | worst {worst:.2f}x ({name}, {c} conns) | {verdict(worst >= 5)} |")
    startup = summary["startup_ms"] / 1000
    print(f"| start-up <= 2 s (launch to ready) | {startup:.2f} s | {verdict(startup <= 2)} |")
    print(f"| RSS <= 256 MB after the run | {summary['rss_mb']:.0f} MB | {verdict(summary['rss_mb'] <= 256)} |")
    for name in ("csv", "ndjson"):
        rates = [cell("api", name, c) for c in summary["connections"] if cell("api", name, c)]
        if rates:
            mbs = max(m["bytes_per_s"] for m in rates) / 1e6
            print(f"| {name.upper()} export >= 100 MB/s | {mbs:,.1f} MB/s | {verdict(mbs >= 100)} |")
    for c in summary["connections"]:
        first, last = cell("api", "cursor-first", c), cell("api", "cursor-last", c)
        if first and last:
            r = last["rps"] / first["rps"]
            print(f"| last cursor page as cheap as the first (>= 0.8x its req/s), {c} conns | {r:.2f}x | {verdict(r >= 0.8)} |")


def print_growth(base, now):
    b, n = base["info"]["scale"], now["info"]["scale"]
    print()
    print(f"### Growth from {b}x to {n}x data (API)")
    print()
    print(f"| scenario | conns | req/s {b}x | req/s {n}x | p50 ms {b}x | p50 ms {n}x | p50 growth | p99 ms {b}x | p99 ms {n}x |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    within = []
    for s, conns, cell in rows_of(now):
        old = base["cells"].get(f"api|{s['name']}|{conns}")
        new = cell["api"]
        if old is None:
            continue
        growth = None if suspect(old) or suspect(new) else new["p50_ms"] / old["p50_ms"]
        if s["name"] in ("item", "list", "cursor-first") and growth is not None:
            within.append((s["label"], conns, growth))
        print(f"| {s['label']} | {conns} | {fmt_throughput(old, s['kind'])} | {fmt_throughput(new, s['kind'])} "
              f"| {old['p50_ms']:.2f} | {new['p50_ms']:.2f} | {'n/a' if growth is None else f'{growth:.2f}x'} "
              f"| {old['p99_ms']:.2f} | {new['p99_ms']:.2f} |")
    print()
    print(f"Start-up: {base['startup_ms'] / 1000:.2f} s at {b}x, {now['startup_ms'] / 1000:.2f} s at {n}x. "
          f"RSS after the run: {base['rss_mb']:.0f} MB at {b}x, {now['rss_mb']:.0f} MB at {n}x.")
    print()
    print("| target (issue 5, at scale) | measured | result |")
    print("|---|---|---|")
    for label, conns, growth in within:
        print(f"| {label} p50 within 1.5x of {b}x, {conns} conns | {growth:.2f}x | {verdict(growth <= 1.5)} |")


if __name__ == "__main__":
    main()
