"""The issue 15 table from replicas.sh's results at 1x and N x and floor.sh's table (scale-table.sh runs all three).

Usage: scale_table.py SCALE COMMIT RUN_DIR...  where each RUN_DIR holds one run's scale-1.tsv, scale-N.tsv and
floor-table.txt. One run: its table and its verdicts. Several: each run's table, then every target's figure in each run
and the median, the verdict given by the median (a target near its threshold changes verdict from run to run here)."""
import re
import statistics
import sys

scale, commit, run_dirs = int(sys.argv[1]), sys.argv[2], sys.argv[3:]


def results(path):
    """Scenario figures by (scenario, target), start-up and RSS lines, each with the load average it was taken at."""
    scenarios, replicas, startup, rss, heap = {}, {}, None, None, None
    for line in open(path):
        cols = line.rstrip("\n").split("\t")
        load = next((c[5:] for c in cols if c.startswith("load ")), "?")
        if cols[0].startswith("replica "):
            replicas.setdefault(cols[0], []).append((int(cols[1].split()[0]), int(cols[2].split()[0]), cols[3], load))
        elif cols[0] == "startup":
            startup = (int(re.search(r"median (\d+) ms", cols[1]).group(1)), cols[1], load)
        elif cols[0] == "rss":
            m = re.search(r"replica 1 (\d+) MB, replica 2 (\d+) MB", cols[1])
            rss = (int(m.group(1)), int(m.group(2)), load)
        elif cols[0] == "heap":
            m = re.search(r"replica 2 (\d+) MB committed under the load, (\d+) MB live", cols[1])
            heap = (int(m.group(1)), int(m.group(2))) if m else None
        elif len(cols) >= 5 and cols[2].startswith("p50 "):
            scenarios[(cols[0], cols[1])] = {
                "p50": float(cols[2].split()[1]), "rps": float(cols[3].split()[0]), "mbs": float(cols[4].split()[0]), "load": load,
                "errors": next((c for c in cols if c.endswith("non-2xx")), "")}
    return scenarios, replicas, startup, rss, heap


def floor_apps(path):
    apps = {}
    for line in open(path):
        m = re.match(r"\| (\w+) \| ([\d.]+) s \| (\d+) MB \|", line)
        if m:
            apps[m.group(1)] = (float(m.group(2)) * 1000, int(m.group(3)))
    return apps


def verdict(ok):
    return "PASS" if ok else "FAIL"


class Target:
    """One of the issue's targets in one run: its value (what the median is taken of), the figure as read, and the test."""

    def __init__(self, name, value, short, figure, passes, fmt):
        self.name, self.value, self.short, self.figure, self.passes, self.fmt = name, value, short, figure, passes, fmt

    def row(self):
        return f"| {self.name} | {self.figure} | {verdict(self.passes(self.value))} |"


