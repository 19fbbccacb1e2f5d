#!/usr/bin/env python3
"""Writes a synthetic copy of the dataset at N times its size, for benchmarks.

    python3 src/bench/scale_data.py --scale 1000 [--data data] [--out target/bench/scale-1000]

The output directory holds the same datapackage.json (byte for byte) and one CSV per resource, so the
service loads it with -Dodp.dataset.directory=DIR and validates it as strictly as the real data.

Copy 0 is the real data, unchanged (so every URL of the real data still answers). Copies 1..N-1 of the
tables in MULTIPLIED get new keys: slugs get a "-x<k>" suffix, session numbers move up by a stride
(and their id, cnd-<number>, with them), resolution symbols get L.<n + k * stride>. Every foreign key and
semicolon list that points into a multiplied table is rewritten to the same copy, so each copy is a
closed, referentially valid world. Every other table (countries, topics, sources, releases, and any
table added later) is copied as it is: its rows still point at copy 0, which exists.

The script checks its own output against the descriptor's primary keys, unique fields and patterns of
the values it changed, and refuses a schema it does not know how to multiply (a unique field without
a rule below), rather than writing a dataset the service would reject.
"""
import argparse
import csv
import json
import re
import shutil
import sys
from pathlib import Path

# The tables that grow with --scale. Everything else is copied unchanged.
MULTIPLIED = (
    "sessions", "session_segments",
    "organizations", "organization_aliases",
    "resolutions", "resolution_topics", "sponsorships", "votes",
    "side_events", "side_event_hosts", "side_event_topics",
    "meetings",
)

SUFFIX = re.compile(r"-x[0-9]+$")
SYMBOL = re.compile(r"^(E/CN\.7/[0-9]{4}/L\.)([0-9]+)(/Rev\.[0-9]+)?$")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, required=True, help="how many copies (1 writes the real data)")
    parser.add_argument("--data", default="data", help="the dataset to multiply (default: data)")
    parser.add_argument("--out", help="output directory (default: target/bench/scale-N)")
    args = parser.parse_args()
    if args.scale < 1:
        parser.error("--scale must be at least 1")
    data = Path(args.data)
    out = Path(args.out or f"target/bench/scale-{args.scale}")
    counts = generate(data, out, args.scale)
    print(f"Wrote {out} at {args.scale}x: " + ", ".join(f"{t}={n}" for t, n in counts.items()))


def generate(data, out, scale):
    descriptor = json.loads((data / "datapackage.json").read_text(encoding="utf-8"))
    resources = {r["name"]: r for r in descriptor["resources"]}
    unknown = [t for t in MULTIPLIED if t not in resources]
    if unknown:
        sys.exit(f"MULTIPLIED names tables that {data}/datapackage.json does not have: {unknown}")
    tables = {name: read_table(data / r["path"]) for name, r in resources.items()}
    rules = {name: TableRules(resources[name], tables[name][1]) for name in MULTIPLIED}

    tmp = out.with_name(out.name + ".partial")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    shutil.copyfile(data / "datapackage.json", tmp / "datapackage.json")
    counts = {}
    created = []  # (table, record id) of every record a copy adds: each needs its history row
    for name, resource in resources.items():
        header, rows = tables[name]
        if name not in MULTIPLIED:
            shutil.copyfile(data / resource["path"], tmp / resource["path"])
            counts[name] = len(rows)
            continue
        table_rules = rules[name]
        written = []
        for k in range(scale):
            written.extend(rows if k == 0 else (table_rules.copy(row, k, rules) for row in rows))
        check(resource, header, written, table_rules.changed)
        write_table(tmp / resource["path"], header, written)
        counts[name] = len(written)
        created.extend((name, record_id(resource, header, row)) for row in written[len(rows):])
    if "record_changes" in resources:
        # Copies are published with the first release, like the records they copy (see data/README.md).
        path = tmp / resources["record_changes"]["path"]
        header, rows = read_table(path)
        release = rows[0][header.index("release")]
        rows.extend([release, table, key, "created"] for table, key in created)
        write_table(path, header, rows)
        counts["record_changes"] = len(rows)
    shutil.rmtree(out, ignore_errors=True)
    tmp.rename(out)
    return counts


def record_id(resource, header, row):
    """A record's id in record_changes.csv: its primary-key values, joined with | in primaryKey order."""
    pk = resource["schema"].get("primaryKey", [])
    pk = [pk] if isinstance(pk, str) else pk
    return "|".join(row[header.index(field)] for field in pk)


