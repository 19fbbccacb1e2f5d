#!/usr/bin/env bash
# Runs the pandas and R snippets of data/README.md ("Loading the files with their types") in data/, and checks that
# they keep the values that type-guessing tools get wrong. Each runs where its tool is installed (Debian:
# apt-get install python3-pandas r-cran-readr) and is reported as skipped otherwise. The DuckDB snippet is run by
# the Maven build (TypedLoadingTest). Exits non-zero when a snippet that ran gave a wrong value.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
snippet() { # name: the fenced block after <!-- snippet:name ... -->
  awk -v name="$1" '$0 ~ "<!-- snippet:" name " " {found=1; next} found && /^```/ {if (inside) exit; inside=1; next} inside {print}' "$root/data/README.md"
}
cd "$root/data"
python=""
for candidate in python3 /usr/bin/python3; do # Debian's python3-pandas is for Debian's own python3
  if command -v "$candidate" >/dev/null && "$candidate" -c 'import pandas' 2>/dev/null; then python=$candidate; break; fi
done
if [ -n "$python" ]; then
  { snippet pandas; cat <<'PY'
nam = countries.loc[countries.iso3 == "NAM"].iloc[0]
assert nam.iso2 == "NA", nam.iso2
assert countries.loc[countries.iso3 == "AFG"].iloc[0].m49 == "004"
assert pd.isna(countries.loc[countries.iso3 == "ATA"].iloc[0].region)
assert "2026.11.23" in set(releases.version) and str(releases.released_on.dtype).startswith("datetime64")  # a version stays text
assert str(side_events.attendance.dtype) == "Int64"
print("pandas", pd.__version__, "ok")
PY
  } | "$python" -
else
  echo "pandas: skipped (not installed)"
fi
if command -v Rscript >/dev/null && Rscript -e 'library(readr)' >/dev/null 2>&1; then
  { snippet r; cat <<'R'
stopifnot(countries$iso2[countries$iso3 == "NAM"] == "NA")
stopifnot(countries$m49[countries$iso3 == "AFG"] == "004")
stopifnot(is.na(countries$region[countries$iso3 == "ATA"]))
stopifnot("2026.11.23" %in% releases$version, inherits(releases$released_on, "Date"))
stopifnot(is.integer(side_events$attendance))
cat("R readr", as.character(packageVersion("readr")), "ok\n")
R
  } | Rscript -
else
  echo "R: skipped (R or readr not installed)"
fi
