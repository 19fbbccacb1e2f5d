#!/usr/bin/env python3
"""Append a release's rows to data/record_changes.csv, the history of every record.

How to run (from the repository root, standard library only), after bump_release.py has started the release:

    python3 src/tools/record_changes.py --release 2027.03.01
        Compares data/ with the release before 2027.03.01 in releases.csv, found in git: its tag
        v<version> if there is one, else the last commit at that version on the current branch (first
        parents only: a merged branch's own commits are not the release); it prints which.

    python3 src/tools/record_changes.py --release 2027.03.01 --check
        Writes nothing: exits 1 and lists the rows that are missing, wrong or extra when the history of
        2027.03.01 differs from what the data gives (an edit made after the history was written), or
        names the files that differ from 2027.03.01 as published, once it is (tagged, or its history committed).

    python3 src/tools/record_changes.py --release 2027.03.01 --previous git:v2027.02.01
    python3 src/tools/record_changes.py --release 2027.03.01 --previous /path/to/old/data
        Names the previous release: a git revision (a tag, a commit) or a copy of the dataset (an unzipped
        dataset.zip works too). It must be the release before 2027.03.01 in releases.csv, or the tool
        refuses (--any-previous accepts another one).

    python3 src/tools/record_changes.py --release 2026.11.23 --first
        The first release: every current record is `created`.

Options: --data DIR (default data) is the current dataset; --replace first drops
the rows the release already has (to rerun after more edits). It refuses a release
that is not in releases.csv (start it with bump_release.py) and one that is published
(tagged v<version>, or its history committed at git HEAD).

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
line endings. The service's loader checks the result (see data/README.md). A file it cannot read as
its table (not UTF-8, a byte-order mark, another separator, a row with too many or too few values) is
refused with its name and line before anything is written.
"""
import argparse
import csv
import datetime
import os
import sys

sys.dont_write_bytecode = True  # no __pycache__ left in src/tools for git status to show a curator
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from releases import (HISTORY, UNTRACKED, Dataset, ReleaseError, edits_to_published, previous_release, published,  # noqa: E402
                      version_before, wrong_previous)

FIELDS = ["release", "table_name", "record_id", "change"]


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


def next_day(version):
    day = datetime.date(*map(int, version.split("."))) + datetime.timedelta(days=1)
    return day.strftime("%Y.%m.%d")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--release", required=True, help="the release being prepared, as in releases.csv and datapackage.json")
    parser.add_argument("--data", default="data", help="the current dataset (default: data)")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--previous", help="the previous release: git:REVISION or a directory (default: found in git)")
    group.add_argument("--first", action="store_true", help="the first release: every record is created")
    parser.add_argument("--any-previous", action="store_true", help="accept a --previous that is not the release before this one")
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--replace", action="store_true", help="drop the release's existing rows first")
    action.add_argument("--check", action="store_true", help="write nothing; exit 1 listing the rows that differ from what it would write")
    args = parser.parse_args()
    try:
        run(args)
    except ReleaseError as e:
        sys.exit(str(e))


