package org.opendrugpolicy.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.opendrugpolicy.CurrentRelease;

@QuarkusTest
class HttpCachingTest {
    private static final RestAssuredConfig NO_GZIP = RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());

    /** RFC 9110's preferred HTTP date form, written out here rather than taken from the code under test. */
    private static final DateTimeFormatter IMF_FIXDATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US);

    private static Response plain(String path) {
        return given().config(NO_GZIP).header("Accept-Encoding", "identity").get(path);
    }

    @Test
    void theEtagIsTheHashOfTheBodySoItChangesWithTheData() throws Exception {
        Response response = plain("/api/v1/sessions/cnd-68");
        byte[] body = response.asByteArray();
        String expected = "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16) + "\"";
        assertEquals(expected, response.header("ETag"));
        response.then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=300, stale-while-revalidate=60"))
                .header("Last-Modified", equalTo(IMF_FIXDATE.format(LocalDate.parse(CurrentRelease.VERSION.replace('.', '-')).atStartOfDay())))
                .header("Vary", equalTo("Accept, Accept-Encoding"));
        assertNotEquals(expected, plain("/api/v1/sessions/cnd-67").header("ETag"));
        assertNotEquals(plain("/api/v1/countries?page=1").header("ETag"), plain("/api/v1/countries?page=2").header("ETag"));
    }

    @Test
    void aRepeatedRequestWithTheEtagIs304WithoutBody() {
        String etag = plain("/api/v1/side-events?session=cnd-68").header("ETag");
        given().config(NO_GZIP).header("Accept-Encoding", "identity").header("If-None-Match", etag).get("/api/v1/side-events?session=cnd-68")
                .then().statusCode(304).body(emptyString()).header("ETag", equalTo(etag)).header("Content-Encoding", nullValue());
        given().config(NO_GZIP).header("If-None-Match", "\"someone-else\", W/" + etag).get("/api/v1/side-events?session=cnd-68")
                .then().statusCode(304);
        given().header("If-None-Match", "*").get("/api/v1/sources/seed-knowmad-cnd68").then().statusCode(304);
        given().config(NO_GZIP).header("If-None-Match", "\"stale\"").get("/api/v1/side-events?session=cnd-68")
                .then().statusCode(200).header("ETag", equalTo(etag));
    }

    /** A sender writes IMF-fixdate, with a two-digit day (a release on the 1st of a month was "Tue, 1 Dec 2026"). */
    @Test
    void lastModifiedIsAnImfFixdateWithATwoDigitDay() {
        String lastModified = plain("/api/v1/topics").header("Last-Modified");
        org.junit.jupiter.api.Assertions.assertTrue(lastModified.matches("(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d{2}:\\d{2}:\\d{2} GMT"), lastModified);
    }

    /** A recipient takes the obsolete forms too (RFC 9110, section 5.6.7): RFC 850 and asctime. */
    @Test
    void ifModifiedSinceTakesEveryHttpDateForm() {
        given().header("If-Modified-Since", "Thursday, 31-Dec-26 00:00:00 GMT").get("/api/v1/topics").then().statusCode(304);
        given().header("If-Modified-Since", "Thu Dec 31 00:00:00 2026").get("/api/v1/topics").then().statusCode(304);
        given().header("If-Modified-Since", "Sunday, 01-Nov-26 00:00:00 GMT").get("/api/v1/topics").then().statusCode(200);
        given().header("If-Modified-Since", "Sun Nov  1 00:00:00 2026").get("/api/v1/topics").then().statusCode(200);
    }

    @Test
    void ifModifiedSinceCountsOnlyWithoutIfNoneMatch() {
        // the release's date (Last-Modified) and the day before it, in IMF-fixdate
        String released = given().get("/api/v1/topics").then().statusCode(200).extract().header("Last-Modified");
        var imfFixdate = java.time.format.DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", java.util.Locale.ENGLISH);
        String dayBefore = imfFixdate.format(java.time.ZonedDateTime.parse(released, imfFixdate.withZone(java.time.ZoneOffset.UTC)).minusDays(1));
        given().header("If-Modified-Since", released).get("/api/v1/topics").then().statusCode(304);
        given().header("If-Modified-Since", dayBefore).get("/api/v1/topics").then().statusCode(200);
        given().header("If-Modified-Since", "not a date").get("/api/v1/topics").then().statusCode(200);
        given().header("If-Modified-Since", released).header("If-None-Match", "\"stale\"").get("/api/v1/topics").then().statusCode(200);
    }

    @Test
    void gzipIsHonouredWithItsOwnEtag() {
        Response zipped = given().config(NO_GZIP).header("Accept-Encoding", "gzip").get("/api/v1/countries?size=200");
        zipped.then().statusCode(200).header("Content-Encoding", equalTo("gzip")).header("ETag", endsWith("-gzip\""));
        String identity = plain("/api/v1/countries?size=200").then().header("Content-Encoding", nullValue()).extract().header("ETag");
        assertEquals(identity.replace("\"", ""), zipped.header("ETag").replace("-gzip", "").replace("\"", ""));
        given().config(NO_GZIP).header("Accept-Encoding", "gzip").header("If-None-Match", zipped.header("ETag")).get("/api/v1/countries?size=200")
                .then().statusCode(304).header("Content-Encoding", nullValue()).body(emptyString());
    }

    @Test
    void errorsAreNotCached() {
        given().get("/api/v1/sessions/cnd-1").then().statusCode(404).header("Cache-Control", equalTo("no-store")).header("ETag", nullValue());
    }

    /** Every error alike, whichever method or layer answers it: a 405 (DELETE, TRACE) as a 400, 404, 406 or the edge's 414. */
    @Test
    void everyErrorIsNoStore() {
        given().delete("/api/v1/side-events").then().statusCode(405).header("Cache-Control", equalTo("no-store")).header("Allow", "GET, HEAD, OPTIONS");
        given().request(io.restassured.http.Method.TRACE, "/api/v1/sessions/cnd-68").then().statusCode(405).header("Cache-Control", equalTo("no-store"));
        given().get("/api/v1/sessions?size=0").then().statusCode(400).header("Cache-Control", equalTo("no-store"));
        given().get("/api/v1/nope").then().statusCode(404).header("Cache-Control", equalTo("no-store"));
        given().accept("text/plain").get("/api/v1/sessions/cnd-68").then().statusCode(406).header("Cache-Control", equalTo("no-store"));
        given().get("/api/v1/sessions?q=" + "a".repeat(10_000)).then().statusCode(414).header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void everyReadHasAStrongValidator() {
        for (String path : new String[] {"/api/v1", "/api/v1/resolutions", "/api/v1/sponsors/COL", "/api/v1/organizations/villa-maraini/side-events",
                "/api/v1/exports", "/api/v1/catalog", "/api/v1/releases", "/api/v1/exports/topics.csv"}) {
            given().get(path).then().statusCode(200).header("ETag", matchesPattern("\"[0-9a-f]{32,64}(-gzip)?\"")).header("ETag", not(org.hamcrest.Matchers.startsWith("W/")));
        }
    }
}
