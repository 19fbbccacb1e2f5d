#!/usr/bin/env python3
"""Generate data/countries.csv for the Open Drug Policy CND dataset.

How to run (from the repository root):

    python3 src/tools/generate_countries.py
        Installs the pinned CLDR npm packages into a fresh temporary directory
        (needs `npm` and access to the npm registry), then writes
        data/countries.csv.

    python3 src/tools/generate_countries.py --node-modules /path/to/node_modules
        Uses CLDR packages already installed there, e.g. after
        `cd $(mktemp -d) && npm install cldr-core@48.2.0 cldr-localenames-full@48.2.0`.

Inputs (nothing is typed in by hand except the two observer states):
  * Debian package iso-codes 4.15.0 (`apt-get install iso-codes`):
    /usr/share/iso-codes/json/iso_3166-1.json -> alpha_3, alpha_2, numeric,
    name, official_name.
  * npm cldr-core 48.2.0: supplemental/territoryContainment.json -> the UN M49
    region (continent) and sub-region of each territory, and the group `UN`
    (the 193 UN Member States).
  * npm cldr-localenames-full 48.2.0: main/en/territories.json -> English names
    of the M49 regions and sub-regions; main/{ar,zh,en,fr,ru,es}/territories.json
    -> each territory's name in the six official UN languages (name_ar ...
    name_es: CLDR's default display name) and CLDR's alternative names
    (keys ending -alt-variant or -alt-short, e.g. Spanish "Costa de Marfil"),
    in name_variants. These are CLDR's common names, not the UN's formal names.
  * Observer states (Holy See VAT, State of Palestine PSE): the UN's own list of
    non-member observer states (source id `un-non-member-observer-states`).

Region rules: `_grouping` containers (EU, EZ, UN, 003, 419, 202 ...) and the
`-status-deprecated` / `-status-grouping` lists are ignored. The sub-region is
the direct container of the territory; the region is the continent (child of
001 World) containing that sub-region. A container that is not a numeric M49
code (CLDR's private "QO" Outlying Oceania) is not used: a territory whose
only container is QO (Antarctica) gets empty region and sub-region.

The script is deterministic and can be re-run at any time; it overwrites
data/countries.csv and prints the counts it checks (249 rows; 193 members,
2 observers, 54 none).
"""
import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile

ISO_CODES_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
CLDR_CORE_VERSION = "48.2.0"
CLDR_NAMES_PACKAGE = "cldr-localenames-full"
CLDR_NAMES_VERSION = "48.2.0"
OBSERVERS = {"VAT", "PSE"}
OBSERVER_SOURCE = "un-non-member-observer-states"
BASE_SOURCES = ["iso-codes", "cldr-core", "cldr-localenames-full"]
UN_LANGUAGES = ["ar", "zh", "en", "fr", "ru", "es"]
ALT_SUFFIXES = ("-alt-variant", "-alt-short")
CONTINENTS = {"002", "019", "142", "150", "009"}
FIELDS = ["iso3", "iso2", "m49", "name", "official_name", "region_m49", "region",
          "subregion_m49", "subregion", "name_ar", "name_zh", "name_en", "name_fr", "name_ru", "name_es",
          "name_variants", "un_status", "source_ids"]

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(REPO_ROOT, "data", "countries.csv")