def run(args):
    current = Dataset(directory=args.data)
    package = current.package()
    versions = current.releases()
    if args.release not in versions:
        raise ReleaseError(f"release {args.release} is not in {args.data}/releases.csv: start it with bump_release.py first "
                           f"(python3 src/tools/bump_release.py {args.release} --summary ... --change ...), then write its history")
    if package.get("version") != args.release:
        raise ReleaseError(f"{args.data}/datapackage.json is at release {package.get('version')}, not {args.release}: "
                           "the history written is that of the release data/ holds")
    if args.check:
        edited = edits_to_published(args.release, current)
        if edited:
            raise ReleaseError(f"{args.release} is published ({published(args.release)}), but {args.data}/ differs from it in "
                               f"{', '.join(edited)}: a published release is never rewritten, and would be served changed under its "
                               f"old version. Undo the edits (git checkout -- {args.data}), or put them in the next release: "
                               f"python3 src/tools/bump_release.py {next_day(versions[0])} --summary ... --change ...")
    else:
        reason = published(args.release)
        if reason:
            raise ReleaseError(f"{args.release} is published ({reason}); its history is not rewritten. "
                               f"Put further edits in the next release: python3 src/tools/bump_release.py {next_day(versions[0])} --summary ... --change ...")
    # Parents come before the tables that embed into them in the package, but an embedded row may mark a
    # parent that is listed earlier, so the changes are computed over all tables before anything is written.
    resources = [r for r in package["resources"] if r["name"] not in UNTRACKED]
    previous = None
    if args.first:
        before = version_before(versions, args.release)
        if before is not None and not args.any_previous:
            raise ReleaseError(f"{args.release} is not the first release: {before} comes before it; leave --first out to compare with {before}")
    else:
        previous, version, description = previous_release(args.release, versions, args.previous)
        complaint = wrong_previous(args.release, versions, version, args.previous) if args.previous else None
        if complaint and not args.any_previous:
            raise ReleaseError(complaint + " (or add --any-previous if you mean it)")
        print(f"previous: {description}" + (f"\nwarning: {complaint}" if complaint else ""))

    history_path = os.path.join(args.data, HISTORY + ".csv")
    history = []
    if os.path.exists(history_path):
        with open(history_path, encoding="utf-8", newline="") as f:
            history = list(csv.DictReader(f))
    recorded = [h for h in history if h["release"] == args.release]
    if recorded and not (args.replace or args.check):
        raise ReleaseError(f"{history_path} already has rows for {args.release}; use --replace to recompute them")
    history = [h for h in history if h["release"] != args.release]
    deleted = {(h["table_name"], h["record_id"]) for h in history if h["change"] == "deleted"}

    found = changes(resources, current, previous)
    order = {r["name"]: i for i, r in enumerate(resources)}
    new_rows = []
    for (table, rid), change in sorted(found.items(), key=lambda item: (order[item[0][0]], item[0][1])):
        if change == "created" and (table, rid) in deleted:
            raise ReleaseError(f"{table} {rid} was deleted in an earlier release; a deleted id never comes back, so give the record a new id")
        new_rows.append({"release": args.release, "table_name": table, "record_id": rid, "change": change})

    if args.check:
        check(args.release, history_path, recorded, new_rows)
        return
    with open(history_path, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(history + new_rows)

    counts = {}
    for row in new_rows:
        counts.setdefault(row["table_name"], {}).setdefault(row["change"], 0)
        counts[row["table_name"]][row["change"]] += 1
    print(f"{args.release}: {len(new_rows)} row{'' if len(new_rows) == 1 else 's'} appended to {history_path}")
    for table, by_change in counts.items():
        print("  " + table + ": " + ", ".join(f"{n} {c}" for c, n in sorted(by_change.items())))


def check(release, history_path, recorded, computed):
    """Compare the rows the history has for the release with those the data gives; exit 1 when they differ."""
    have = {(r["table_name"], r["record_id"]): r["change"] for r in recorded}
    want = {(r["table_name"], r["record_id"]): r["change"] for r in computed}
    problems = []
    for key, change in want.items():
        if key not in have:
            problems.append(f"  missing: {key[0]} {key[1]} {change}")
        elif have[key] != change:
            problems.append(f"  wrong:   {key[0]} {key[1]} is {have[key]}, the data says {change}")
    for key, change in have.items():
        if key not in want:
            problems.append(f"  extra:   {key[0]} {key[1]} {change} (no such change in the data)")
    if problems:
        print(f"{history_path} does not match the data for {release}:")
        print("\n".join(problems))
        sys.exit(f"rerun: python3 src/tools/record_changes.py --release {release} --replace")
    print(f"{history_path}: the {len(recorded)} rows of {release} match the data")


if __name__ == "__main__":
    main()
