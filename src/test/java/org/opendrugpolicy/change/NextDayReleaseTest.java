package org.opendrugpolicy.change;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.netty.handler.codec.DateFormatter;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendrugpolicy.CurrentRelease;

/**
 * A release dated the next day, as the curators' steps date one when today already has a release, served before that day
 * begins: its instant is still ahead of the server's clock. RFC 9110 (section 8.8.2.1) forbids a Last-Modified later than
 * the answer's Date; the sender uses the time of the answer instead. (A new user's trial got "Last-Modified: Fri, 04 Dec
 * 2026 00:00:00 GMT" with "Date: Thu, 03 Dec 2026 21:19:17 GMT".)
 */
@QuarkusTest
@TestProfile(NextDayReleaseTest.NextDayRelease.class)
class NextDayReleaseTest {
    /** Tomorrow, by the clock of the machine running the test. */
    static final LocalDate TOMORROW = LocalDate.now(ZoneOffset.UTC).plusDays(1);
    static final String VERSION = TOMORROW.toString().replace('-', '.');

    public static class NextDayRelease implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Path dir = TwoReleasesTest.TwoReleases.copyOfData("odp-next-day-release-");
                String current = CurrentRelease.VERSION;
                TwoReleasesTest.TwoReleases.edit(dir, "datapackage.json", text -> TwoReleasesTest.TwoReleases.replaceOnce(
                        TwoReleasesTest.TwoReleases.replaceOnce(text, "\"version\": \"" + current + "\"", "\"version\": \"" + VERSION + "\""),
                        "\"created\": \"" + current.replace('.', '-') + "T00:00:00Z\"", "\"created\": \"" + TOMORROW + "T00:00:00Z\""));
                TwoReleasesTest.TwoReleases.edit(dir, "releases.csv", text -> text + VERSION + "," + TOMORROW + ",Tomorrow's release (test).,No change.\n");
                return Map.of("odp.dataset.directory", dir.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void lastModifiedIsNeverLaterThanDate() {
        given().get("/api/v1").then().statusCode(200).header("ETag", org.hamcrest.Matchers.notNullValue());
        // a record (twice: the second answer comes from the response cache), a list, a page of CSV and an export file
        for (String url : new String[] {"/api/v1/sessions/cnd-68", "/api/v1/sessions/cnd-68", "/api/v1/sessions",
            "/api/v1/sessions?format=csv", "/api/v1/exports/sessions.csv"}) {
            Response answer = given().get(url);
            assertEquals(200, answer.statusCode(), url);
            Date sent = DateFormatter.parseHttpDate(answer.header("Date"));
            Date modified = DateFormatter.parseHttpDate(answer.header("Last-Modified"));
            assertNotNull(sent, url + ": Date " + answer.header("Date"));
            assertNotNull(modified, url + ": Last-Modified " + answer.header("Last-Modified"));
            assertFalse(modified.after(sent), url + ": Last-Modified " + answer.header("Last-Modified") + " after Date " + answer.header("Date"));
            // what it says revalidates: nothing changed since
            given().header("If-Modified-Since", answer.header("Last-Modified")).get(url).then().statusCode(304);
        }
    }

    @Test
    void theReleaseServedIsTomorrows() {
        given().get("/api/v1/releases").then().statusCode(200).body("data[0].version", org.hamcrest.Matchers.equalTo(VERSION));
    }
}
