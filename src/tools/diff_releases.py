#!/usr/bin/env python3
"""Show what changed between two releases of the dataset, record by record and field by field.

How to run (from the repository root, standard library only):

    python3 src/tools/diff_releases.py
        Compares data/ (the release being prepared) with the release before it in releases.csv, found
        in git: its tag v<version> if there is one, else the last commit at that version on the current
        branch (first parents only), as record_changes.py finds it (it prints which).

    python3 src/tools/diff_releases.py git:v2026.11.30
        Compares data/ with data/ at a git revision (a tag, a commit); --previous git:... is the same.
        It warns when that is not the release before data/'s in releases.csv.

    python3 src/tools/diff_releases.py /path/to/old/data --new /path/to/new/data
        Compares two directories (an unzipped dataset.zip works too).

    python3 src/tools/diff_releases.py --table sessions,resolutions --summary

For every table of the new datapackage.json (releases and record_changes aside) it prints the records
created and deleted, and for each updated record the fields whose value changed, old -> new (long
values are shortened; --full prints them whole). Columns the old release did not have count as empty,
as in record_changes.py, so the report matches what record_changes.py will write (embedded rows also
mark their parent there; here they are listed under their own table). Also prints the schema changes:
tables and fields added or removed. Exit code 0; nothing is written.
"""
import argparse
import os
import sys

sys.dont_write_bytecode = True  # no __pycache__ left in src/tools for git status to show a curator
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from releases import UNTRACKED, Dataset, ReleaseError, git, previous_release, published, wrong_previous  # noqa: E402


def datasets(args, spec):
    new = Dataset.of(args.new)
    new_pkg = new.package()
    version = new_pkg.get("version")
    versions = new.releases()
    if version not in versions and not (spec and args.any_previous):
        raise ReleaseError(f"{args.new} is at version {version}, which its releases.csv does not list: start the release with "
                           "bump_release.py (or name both releases and add --any-previous)")
    old, old_version, description = previous_release(version, versions, spec)
    print(f"old: {description}")
    print(f"new: release {version}: {args.new}")
    if args.new == "data" and git("status", "--porcelain", "--", "data") and published(version):
        print(f"warning: data/ has uncommitted edits, but its release {version} is published: start the next release "
              "with bump_release.py (README.md, \"Publishing a data release\")", file=sys.stderr)
    complaint = wrong_previous(version, versions, old_version, spec) if spec and not args.any_previous else None
    if complaint:
        print(f"warning: {complaint}", file=sys.stderr)
    return old, new, old.package(), new_pkg


def short(value, full):
    value = value or ""
    if full or len(value) <= 80:
        return repr(value)
    return repr(value[:77] + "...")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("old", nargs="?", help="the previous release: git:REVISION or a directory (default: found in git)")
    parser.add_argument("--previous", help="the same as OLD")
    parser.add_argument("--new", default="data", help="the new release (default: data)")
    parser.add_argument("--table", help="only these tables, comma-separated")
    parser.add_argument("--summary", action="store_true", help="counts per table only")
    parser.add_argument("--full", action="store_true", help="print long values whole")
    parser.add_argument("--any-previous", action="store_true", help="no warning when OLD is not the release before the new one")
    args = parser.parse_args()
    if args.old and args.previous:
        parser.error("give the previous release once: OLD or --previous")
    try:
        compare(args, *datasets(args, args.old or args.previous))
    except ReleaseError as e:
        sys.exit(str(e))


def compare(args, old, new, old_pkg, new_pkg):
    """Prints what changed from old to new, table by table; a file that cannot be read as its table is a ReleaseError."""
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
