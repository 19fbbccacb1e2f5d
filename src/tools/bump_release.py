#!/usr/bin/env python3
"""Start a new data release: set its version in datapackage.json and add its row to releases.csv.

How to run (from the repository root, standard library only):

    python3 src/tools/bump_release.py 2027.03.01 --summary "One line on the release." \\
        --change "Sessions: CND 70 added." --change "Countries regenerated from CLDR 49."

The version is the release date, YYYY.MM.DD; `created` in datapackage.json becomes that day at 00:00Z
and `released_on` in releases.csv that day. The new row goes first (releases.csv is newest first).
It refuses a version that is not a date, a date that is not after the latest release, or a version
that already exists; --replace rewrites the summary and changes of the release already being prepared
(the current version in datapackage.json). Then write its history with record_changes.py.
"""
import argparse
import csv
import datetime
import json
import os
import re
import sys

FIELDS = ["version", "released_on", "summary", "changes"]


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
    package_path = os.path.join(args.data, "datapackage.json")
    releases_path = os.path.join(args.data, "releases.csv")
    with open(package_path, encoding="utf-8") as f:
        package = json.load(f)
    with open(releases_path, encoding="utf-8", newline="") as f:
        releases = list(csv.DictReader(f))

    existing = [r for r in releases if r["version"] == args.version]
    if existing and not (args.replace and package["version"] == args.version):
        sys.exit(f"release {args.version} already exists; use --replace to rewrite the release being prepared")
    releases = [r for r in releases if r["version"] != args.version]
    latest = max((r["released_on"] for r in releases), default=None)
    if latest is not None and day.isoformat() <= latest:
        sys.exit(f"{args.version} is not after the latest release ({latest}); releases are ordered by date, at most one a day")

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
    print("next: python3 src/tools/record_changes.py --release " + args.version + " --previous git:<previous release tag>")


if __name__ == "__main__":
    main()