def install_cldr():
    tmp = tempfile.mkdtemp(prefix="cldr-")
    cmd = ["npm", "install", "--no-audit", "--no-fund", "--prefix", tmp,
           f"cldr-core@{CLDR_CORE_VERSION}", f"{CLDR_NAMES_PACKAGE}@{CLDR_NAMES_VERSION}"]
    print("running:", " ".join(cmd), file=sys.stderr)
    subprocess.run(cmd, check=True)
    return os.path.join(tmp, "node_modules")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--node-modules", help="directory holding cldr-core and %s" % CLDR_NAMES_PACKAGE)
    ap.add_argument("--out", default=OUT)
    args = ap.parse_args()
    nm = args.node_modules or install_cldr()

    for pkg, want in (("cldr-core", CLDR_CORE_VERSION), (CLDR_NAMES_PACKAGE, CLDR_NAMES_VERSION)):
        with open(os.path.join(nm, pkg, "package.json"), encoding="utf-8") as f:
            got = json.load(f)["version"]
        if got != want:
            sys.exit(f"{pkg} is {got}, expected {want}")
        print(f"{pkg} {got}", file=sys.stderr)

    with open(ISO_CODES_JSON, encoding="utf-8") as f:
        iso = json.load(f)["3166-1"]
    with open(os.path.join(nm, "cldr-core", "supplemental", "territoryContainment.json"), encoding="utf-8") as f:
        tc = json.load(f)["supplemental"]["territoryContainment"]
    with open(os.path.join(nm, CLDR_NAMES_PACKAGE, "main", "en", "territories.json"), encoding="utf-8") as f:
        names = json.load(f)["main"]["en"]["localeDisplayNames"]["territories"]

    localized = {}
    for lang in UN_LANGUAGES:
        with open(os.path.join(nm, CLDR_NAMES_PACKAGE, "main", lang, "territories.json"), encoding="utf-8") as f:
            localized[lang] = json.load(f)["main"][lang]["localeDisplayNames"]["territories"]

    def names_of(a2):
        """The default name in each UN language, and the alternative names, without duplicates, in language order."""
        row = {f"name_{lang}": localized[lang].get(a2, "") for lang in UN_LANGUAGES}
        variants = []
        for lang in UN_LANGUAGES:
            for suffix in ALT_SUFFIXES:
                alt = localized[lang].get(a2 + suffix)
                if alt and alt not in variants and alt != row[f"name_{lang}"]:
                    variants.append(alt)
        if any(";" in v for v in variants):
            sys.exit(f"{a2}: a CLDR name contains ';', the separator of name_variants")
        row["name_variants"] = ";".join(variants)
        return row

    un_members = set(tc["UN"]["_contains"])
    if len(un_members) != 193:
        sys.exit(f"CLDR group UN has {len(un_members)} entries, expected 193")

    # parent map from the non-grouping, non-deprecated containers only
    parents = {}
    for key, val in tc.items():
        if "-status-" in key or val.get("_grouping") == "true":
            continue
        for child in val["_contains"]:
            parents.setdefault(child, []).append(key)

    def is_m49(code):
        return len(code) == 3 and code.isdigit()

    rows = []
    exceptions = []
    for e in sorted(iso, key=lambda e: e["alpha_3"]):
        a2, a3 = e["alpha_2"], e["alpha_3"]
        ps = parents.get(a2, [])
        if len(ps) > 1:
            sys.exit(f"{a2} has several containers: {ps}")
        sub = ps[0] if ps and is_m49(ps[0]) else ""
        region = ""
        if sub:
            up = parents.get(sub, [])
            if len(up) != 1 or up[0] not in CONTINENTS:
                sys.exit(f"unexpected container chain for {a2}: {sub} -> {up}")
            region = up[0]
        else:
            exceptions.append(f"{a3}: CLDR container {ps or 'none'} is not an M49 code; region left empty")
        if a3 in OBSERVERS:
            status = "observer"
        elif a2 in un_members:
            status = "member"
        else:
            status = "none"
        src = list(BASE_SOURCES) + ([OBSERVER_SOURCE] if a3 in OBSERVERS else [])
        rows.append({
            "iso3": a3, "iso2": a2, "m49": e["numeric"].zfill(3),
            "name": e["name"], "official_name": e.get("official_name", ""),
            "region_m49": region, "region": names[region] if region else "",
            "subregion_m49": sub, "subregion": names[sub] if sub else "",
            **names_of(a2),
            "un_status": status, "source_ids": ";".join(src),
        })

    iso_a2 = {e["alpha_2"] for e in iso}
    missing = un_members - iso_a2
    if missing:
        sys.exit(f"UN members not in iso-codes: {sorted(missing)}")
    if un_members & {"VA", "PS"}:
        sys.exit("an observer state is in CLDR's UN group")

    for lang in UN_LANGUAGES:
        missing_names = [r["iso3"] for r in rows if not r[f"name_{lang}"]]
        if missing_names:
            print(f"no CLDR {lang} name for: {missing_names}", file=sys.stderr)
    counts = {s: sum(r["un_status"] == s for r in rows) for s in ("member", "observer", "none")}
    print(f"rows={len(rows)} counts={counts}", file=sys.stderr)
    for x in exceptions:
        print("exception:", x, file=sys.stderr)
    assert len(rows) == 249, len(rows)
    assert counts == {"member": 193, "observer": 2, "none": 54}, counts

    with open(args.out, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=FIELDS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