def run_table(run_dir):
    """One run's table (its lines) and its targets."""
    s1, r1, st1, rss1, heap1 = results(f"{run_dir}/scale-1.tsv")
    sn, rn, stn, rssn, heapn = results(f"{run_dir}/scale-{scale}.tsv")
    apps = floor_apps(f"{run_dir}/floor-table.txt")
    out = ["| scenario | scale | replica 1 p50 | replica 2 p50 | nginx p50 | replica 2 req/s (MB/s) | nginx req/s (MB/s) | replica 2 / nginx | load |",
           "|---|---|---:|---:|---:|---:|---:|---:|---|"]
    for name in ["item", "page-1", "deep-cursor", "q-search", "csv-export", "ndjson-export"]:
        for label, s in (("1x", s1), (f"{scale}x", sn)):
            a, b, n = s.get((name, "replica-1")), s.get((name, "replica-2")), s.get((name, "nginx"))
            if not (a and b and n):
                continue
            ratio = (b["mbs"] / n["mbs"]) if name.endswith("export") else (b["rps"] / n["rps"])
            out.append(f"| {name} | {label} | {a['p50']:.2f} ms | {b['p50']:.2f} ms | {n['p50']:.2f} ms | {b['rps']:.0f} ({b['mbs']:.1f}) | "
                       f"{n['rps']:.0f} ({n['mbs']:.1f}) | {ratio:.2f}x{' ' + b['errors'] if b['errors'] else ''} | "
                       f"{a['load']}, {b['load']}, {n['load']} |")
    targets, notes = [], []
    for name in ("item", "page-1"):
        a, b = s1.get((name, "replica-2")), sn.get((name, "replica-2"))
        if a and b:
            r = b["p50"] / a["p50"]
            targets.append(Target(f"{name} p50 at {scale}x within 1.5x of 1x (replica 2)", r, f"{r:.2f}x",
                                  f"{b['p50']:.2f} / {a['p50']:.2f} ms = {r:.2f}x (load {a['load']} / {b['load']})", lambda v: v <= 1.5,
                                  lambda v: f"{v:.2f}x"))
    floor_ms = apps.get("extensions", apps.get("bare", (None,)))[0]
    if stn and floor_ms:
        d = stn[0] - floor_ms
        targets.append(Target(f"replica start-up against the loaded database at {scale}x within 1.5 s of the floor app (every extension)",
                              d / 1000, f"{stn[0] / 1000:.2f} vs {floor_ms / 1000:.2f} s: {d / 1000:+.2f} s",
                              f"{stn[0] / 1000:.2f} s vs {floor_ms / 1000:.2f} s: {d / 1000:+.2f} s (load {stn[2]}; {stn[1]})", lambda v: v <= 1.5,
                              lambda v: f"{v:+.2f} s"))
    if st1:
        notes.append(f"| (for reference) the same at 1x | {st1[0] / 1000:.2f} s (load {st1[2]}) | |")
    if rss1 and rssn:
        d = rssn[1] - rss1[1]
        targets.append(Target(f"RSS of a replica at {scale}x ≤ its RSS at 1x + 64 MB (replica 2, after the scenarios)", d,
                              f"{rssn[1]} vs {rss1[1]} MB: {d:+d} MB",
                              f"{rssn[1]} MB vs {rss1[1]} MB: {d:+d} MB (load {rss1[2]} / {rssn[2]})", lambda v: v <= 64,
                              lambda v: f"{v:+.0f} MB"))
        notes.append(f"| (for reference) replica 1, which loaded the release | {rssn[0]} MB at {scale}x, {rss1[0]} MB at 1x | |")
    if heap1 and heapn:
        notes.append(f"| (for reference) replica 2's heap then: committed under the load, live after a full GC | {heapn[0]} MB, {heapn[1]} MB at {scale}x; "
                     f"{heap1[0]} MB, {heap1[1]} MB at 1x | |")
    ready1 = sorted(mb for _, mb, _, _ in r1.get("replica 2", []))
    readyn = sorted(mb for _, mb, _, _ in rn.get("replica 2", []))
    if ready1 and readyn:
        m1, mn = ready1[(len(ready1) - 1) // 2], readyn[(len(readyn) - 1) // 2]
        notes.append(f"| (for reference) the same just after start-up (replica 2, median of its starts) | {mn} MB vs {m1} MB: {mn - m1:+d} MB | |")
    for name in ("csv-export", "ndjson-export"):
        b, n = sn.get((name, "replica-2")), sn.get((name, "nginx"))
        if b and n:
            r = b["mbs"] / n["mbs"]
            targets.append(Target(f"{name} at {scale}x ≥ 0.5x nginx", r, f"{r:.2f}x",
                                  f"{b['mbs']:.1f} / {n['mbs']:.1f} MB/s = {r:.2f}x (load {b['load']} / {n['load']})", lambda v: v >= 0.5,
                                  lambda v: f"{v:.2f}x"))
    out += ["", "| target | figure | verdict |", "|---|---|---|"] + [t.row() for t in targets] + notes
    out += ["", "Start-ups (launch to the first answer of a record):"]
    for label, reps in (("1x", r1), (f"{scale}x", rn)):
        for name, runs in reps.items():
            for ms, mb, what, load in runs:
                out.append(f"- {label} {name}: {ms / 1000:.2f} s, {mb} MB RSS then, {what} (load {load})")
    for app, (ms, mb) in apps.items():
        out.append(f"- floor.sh {app}: {ms / 1000:.2f} s, {mb} MB (median)")
    return out, targets


tables = [run_table(d) for d in run_dirs]
out = [f"Commit {commit}; replicas of the PostgreSQL build on one private PostgreSQL; nginx serves the bytes replica 1 answered. "
       "`load` is the 1-minute load average when the figure was taken."]
for k, (lines, _) in enumerate(tables, 1):
    out += (["", f"### Run {k} of {len(tables)}"] if len(tables) > 1 else []) + [""] + lines
if len(tables) > 1:
    by_name = [{t.name: t for t in targets} for _, targets in tables]
    names = list(dict.fromkeys(name for runs in by_name for name in runs))
    out += ["", f"### The targets in each run, and the median of the {len(tables)} runs", "",
            "| target | " + " | ".join(f"run {k}" for k in range(1, len(tables) + 1)) + " | median | verdict (median) |",
            "|---|" + "---|" * len(tables) + "---|---|"]
    for name in names:
        runs = [run[name] for run in by_name if name in run]
        median = statistics.median(t.value for t in runs)
        cells = [f"{run[name].short} {verdict(run[name].passes(run[name].value))}" if name in run else "-" for run in by_name]
        out.append(f"| {name} | " + " | ".join(cells) + f" | {runs[0].fmt(median)} | {verdict(runs[0].passes(median))} |")
print("\n".join(out))
