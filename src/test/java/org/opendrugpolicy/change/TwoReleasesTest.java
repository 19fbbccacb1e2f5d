package org.opendrugpolicy.change;

import org.opendrugpolicy.api.AbsoluteLinksTest;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.opendrugpolicy.CurrentRelease;
import org.opendrugpolicy.DataCsv;

/**
 * One more release on top of data/ (whose releases are 2026.11.23, 2026.11.30 and so on up to {@link CurrentRelease}): the
 * next day's release, {@link #NEXT}, renames one side event (updated), drops one meeting (deleted) and adds one topic
 * (created). Records carry the releases that created and last changed them, lists filter on updatedSince, and the changes
 * feed lists all three, the deletion included.
 */
@QuarkusTest
@TestProfile(TwoReleasesTest.TwoReleases.class)
class TwoReleasesTest {
    static final String UPDATED = "cnd-68-clarifying-harm-reduction";
    static final String DELETED = "cnd-67-honduras";
    static final String CREATED = "test-new-topic";
    /** The release data/ holds, as a version, a date and the instant it was published. */
    static final String CURRENT = CurrentRelease.VERSION;
    static final String CURRENT_DATE = CURRENT.replace('.', '-');
    /** The test's release, the day after. */
    static final String NEXT = LocalDate.parse(CURRENT_DATE).plusDays(1).toString().replace('-', '.');
    static final String NEXT_DATE = NEXT.replace('.', '-');

