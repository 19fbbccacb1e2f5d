#!/usr/bin/env python3
"""Append a release's rows to data/record_changes.csv, the history of every record.

How to run (from the repository root, standard library only):

    python3 src/tools/record_changes.py --release 2027.03.01 --previous git:v2026.11.23
        Compares data/ with data/ as it was at a git revision (a tag, a commit,
        HEAD...), read with `git show REV:data/FILE`.

    python3 src/tools/record_changes.py --release 2027.03.01 --previous /path/to/old/data
        Compares data/ with another copy of the dataset (an unzipped dataset.zip
        of the previous release works too).

    python3 src/tools/record_changes.py --release 2026.11.23 --first
        The first release: every current record is `created`.

Options: --data DIR (default data) is the current dataset; --replace first drops
the rows the release already has (to rerun after more edits).

What it writes, for every table of datapackage.json except releases and
record_changes itself:
  * created: a record id that the previous release does not have;
  * deleted: a record id that the previous release has and the current one does not;
  * updated: a record id in both whose row differs in any value (a column that the
    previous release does not have counts as empty there), or, for a table that
    other records embed, a record one of whose embedded rows was created, updated
    or deleted (x-embeddedIn in datapackage.json: a changed side_event_hosts row
    marks its side event updated, a changed sponsorship its resolution).
A record id is the primary key; for a composite key, the key's fields joined with
"|" in primaryKey order (integers written without leading zeros). Rows are
appended in the package's table order, then by record id, and the file keeps LF
line endings. The service's loader checks the result (see data/README.md).
"""
import argparse
import csv
import io
import json
import os
import subprocess
import sys

SEPARATOR = "|"
HISTORY = "record_changes"
UNTRACKED = {"releases", HISTORY}
FIELDS = ["release", "table_name", "record_id", "change"]


def key_fields(resource):
    key = resource["schema"].get("primaryKey")
    return [key] if isinstance(key, str) else list(key or [])


def record_id(resource, row):
    types = {f["name"]: f.get("type", "string") for f in resource["schema"]["fields"]}
    parts = []
    for name in key_fields(resource):
        value = row.get(name, "")
        if types[name] == "integer" and value:
            value = str(int(value))
        if SEPARATOR in value:
            sys.exit(f"{resource['path']}: key field {name} holds '{value}', which contains the record-id separator '{SEPARATOR}'")
        parts.append(value)
    return SEPARATOR.join(parts)


class Dataset:
    """A dataset read from a directory or from a git revision."""

    def __init__(self, directory=None, revision=None):
        self.directory = directory
        self.revision = revision

    def text(self, name):
        """The file's text, or None when it does not exist in this dataset."""
        if self.revision is not None:
            result = subprocess.run(["git", "show", f"{self.revision}:data/{name}"], capture_output=True)
            return result.stdout.decode("utf-8") if result.returncode == 0 else None
        path = os.path.join(self.directory, name)
        if not os.path.exists(path):
            return None
        with open(path, encoding="utf-8", newline="") as f:
            return f.read()

    def rows(self, resource, columns):
        """record id -> tuple of the values of the given columns (missing columns are empty), or None without the file."""
        text = self.text(resource["path"])
        if text is None:
            return None
        result = {}
        for row in csv.DictReader(io.StringIO(text, newline="")):
            result[record_id(resource, row)] = (tuple(row.get(c, "") or "" for c in columns), row)
        return result


def changes(resources, current, previous):
    """(table, record id) -> change, for one release."""
    result = {}
    for resource in resources:
        columns = [f["name"] for f in resource["schema"]["fields"]]
        now = current.rows(resource, columns) or {}
        before = previous.rows(resource, columns) if previous is not None else None
        if before is None:
            before = {}
        for rid, (values, _) in now.items():
            if rid not in before:
                result[(resource["name"], rid)] = "created"
            elif before[rid][0] != values:
                result[(resource["name"], rid)] = "updated"
        for rid in before:
            if rid not in now:
                result[(resource["name"], rid)] = "deleted"
        embedded = resource["schema"].get("x-embeddedIn")
        if embedded:
            for rid, change in list(result.items()):
                if rid[0] != resource["name"]:
                    continue
                row = (now.get(rid[1]) or before.get(rid[1]))[1]
                parent = (embedded["resource"], row[embedded["fields"]])
                result.setdefault(parent, "updated")
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--release", required=True, help="the new release's version, as in releases.csv")
    parser.add_argument("--data", default="data", help="the current dataset (default: data)")
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--previous", help="the previous release: a directory, or git:REVISION")
    group.add_argument("--first", action="store_true", help="the first release: every record is created")
    parser.add_argument("--replace", action="store_true", help="drop the release's existing rows first")
    args = parser.parse_args()

    current = Dataset(directory=args.data)
    package = json.loads(current.text("datapackage.json"))
    # Parents come before the tables that embed into them in the package, but an embedded row may mark a
    # parent that is listed earlier, so the changes are computed over all tables before anything is written.
    resources = [r for r in package["resources"] if r["name"] not in UNTRACKED]
    previous = None
    if args.previous:
        previous = Dataset(revision=args.previous[4:]) if args.previous.startswith("git:") else Dataset(directory=args.previous)
        if previous.text("datapackage.json") is None:
            sys.exit(f"no datapackage.json in the previous release ({args.previous})")

    history_path = os.path.join(args.data, HISTORY + ".csv")
    history = []
    if os.path.exists(history_path):
        with open(history_path, encoding="utf-8", newline="") as f:
            history = list(csv.DictReader(f))
    if any(h["release"] == args.release for h in history):
        if not args.replace:
            sys.exit(f"{history_path} already has rows for {args.release}; use --replace to recompute them")
        history = [h for h in history if h["release"] != args.release]
    deleted = {(h["table_name"], h["record_id"]) for h in history if h["change"] == "deleted"}

    found = changes(resources, current, previous)
    order = {r["name"]: i for i, r in enumerate(resources)}
    new_rows = []
    for (table, rid), change in sorted(found.items(), key=lambda item: (order[item[0][0]], item[0][1])):
        if change == "created" and (table, rid) in deleted:
            sys.exit(f"{table} {rid} was deleted in an earlier release; a deleted id never comes back, so give the record a new id")
        new_rows.append({"release": args.release, "table_name": table, "record_id": rid, "change": change})

    with open(history_path, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(history + new_rows)

    counts = {}
    for row in new_rows:
        counts.setdefault(row["table_name"], {}).setdefault(row["change"], 0)
        counts[row["table_name"]][row["change"]] += 1
    print(f"{args.release}: {len(new_rows)} changes appended to {history_path}")
    for table, by_change in counts.items():
        print("  " + table + ": " + ", ".join(f"{n} {c}" for c, n in sorted(by_change.items())))
    versions = {r["version"] for r in csv.DictReader(io.StringIO(current.text("releases.csv"), newline=""))}
    if args.release not in versions:
        print(f"note: {args.release} is not in releases.csv yet; add it there (and to datapackage.json's version)")


if __name__ == "__main__":
    main()
