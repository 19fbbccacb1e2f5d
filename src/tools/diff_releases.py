#!/usr/bin/env python3
"""Show what changed between two releases of the dataset, record by record and field by field.

How to run (from the repository root, standard library only):

    python3 src/tools/diff_releases.py git:v2026.11.23
        Compares data/ (the release being prepared) with data/ at a git revision.

    python3 src/tools/diff_releases.py /path/to/old/data --new /path/to/new/data
        Compares two directories (an unzipped dataset.zip works too).

    python3 src/tools/diff_releases.py git:v2026.11.23 --table sessions,resolutions --summary

For every table of the new datapackage.json (releases and record_changes aside) it prints the records
created and deleted, and for each updated record the fields whose value changed, old -> new (long
values are shortened; --full prints them whole). Columns the old release did not have count as empty,
as in record_changes.py, so the report matches what record_changes.py will write (embedded rows also
mark their parent there; here they are listed under their own table). Also prints the schema changes:
tables and fields added or removed. Exit code 0; nothing is written.
"""
import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from record_changes import Dataset, UNTRACKED  # noqa: E402


def dataset(spec):
    return Dataset(revision=spec[4:]) if spec.startswith("git:") else Dataset(directory=spec)


def short(value, full):
    value = value or ""
    if full or len(value) <= 80:
        return repr(value)
    return repr(value[:77] + "...")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("old", help="the previous release: a directory, or git:REVISION")
    parser.add_argument("--new", default="data", help="the new release (default: data)")
    parser.add_argument("--table", help="only these tables, comma-separated")
    parser.add_argument("--summary", action="store_true", help="counts per table only")
    parser.add_argument("--full", action="store_true", help="print long values whole")
    args = parser.parse_args()

    old, new = dataset(args.old), dataset(args.new)
    old_text, new_text = old.text("datapackage.json"), new.text("datapackage.json")
    if old_text is None or new_text is None:
        sys.exit("no datapackage.json in " + (args.old if old_text is None else args.new))
    old_pkg, new_pkg = json.loads(old_text), json.loads(new_text)
    print(f"version {old_pkg.get('version')} -> {new_pkg.get('version')}")
    old_resources = {r["name"]: r for r in old_pkg["resources"]}
    only = set(args.table.split(",")) if args.table else None
    totals = {"created": 0, "updated": 0, "deleted": 0}
    for resource in new_pkg["resources"]:
        name = resource["name"]
        if name in UNTRACKED or (only and name not in only):
            continue
        columns = [f["name"] for f in resource["schema"]["fields"]]
        before_resource = old_resources.get(name)
        schema = []
        if before_resource is None:
            schema.append("new table")
        else:
            old_columns = [f["name"] for f in before_resource["schema"]["fields"]]
            added = [c for c in columns if c not in old_columns]
            removed = [c for c in old_columns if c not in columns]
            if added:
                schema.append("fields added: " + ", ".join(added))
            if removed:
                schema.append("fields removed: " + ", ".join(removed))
        now = new.rows(resource, columns) or {}
        before = (old.rows(before_resource, columns) if before_resource else None) or {}
        created = sorted(r for r in now if r not in before)
        deleted = sorted(r for r in before if r not in now)
        updated = sorted(r for r in now if r in before and now[r][0] != before[r][0])
        totals["created"] += len(created)
        totals["updated"] += len(updated)
        totals["deleted"] += len(deleted)
        if not (created or deleted or updated or schema):
            continue
        print(f"\n{name}: {len(created)} created, {len(updated)} updated, {len(deleted)} deleted" + ("; " + "; ".join(schema) if schema else ""))
        if args.summary:
            continue
        for rid in created:
            print(f"  + {rid}")
        for rid in deleted:
            print(f"  - {rid}")
        for rid in updated:
            print(f"  ~ {rid}")
            for column, a, b in zip(columns, before[rid][0], now[rid][0]):
                if a != b:
                    print(f"      {column}: {short(a, args.full)} -> {short(b, args.full)}")
    print(f"\ntotal: {totals['created']} created, {totals['updated']} updated, {totals['deleted']} deleted")


if __name__ == "__main__":
    main()
