#!/usr/bin/env bash
# Captures a real response of each operation into src/main/resources/openapi-examples/, where the
# OpenAPI filter attaches it as the operation's example. Run against a service started from this
# checkout (./mvnw quarkus:run or java -jar), then rebuild so openapi/ picks the examples up:
#   src/tools/capture-openapi-examples.sh http://127.0.0.1:8080 && ./mvnw package -DskipTests
set -euo pipefail
base=${1:-http://127.0.0.1:8080}
out=$(cd "$(dirname "$0")/../main/resources/openapi-examples" && pwd)
capture() { # operationId path [python expression shortening d, the parsed body]
  curl -fsS --max-time 10 "$base$2" | python3 -c '
import json, sys
d = json.load(sys.stdin)
if len(sys.argv) > 2:
    exec(sys.argv[2])
text = json.dumps(d, ensure_ascii=False, indent=2).replace(sys.argv[3], "https://api.opendrugpolicy.org")
open(sys.argv[1], "w").write(text)' "$out/$1.json" "${3:-}" "$base"
  echo "$1 <- $2"
}
# A list's text/csv example: the header and first two rows of the same query with format=csv.
capture_csv() { # operationId path
  curl -fsS --max-time 10 "$base$2" | python3 -c '
import csv, io, sys
rows = list(csv.reader(io.StringIO(sys.stdin.read(), newline="")))[:3]
out = io.StringIO(newline="")
csv.writer(out, lineterminator="\n").writerows(rows)
open(sys.argv[1], "w", newline="").write(out.getvalue())' "$out/$1.csv"
  echo "$1 <- $2 (CSV)"
}
capture getApiIndex /api/v1
capture listCountries "/api/v1/countries?q=cote%20d%27ivoire&size=2"
capture getCountry /api/v1/countries/CIV
capture listCountryVotes "/api/v1/countries/CIV/votes?size=2"
capture listSessions "/api/v1/sessions?size=2"
capture getSession /api/v1/sessions/cnd-68
capture listResolutions "/api/v1/resolutions?symbol=E/CN.7/2025/L.2/Rev.1&size=2"
capture getResolution /api/v1/resolutions/cnd-68-l6
capture listResolutionSponsors "/api/v1/resolutions/cnd-68-l3/sponsors?size=2"
capture listResolutionVotes "/api/v1/resolutions/cnd-68-l6/votes?vote=against&size=2"
capture listSponsors "/api/v1/sponsors?session=cnd-68&size=2"
capture getSponsor /api/v1/sponsors/COL
capture listSideEvents "/api/v1/side-events?session=cnd-68&sort=-attendance&size=2"
capture getSideEvent /api/v1/side-events/cnd-68-clarifying-harm-reduction
capture listOrganizations "/api/v1/organizations?q=villa%20maraini&size=2"
capture getOrganization /api/v1/organizations/villa-maraini
capture listOrganizationSideEvents "/api/v1/organizations/villa-maraini/side-events?size=2"
capture listMeetings "/api/v1/meetings?session=cnd-68&size=2"
capture listSources "/api/v1/sources?q=idpc&size=2"
capture getSource /api/v1/sources/seed-knowmad-cnd68
capture listTopics "/api/v1/topics?size=2"
capture listExports "/api/v1/exports" 'd["exports"] = [e for e in d["exports"] if e["file"] in ("side_events.csv", "side_events.ndjson", "dataset.zip")]' 
capture getCatalog "/api/v1/catalog" 'ds = d["dcat:dataset"][0]; ds["dcat:distribution"] = [x for x in ds["dcat:distribution"] if x["@id"].endswith(("side_events.csv", "dataset.zip"))]' 
capture listReleases "/api/v1/releases?size=2"
capture getRelease "/api/v1/releases/2026.11.23"
capture listChanges "/api/v1/changes?since=2026-11-22&table=side_events&size=2"
capture getExport "/api/v1/exports/sessions.json"
capture getCoHostingNetwork "/api/v1/networks/co-hosting?session=cnd-67"
capture getCoSponsorshipNetwork "/api/v1/networks/co-sponsorship?session=cnd-68&claimStatus=confirmed"
capture groupSideEvents "/api/v1/side-events/groups?by=organizer&session=cnd-68"
capture groupResolutions "/api/v1/resolutions/groups?by=sponsor&session=cnd-68"
capture groupOrganizations "/api/v1/organizations/groups?by=type"
capture groupMeetings "/api/v1/meetings/groups?by=counterpart&session=cnd-68"
capture groupCountries "/api/v1/countries/groups?by=region&unStatus=member"
capture listSchedulingDecisions "/api/v1/scheduling-decisions?session=cnd-68&size=2"
capture getSchedulingDecision /api/v1/scheduling-decisions/cnd-63-rec-5-1
capture listSchedulingDecisionVotes "/api/v1/scheduling-decisions/cnd-63-rec-5-1/votes?vote=against&size=2"
capture groupSchedulingDecisions "/api/v1/scheduling-decisions/groups?by=session"
capture listSubstances "/api/v1/substances?q=cannabis&size=2"
capture getSubstance /api/v1/substances/dronabinol
capture listSubstanceSchedulingDecisions "/api/v1/substances/carfentanil/scheduling-decisions?size=2"
capture listBureauMembers "/api/v1/bureau-members?office=chair&size=2"
capture getBureauMember /api/v1/bureau-members/cnd-60-chair
capture groupBureauMembers "/api/v1/bureau-members/groups?by=country&office=chair"
capture listConflicts "/api/v1/conflicts?size=2"
capture getConflict /api/v1/conflicts/c1
capture_csv listCountries "/api/v1/countries?q=cote%20d%27ivoire&format=csv"
capture_csv listCountryVotes "/api/v1/countries/CIV/votes?format=csv"
capture_csv listSessions "/api/v1/sessions?format=csv"
capture_csv listResolutions "/api/v1/resolutions?session=cnd-68&format=csv"
capture_csv listResolutionSponsors "/api/v1/resolutions/cnd-68-l3/sponsors?format=csv"
capture_csv listResolutionVotes "/api/v1/resolutions/cnd-68-l6/votes?vote=against&format=csv"
capture_csv listSponsors "/api/v1/sponsors?session=cnd-68&format=csv"
capture_csv listSideEvents "/api/v1/side-events?session=cnd-68&sort=-attendance&format=csv"
capture_csv listOrganizations "/api/v1/organizations?q=villa%20maraini&format=csv"
capture_csv listOrganizationSideEvents "/api/v1/organizations/villa-maraini/side-events?format=csv"
capture_csv listMeetings "/api/v1/meetings?session=cnd-68&format=csv"
capture_csv listSources "/api/v1/sources?q=idpc&format=csv"
capture_csv listTopics "/api/v1/topics?format=csv"
capture_csv listReleases "/api/v1/releases?format=csv"
capture_csv listSchedulingDecisions "/api/v1/scheduling-decisions?session=cnd-68&format=csv"
capture_csv listSchedulingDecisionVotes "/api/v1/scheduling-decisions/cnd-63-rec-5-1/votes?vote=against&format=csv"
capture_csv listSubstances "/api/v1/substances?q=cannabis&format=csv"
capture_csv listSubstanceSchedulingDecisions "/api/v1/substances/carfentanil/scheduling-decisions?format=csv"
capture_csv listBureauMembers "/api/v1/bureau-members?office=chair&format=csv"
capture_csv listConflicts "/api/v1/conflicts?format=csv"
