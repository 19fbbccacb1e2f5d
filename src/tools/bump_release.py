#!/usr/bin/env python3
"""Start a new data release: set its version in datapackage.json and add its row to releases.csv.

How to run (from the repository root, standard library only):

    python3 src/tools/bump_release.py 2027.03.01 --summary "One line on the release." \\
        --change "Sessions: CND 70 added." --change "Countries regenerated from CLDR 49."

The version is the release date, YYYY.MM.DD (today's; when today already has a release, the next
day's: one release a day at most); `created` in datapackage.json becomes that day at 00:00Z and
`released_on` in releases.csv that day. The new row goes first (releases.csv is newest first).

It refuses a version that is not a date, a date more than a day ahead of today (UTC; it warns of one
before today), a date that is not after the latest release, and a release
that is published (tagged v<version>, or its history committed: data/record_changes.csv at git HEAD has
rows for it), since those are served already: a fix goes into a new release. --replace rewrites the
release being prepared (data/datapackage.json's version, not yet published): its summary and changes,
or its date (its history rows are then dropped, to be written again). It prints the next commands.
"""
import argparse
import csv
import datetime
import json
import os
import re
import sys

sys.dont_write_bytecode = True  # no __pycache__ left in src/tools for git status to show a curator
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from releases import HISTORY, ReleaseError, find_release, published  # noqa: E402

FIELDS = ["version", "released_on", "summary", "changes"]


def next_day(released_on):
    return (datetime.date.fromisoformat(released_on) + datetime.timedelta(days=1)).strftime("%Y.%m.%d")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("version", help="the new release's version, YYYY.MM.DD")
    parser.add_argument("--summary", required=True, help="one sentence on the release")
    parser.add_argument("--change", action="append", default=[], help="one change, one line of releases.csv's changes; repeat")
    parser.add_argument("--data", default="data", help="the dataset directory (default: data)")
    parser.add_argument("--replace", action="store_true", help="rewrite the row of the release being prepared")
    args = parser.parse_args()

    if not re.fullmatch(r"[0-9]{4}\.[0-9]{2}\.[0-9]{2}", args.version):
        sys.exit(f"'{args.version}' is not a version YYYY.MM.DD")
    try:
        day = datetime.date(*map(int, args.version.split(".")))
    except ValueError:
        sys.exit(f"'{args.version}' is not a date")
    # A release's date is when it is published: a typo such as 2099 would order every later release after it, and a
    # release dated before today reaches harvesters that ask what changed since the last instant they read, too late.
    today = datetime.datetime.now(datetime.timezone.utc).date()
    if day > today + datetime.timedelta(days=1):
        sys.exit(f"{args.version} is more than a day ahead: a release is dated today ({today:%Y.%m.%d}, UTC) or, when today "
                 f"already has one, tomorrow ({today + datetime.timedelta(days=1):%Y.%m.%d})")
    if day < today:
        print(f"warning: {args.version} is before today ({today:%Y.%m.%d}, UTC): a release is dated the day it is published",
              file=sys.stderr)
    package_path = os.path.join(args.data, "datapackage.json")
    releases_path = os.path.join(args.data, "releases.csv")
    with open(package_path, encoding="utf-8") as f:
        package = json.load(f)
    with open(releases_path, encoding="utf-8", newline="") as f:
        releases = list(csv.DictReader(f))

    versions = [r["version"] for r in releases]
    current = package["version"]
    prepared = current if current in versions and not published(current) else None
    latest = max((r["released_on"] for r in releases), default=None)
    suggestion = next_day(latest) if latest else None
    if args.version in versions:
        reason = published(args.version)
        if reason:
            sys.exit(f"{args.version} is published ({reason}); start the next release with a later date, e.g. {suggestion} "
                     "(one release a day: when today already has a release, use the next day)")
        if args.version != prepared:
            sys.exit(f"release {args.version} is in {releases_path}, but {package_path} is at {current}; fix them by hand")
        if not args.replace:
            sys.exit(f"release {args.version} is being prepared (not published yet); --replace rewrites its summary and changes")
    elif prepared and not args.replace:
        sys.exit(f"release {prepared} is being prepared (not published yet): finish it first, or to give it the date "
                 f"{args.version} instead, add --replace")
    if args.replace and prepared is None:
        sys.exit(f"--replace rewrites the release being prepared, and there is none: {current} is published; start a new release without --replace")
    if args.replace:
        releases = [r for r in releases if r["version"] != prepared]
        if prepared != args.version:
            drop_history(args.data, prepared)
    latest = max((r["released_on"] for r in releases), default=None)
    if latest is not None and day.isoformat() <= latest:
        sys.exit(f"{args.version} is not after the latest release ({latest}); releases are ordered by date, at most one a day: "
                 f"use {next_day(latest)} or later")

    package["version"] = args.version
    package["created"] = day.isoformat() + "T00:00:00Z"
    with open(package_path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(package, f, ensure_ascii=False, indent=2)
        f.write("\n")
    releases.insert(0, {"version": args.version, "released_on": day.isoformat(), "summary": args.summary, "changes": "\n".join(args.change)})
    with open(releases_path, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(releases)
    print(f"{package_path}: version {args.version}, created {package['created']}")
    print(f"{releases_path}: {args.version} added ({len(args.change)} changes)")
    before = [r["version"] for r in releases[1:]]
    if before:
        try:
            commit, how = find_release(before[0])
            print(f"previous release: {before[0]}: {how}")
        except ReleaseError as e:
            print(f"warning: {e}")
    else:
        print("the first release: write its history with --first")
    record = f"python3 src/tools/record_changes.py --release {args.version}" + ("" if before else " --first")
    print("next: edit the CSV files in data/, then run these (README.md, \"Publishing a data release\"):")
    print(f"  {record}")
    print(f"  {record} --check")
    print("  src/tools/validate-data.sh")
    if before:
        print("  python3 src/tools/diff_releases.py --summary")


def drop_history(data, version):
    path = os.path.join(data, HISTORY + ".csv")
    if not os.path.exists(path):
        return
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        fields, rows = reader.fieldnames, list(reader)
    kept = [r for r in rows if r["release"] != version]
    if len(kept) == len(rows):
        return
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(kept)
    print(f"{path}: the {len(rows) - len(kept)} rows of {version} removed; write its history again (below)")


if __name__ == "__main__":
    main()