    public static class TwoReleases implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("odp.dataset.directory", build().toString());
        }

        static Path build() {
            try {
                Path dir = copyOfData("odp-two-releases-");
                edit(dir, "datapackage.json", text -> replaceOnce(text, "\"version\": \"" + CURRENT + "\"", "\"version\": \"" + NEXT + "\""));
                edit(dir, "releases.csv", text -> text + NEXT + "," + NEXT_DATE + ",Next release (test).,\"One side event renamed, one meeting dropped, one topic added.\"\n");
                edit(dir, "side_events.csv", text -> text.lines()
                        .map(line -> line.startsWith(UPDATED + ",") ? replaceOnce(line, "Global Well-Being", "Global Wellbeing") : line)
                        .collect(Collectors.joining("\n", "", "\n")));
                edit(dir, "meetings.csv", text -> text.lines().filter(line -> !line.startsWith(DELETED + ","))
                        .collect(Collectors.joining("\n", "", "\n")));
                edit(dir, "topics.csv", text -> text + CREATED + ",A new topic,Added in the third release.,odp-topic-vocabulary\n");
                edit(dir, "record_changes.csv", text -> text
                        + NEXT + ",side_events," + UPDATED + ",updated\n"
                        + NEXT + ",meetings," + DELETED + ",deleted\n"
                        + NEXT + ",topics," + CREATED + ",created\n");
                dir.toFile().deleteOnExit();
                return dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** A copy of data/ in a temporary directory. */
        static Path copyOfData(String prefix) throws IOException {
            Path dir = Files.createTempDirectory(prefix);
            try (Stream<Path> files = Files.list(Path.of("data"))) {
                for (Path file : files.toList()) {
                    Files.copy(file, dir.resolve(file.getFileName()));
                }
            }
            return dir;
        }

        static void edit(Path dir, String file, java.util.function.UnaryOperator<String> change) throws IOException {
            Files.writeString(dir.resolve(file), change.apply(Files.readString(dir.resolve(file), StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        }

        static String replaceOnce(String text, String from, String to) {
            int at = text.indexOf(from);
            if (at < 0 || text.indexOf(from, at + 1) >= 0) {
                throw new IllegalStateException("expected exactly one '" + from + "'");
            }
            return text.substring(0, at) + to + text.substring(at + from.length());
        }
    }

    @Test
    void aRecordCarriesTheReleasesThatCreatedAndLastChangedIt() {
        given().when().get("/api/v1/side-events/" + UPDATED).then().statusCode(200)
                .body("title", equalTo("Clarifying Harm Reduction: A Return to Public Health and Global Wellbeing"))
                .body("createdAt", equalTo("2026-11-23T00:00:00Z"))
                .body("updatedAt", equalTo(NEXT_DATE + "T00:00:00Z"))
                .body("updatedIn", equalTo(NEXT));
        given().when().get("/api/v1/side-events/cnd-68-innovations-continuity-of-care").then().statusCode(200)
                .body("createdAt", equalTo("2026-11-23T00:00:00Z"))
                .body("updatedAt", equalTo("2026-11-30T00:00:00Z"))
                .body("updatedIn", equalTo("2026.11.30"));
        given().when().get("/api/v1/side-events/cnd-62-overdose-management").then().statusCode(200)
                .body("createdAt", equalTo("2026-11-30T00:00:00Z"))
                .body("updatedIn", equalTo("2026.11.30"));
        given().queryParam("id", CREATED).when().get("/api/v1/topics").then().statusCode(200)
                .body("data.createdAt", contains(NEXT_DATE + "T00:00:00Z"))
                .body("data.updatedIn", contains(NEXT));
    }

    @Test
    void updatedSinceKeepsRecordsChangedInAReleaseStrictlyAfterIt() {
        // The current release's own instant, as a date-time or a date: only what the next release changed.
        // The release itself by its version (what a harvester holds, as /changes?since= takes it) reads as its instant.
        for (String since : new String[] {CURRENT_DATE + "T00:00:00Z", CURRENT_DATE, CURRENT_DATE + "T23:59:59Z", CURRENT_DATE + "T12:00:00+01:00", CURRENT}) {
            given().queryParam("updatedSince", since).when().get("/api/v1/side-events").then().statusCode(200)
                    .body("meta.total", equalTo(1)).body("data.id", contains(UPDATED));
            given().queryParam("updatedSince", since).when().get("/api/v1/topics").then().statusCode(200)
                    .body("data.id", contains(CREATED));
            given().queryParam("updatedSince", since).when().get("/api/v1/meetings").then().statusCode(200)
                    .body("meta.total", equalTo(0));
        }
        // Just before the first release: everything; at or after the next: nothing.
        given().queryParam("updatedSince", "2026-11-22T23:59:59Z").when().get("/api/v1/side-events").then().statusCode(200)
                .body("meta.total", equalTo(DataCsv.rows("side_events").size()));
        given().queryParam("updatedSince", "2026-11-22").when().get("/api/v1/meetings").then().statusCode(200)
                .body("meta.total", equalTo(DataCsv.rows("meetings").size() - 1)).body("data.id", not(hasItem(DELETED)));
        given().queryParam("updatedSince", NEXT_DATE + "T00:00:00Z").when().get("/api/v1/side-events").then().statusCode(200)
                .body("meta.total", equalTo(0)).body("data", empty());
        // Combined with other filters and on the organization's side events.
        given().queryParam("updatedSince", CURRENT_DATE).queryParam("session", "cnd-67").when().get("/api/v1/side-events").then().statusCode(200)
                .body("meta.total", equalTo(0));
        // the CND 67 events data/'s history has changed after its first release
        java.util.Set<String> cnd67 = DataCsv.rows("side_events").stream().filter(e -> e.get("session_id").equals("cnd-67")).map(e -> e.get("id"))
                .collect(Collectors.toSet());
        long cnd67ChangedLater = DataCsv.rows("record_changes").stream()
                .filter(c -> c.get("table_name").equals("side_events") && cnd67.contains(c.get("record_id")) && !c.get("release").equals("2026.11.23"))
                .map(c -> c.get("record_id")).distinct().count();
        given().queryParam("updatedSince", "2026-11-23").queryParam("session", "cnd-67").when().get("/api/v1/side-events").then().statusCode(200)
                .body("meta.total", equalTo((int) cnd67ChangedLater));
        given().queryParam("updatedSince", CURRENT_DATE).when().get("/api/v1/organizations/ifrc/side-events").then().statusCode(200)
                .body("data.id", contains(UPDATED));
    }

    @Test
    void theChangesFeedListsCreatedUpdatedAndDeletedIds() {
        for (String since : new String[] {CURRENT, CURRENT_DATE, CURRENT_DATE + "T00:00:00Z", CURRENT_DATE + "T10:00:00-05:00"}) {
            given().queryParam("since", since).when().get("/api/v1/changes").then().statusCode(200)
                    .body("meta.total", equalTo(3))
                    .body("data.table", contains("meetings", "side_events", "topics"))
                    .body("data.id", contains(DELETED, UPDATED, CREATED))
                    .body("data.change", contains("deleted", "updated", "created"))
                    .body("data.release", everyItem(equalTo(NEXT)))
                    .body("data.changedAt", everyItem(equalTo(NEXT_DATE + "T00:00:00Z")))
                    .body("data.href", contains(nullValue(), equalTo(AbsoluteLinksTest.link("/api/v1/side-events/") + UPDATED),
                            equalTo(AbsoluteLinksTest.link("/api/v1/topics/") + CREATED)))
                    .body("meta.releases.version", contains(NEXT))
                    .body("meta.latest", equalTo(NEXT))
                    .body("meta.tables.meetings.deleted", equalTo(1))
                    .body("meta.tables.side_events.updated", equalTo(1))
                    .body("meta.tables.topics.created", equalTo(1));
        }
        given().queryParam("since", CURRENT).queryParam("table", "meetings,topics").when().get("/api/v1/changes").then().statusCode(200)
                .body("data.id", contains(DELETED, CREATED));
    }

    @Test
    void theChangesFeedAsCsvHasEveryChangeAndNoLinks() {
        // the contract offered format= on the feed and the 406 said lists come as CSV, but the feed refused both
        String expected = "table,id,change,release,changedAt\n"
                + "meetings," + DELETED + ",deleted," + NEXT + "," + NEXT_DATE + "T00:00:00Z\n"
                + "side_events," + UPDATED + ",updated," + NEXT + "," + NEXT_DATE + "T00:00:00Z\n"
                + "topics," + CREATED + ",created," + NEXT + "," + NEXT_DATE + "T00:00:00Z\n";
        for (var request : java.util.List.of(given().queryParam("format", "csv"), given().accept("text/csv"))) {
            String body = request.queryParam("since", CURRENT).queryParam("size", 1).when().get("/api/v1/changes").then().statusCode(200)
                    .contentType(containsString("text/csv")).header("Link", nullValue()).extract().asString();
            org.junit.jupiter.api.Assertions.assertEquals(expected, body.replace("\r\n", "\n"));
        }
        given().queryParam("since", CURRENT).queryParam("format", "csv").queryParam("fields", "id,change").when().get("/api/v1/changes").then().statusCode(200)
                .body(startsWith("id,change"));
        given().queryParam("since", CURRENT).queryParam("format", "xml").when().get("/api/v1/changes").then().statusCode(400)
                .body("errors.name", contains("format"));
    }

    @Test
    void aSinceBeforeTheFirstReleaseListsEveryCurrentRecordAsCreated() {
        // Every record of data/'s release (those its history created and did not delete), one meeting fewer and one topic
        // more: the deleted meeting was never seen, so it is left out.
        var history = DataCsv.rows("record_changes");
        int records = (int) (history.stream().filter(c -> c.get("change").equals("created")).count() - history.stream().filter(c -> c.get("change").equals("deleted")).count());
        java.util.List<String> releases = new java.util.ArrayList<>(DataCsv.rows("releases").stream().map(r -> r.get("version")).sorted().toList());
        releases.add(NEXT);
        given().queryParam("since", "2020-01-01").queryParam("size", 200).when().get("/api/v1/changes").then().statusCode(200)
                .body("meta.total", equalTo(records))
                .body("meta.releases.version", contains(releases.toArray()))
                .body("meta.tables.meetings.created", equalTo(DataCsv.rows("meetings").size() - 1))
                .body("meta.tables.meetings.deleted", equalTo(0))
                .body("meta.tables.side_events.created", equalTo(DataCsv.rows("side_events").size()))
                .body("meta.tables.side_events.updated", equalTo(0))
                .body("data.change", everyItem(equalTo("created")));
    }

    @Test
    void aSinceAtOrAfterTheLatestReleaseListsNothing() {
        for (String since : new String[] {NEXT, NEXT_DATE, "2099-01-01T00:00:00Z"}) {
            given().queryParam("since", since).when().get("/api/v1/changes").then().statusCode(200)
                    .body("meta.total", equalTo(0)).body("data", empty()).body("meta.releases", empty())
                    .body("meta.latest", equalTo(NEXT));
        }
    }

    @Test
    void theFeedPagesByNumberAndByCursor() {
        given().queryParam("since", CURRENT).queryParam("size", 2).when().get("/api/v1/changes").then().statusCode(200)
                .body("data.id", contains(DELETED, UPDATED)).body("meta.pages", equalTo(2))
                .body("links.next", equalTo(AbsoluteLinksTest.link("/api/v1/changes?since=" + CURRENT + "&page=2&size=2")));
        given().queryParam("since", CURRENT).queryParam("size", 2).queryParam("page", 2).when().get("/api/v1/changes").then().statusCode(200)
                .body("data.id", contains(CREATED));
        String next = given().queryParam("since", CURRENT).queryParam("size", 2).queryParam("cursor", "").when().get("/api/v1/changes")
                .then().statusCode(200).body("data.id", contains(DELETED, UPDATED)).extract().path("meta.nextCursor");
        given().queryParam("since", CURRENT).queryParam("size", 2).queryParam("cursor", next).when().get("/api/v1/changes")
                .then().statusCode(200).body("data.id", contains(CREATED)).body("meta.nextCursor", nullValue());
    }

    @Test
    void badSinceAndTableAreProblems() {
        given().when().get("/api/v1/changes").then().statusCode(400)
                .body("errors.name", contains("since")).body("errors.reason", contains(containsString("is required")));
        for (String since : new String[] {"yesterday", "2026-13-01", "2026-11-23T10:00:00", "2026.13.99"}) {
            given().queryParam("since", since).when().get("/api/v1/changes").then().statusCode(400)
                    .body("errors.name", contains("since"));
        }
        // a malformed since is told every form since takes, the release version first (the form meta.latest gives)
        given().queryParam("since", "yesterday").when().get("/api/v1/changes").then().statusCode(400)
                .body("errors.reason", contains("must be a release version (2026.11.23), an ISO 8601 date (2026-11-23) or an RFC 3339 "
                        + "date-time with an offset (2026-11-23T00:00:00Z), got 'yesterday'"));
        given().queryParam("since", "2025.01.01").when().get("/api/v1/changes").then().statusCode(400)
                .body("errors.reason", contains("no release has the version '2025.01.01'; see /api/v1/releases"));
        given().queryParam("since", CURRENT).queryParam("table", "side_events,releases").when().get("/api/v1/changes").then().statusCode(400)
                .body("errors.name", contains("table")).body("errors.reason", contains(containsString("'releases' is not a table with a history")));
        given().queryParam("updatedSince", "2026-11-23T10:00:00").when().get("/api/v1/resolutions").then().statusCode(400)
                .body("errors.name", contains("updatedSince"))
                .body("errors.reason", contains("must be a release version (2026.11.23), an ISO 8601 date (2026-11-23) or an RFC 3339 date-time with an "
                        + "offset (2026-11-23T00:00:00Z), got '2026-11-23T10:00:00'"));
        given().queryParam("updatedSince", "2026-11-23").queryParam("updatedSince", "2026-11-24").when().get("/api/v1/sessions").then().statusCode(400);
        // the mistakes a new user's harvester made, each told what it most likely meant
        String latest = given().queryParam("since", CURRENT).when().get("/api/v1/changes").then().extract().path("meta.latest");
        given().queryParam("since", "2999.01.01").when().get("/api/v1/changes").then().statusCode(400)
                .body("errors.reason", contains("no release has the version '2999.01.01'; see /api/v1/releases. This service serves releases up to "
                        + latest + ": a later one may be rolling out to other replicas of the service, so ask again later"));
        given().urlEncodingEnabled(false).when().get("/api/v1/resolutions?updatedSince=2026-11-23T09:30:00+01:00").then().statusCode(400)
                .body("errors.reason", contains("must be a release version (2026.11.23), an ISO 8601 date (2026-11-23) or an RFC 3339 date-time with an "
                        + "offset (2026-11-23T00:00:00Z), got '2026-11-23T09:30:00 01:00'; a + in a query string is read as a space: encode the offset's + as %2B"));
        // updatedSince takes a release version as since does, and refuses one no release has in the same words
        given().queryParam("updatedSince", latest).when().get("/api/v1/resolutions").then().statusCode(200).body("meta.total", equalTo(0));
        given().queryParam("updatedSince", "2999.01.01").queryParam("size", "0").when().get("/api/v1/resolutions").then().statusCode(400)
                .body("errors.name", contains("updatedSince", "size"))
                .body("errors.reason", hasItem("no release has the version '2999.01.01'; see /api/v1/releases. This service serves releases up to "
                        + latest + ": a later one may be rolling out to other replicas of the service, so ask again later"));
        given().queryParam("updatedSince", "2025.01.01").when().get("/api/v1/resolutions").then().statusCode(400)
                .body("errors.reason", contains("no release has the version '2025.01.01'; see /api/v1/releases"));
    }
}