class TableRules:
    """How one multiplied table's rows are rewritten for copy k."""

    def __init__(self, resource, rows):
        schema = resource["schema"]
        self.name = resource["name"]
        self.fields = [f["name"] for f in schema["fields"]]
        pk = schema.get("primaryKey", [])
        pk = [pk] if isinstance(pk, str) else pk
        # A single-field key is renamed per copy; a composite key becomes unique through its foreign keys.
        self.key = pk[0] if len(pk) == 1 else None
        self.rewrites = {}  # column -> (referenced table, delimiter or None): foreign keys into multiplied tables
        for fk in schema.get("foreignKeys", []):
            fields = fk["fields"] if isinstance(fk["fields"], list) else [fk["fields"]]
            target = fk["reference"].get("resource") or self.name
            if target in MULTIPLIED:
                if len(fields) != 1:
                    sys.exit(f"{self.name}: composite foreign key {fields} into {target} is not supported")
                self.rewrites[fields[0]] = (target, None)
        for f in schema["fields"]:
            list_of = f.get("x-listOf")
            if list_of and list_of["resource"] in MULTIPLIED:
                self.rewrites[f["name"]] = (list_of["resource"], list_of["delimiter"])
        # Unique columns, each with its rule: "suffix" (slug-x<k>), "session" (cnd-<n + k*stride>),
        # "number" (n + k*stride) or "symbol" (E/CN.7/yyyy/L.<n + k*stride>).
        self.unique = {}
        for f in schema["fields"]:
            name = f["name"]
            if not (f.get("constraints", {}).get("unique") or name == self.key):
                continue
            values = [row[self.fields.index(name)] for row in rows]
            if (self.name, name) == ("sessions", "id"):
                self.unique[name] = "session"
            elif (self.name, name) == ("sessions", "number"):
                self.unique[name] = "number"
            elif (self.name, name) == ("resolutions", "symbol"):
                self.unique[name] = "symbol"
            elif f.get("constraints", {}).get("pattern", "").startswith("^[a-z0-9]+"):
                clash = [v for v in values if SUFFIX.search(v)]
                if clash:
                    sys.exit(f"{self.name}.{name}: {clash[:3]} already end like a copy suffix (-x<k>)")
                self.unique[name] = "suffix"
            else:
                sys.exit(f"{self.name}.{name} is unique but scale_data.py has no rule for making copies of it unique")
        numbers = []
        if self.name == "sessions":
            numbers = [int(row[self.fields.index("number")]) for row in rows] + [int(row[self.fields.index("id")][4:]) for row in rows]
        elif "symbol" in self.unique.values():
            # Texts known only by their official number have no symbol (and keep none in their copies).
            numbers = [int(SYMBOL.match(row[self.fields.index("symbol")]).group(2)) for row in rows if row[self.fields.index("symbol")]]
        self.stride = max(numbers, default=0) + 1
        self.changed = set(self.unique) | set(self.rewrites)

    def renamed(self, value, k, rule="suffix"):
        """The copy-k value of an original value under a rule; also used for foreign keys pointing here."""
        if rule == "session":
            return "cnd-" + str(int(value[len("cnd-"):]) + k * self.stride)
        if rule == "number":
            return str(int(value) + k * self.stride)
        if rule == "symbol":
            m = SYMBOL.match(value)
            return m.group(1) + str(int(m.group(2)) + k * self.stride) + (m.group(3) or "")
        return f"{value}-x{k}"

    def key_rule(self):
        return self.unique.get(self.key, "suffix")

    def copy(self, row, k, rules):
        new = list(row)
        for i, name in enumerate(self.fields):
            value = row[i]
            if value == "":
                continue
            if name in self.unique:
                new[i] = self.renamed(value, k, self.unique[name])
            elif name in self.rewrites:
                target, delimiter = self.rewrites[name]
                to = rules[target]
                if delimiter is None:
                    new[i] = to.renamed(value, k, to.key_rule())
                else:
                    new[i] = delimiter.join(to.renamed(v, k, to.key_rule()) for v in value.split(delimiter))
        return new


def check(resource, header, rows, changed):
    """Primary key, unique fields and the patterns of changed values: what the loader would reject."""
    schema = resource["schema"]
    fields = [f["name"] for f in schema["fields"]]
    if header != fields:
        sys.exit(f"{resource['path']}: header {header} differs from the descriptor {fields}")
    pk = schema.get("primaryKey", [])
    pk = [pk] if isinstance(pk, str) else pk
    keys = [pk] + [[f["name"]] for f in schema["fields"] if f.get("constraints", {}).get("unique") and [f["name"]] != pk]
    for key in keys:
        columns = [fields.index(c) for c in key]
        seen = set()
        for row in rows:
            value = tuple(row[c] for c in columns)
            if key != pk and all(v == "" for v in value):
                continue  # a unique field may be empty on several rows, as in the loader
            if value in seen:
                sys.exit(f"{resource['path']}: duplicate {key} {value} in the generated data")
            seen.add(value)
    for f in schema["fields"]:
        pattern = f.get("constraints", {}).get("pattern")
        if pattern and f["name"] in changed:
            compiled = re.compile(pattern)
            column = fields.index(f["name"])
            bad = [row[column] for row in rows if row[column] and not compiled.match(row[column])]
            if bad:
                sys.exit(f"{resource['path']}: generated {f['name']} values do not match {pattern}: {bad[:3]}")


def read_table(path):
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        return header, list(reader)


def write_table(path, header, rows):
    # The loader wants UTF-8 without BOM, LF line endings and RFC 4180 quoting.
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


if __name__ == "__main__":
    main()
