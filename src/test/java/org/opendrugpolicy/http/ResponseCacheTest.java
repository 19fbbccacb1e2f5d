package org.opendrugpolicy.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.opendrugpolicy.api.Problem;

/**
 * The second identical request is answered from memory ({@link ResponseCache}): it must be the same answer
 * as the first, byte for byte and header for header, with the per-request headers still its own.
 */
@QuarkusTest
class ResponseCacheTest {
    /** The management interface (its own port: health, readiness, metrics), ending in /q/. */
    @TestHTTPResource(management = true)
    String management;

    private static final List<String> SAME = List.of("Content-Type", "ETag", "Last-Modified", "Cache-Control", "Vary", "Link");

    /** Without REST Assured's own gzip, so bodies and codings are seen as sent. */
    private static RequestSpecification raw() {
        return given().config(RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()));
    }

    @Test
    void aRepeatedRequestGetsTheSameAnswerWithItsOwnRequestHeaders() {
        String url = "/api/v1/side-events?session=cnd-68&sort=-attendance&size=3";
        Response first = raw().header("Accept-Encoding", "identity").get(url);
        Response second = raw().header("Accept-Encoding", "identity").get(url);
        for (Response response : List.of(first, second)) {
            response.then().statusCode(200)
                    .header("X-Request-Id", matchesPattern(".+"))
                    .header("RateLimit-Limit", matchesPattern("\\d+"))
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Content-Security-Policy", containsString("default-src 'none'"));
        }
        assertArrayEquals(first.asByteArray(), second.asByteArray());
        SAME.forEach(name -> assertEquals(first.header(name), second.header(name), name));
        assertNotEquals(first.header("X-Request-Id"), second.header("X-Request-Id"));
    }

    @Test
    void gzipIsServedFromMemoryAndInflatesToTheSameBody() throws IOException {
        String url = "/api/v1/resolutions/cnd-68-l2";
        byte[] plain = raw().header("Accept-Encoding", "identity").get(url).asByteArray();
        for (int i = 0; i < 2; i++) {
            Response gzip = raw().header("Accept-Encoding", "gzip").get(url);
            gzip.then().statusCode(200).header("Content-Encoding", "gzip").header("ETag", matchesPattern("\"[0-9a-f]+-gzip\""));
            try (var in = new GZIPInputStream(new ByteArrayInputStream(gzip.asByteArray()))) {
                assertArrayEquals(plain, in.readAllBytes());
            }
        }
    }

    @Test
    void revalidationIsAnsweredFromMemory() {
        String url = "/api/v1/organizations/villa-maraini";
        Response first = raw().header("Accept-Encoding", "identity").get(url);
        raw().header("Accept-Encoding", "identity").get(url).then().statusCode(200);
        raw().header("Accept-Encoding", "identity").header("If-None-Match", first.header("ETag")).get(url).then()
                .statusCode(304).body(emptyString()).header("Content-Type", nullValue()).header("ETag", first.header("ETag"));
        raw().header("Accept-Encoding", "identity").header("If-Modified-Since", first.header("Last-Modified")).get(url).then().statusCode(304);
        raw().header("Accept-Encoding", "identity").header("If-None-Match", "\"other\"").get(url).then().statusCode(200);
    }

    @Test
    void anotherAcceptHeaderIsAnotherAnswer() {
        String url = "/api/v1/topics";
        given().get(url).then().statusCode(200);
        given().get(url).then().statusCode(200);
        given().accept("application/xml").get(url).then().statusCode(406).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void errorsAreNeverServedFromMemory() {
        String first = given().get("/api/v1/sessions/cnd-1").then().statusCode(404).extract().path("requestId");
        String second = given().get("/api/v1/sessions/cnd-1").then().statusCode(404).extract().path("requestId");
        assertNotEquals(first, second);
    }

    @Test
    void headOfACachedAnswerHasItsHeadersAndNoBody() {
        String url = "/api/v1/sessions/cnd-67";
        String etag = raw().header("Accept-Encoding", "identity").get(url).then().statusCode(200).extract().header("ETag");
        raw().header("Accept-Encoding", "identity").get(url).then().statusCode(200);
        raw().header("Accept-Encoding", "identity").head(url).then().statusCode(200).header("ETag", etag).body(emptyString());
    }

    @Test
    void limitsStillApplyToACachedUrl() {
        String url = "/api/v1/sessions";
        given().get(url).then().statusCode(200);
        given().get(url).then().statusCode(200);
        given().header("X-Big", "b".repeat(9000)).get(url).then().statusCode(431).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void answersFromMemoryAreCountedUnderTheirRouteTemplate() {
        String url = "/api/v1/resolutions/cnd-68-l2";
        given().get(url).then().statusCode(200); // cached from here on, and the route's meter exists
        double before = requestCount("/api/v1/resolutions/{id}");
        for (int i = 0; i < 3; i++) {
            given().get(url).then().statusCode(200);
        }
        assertTrue(requestCount("/api/v1/resolutions/{id}") >= before + 3, "answers from memory are not counted under the route template");
        given().get(management + "metrics").then().body(not(containsString("uri=\"" + url + "\"")));
    }

    /** The count of 200 answers Prometheus reports for a route template. */
    private double requestCount(String template) {
        return given().get(management + "metrics").then().statusCode(200).extract().asString().lines()
                .filter(l -> l.startsWith("http_server_requests_seconds_count") && l.contains("uri=\"" + template + "\"") && l.contains("status=\"200\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    void aSmallExportIsServedAgainAsItWasFirstSent() throws IOException {
        for (String file : List.of("side_events.csv", "side_events.ndjson", "dataset.zip")) {
            String url = "/api/v1/exports/" + file;
            String sha = given().get("/api/v1/exports").jsonPath().getString("exports.find { it.file == '" + file + "' }.sha256");
            Response first = raw().header("Accept-Encoding", "identity").get(url);
            Response second = raw().header("Accept-Encoding", "identity").get(url);
            for (Response response : List.of(first, second)) {
                response.then().statusCode(200).header("ETag", "\"" + sha + "\"").header("Content-Disposition", containsString(file))
                        .header("Content-Encoding", nullValue());
            }
            assertArrayEquals(first.asByteArray(), second.asByteArray());
            assertEquals(first.header("Content-Disposition"), second.header("Content-Disposition"));
            SAME.forEach(name -> assertEquals(first.header(name), second.header(name), file + " " + name));

            Response gzip = raw().header("Accept-Encoding", "gzip").get(url);
            if (file.endsWith(".zip")) { // a zip is not compressed again, and keeps its own ETag
                gzip.then().statusCode(200).header("Content-Encoding", nullValue()).header("ETag", "\"" + sha + "\"");
                assertArrayEquals(first.asByteArray(), gzip.asByteArray());
            } else {
                gzip.then().statusCode(200).header("Content-Encoding", "gzip").header("ETag", "\"" + sha + "-gzip\"");
                try (var in = new GZIPInputStream(new ByteArrayInputStream(gzip.asByteArray()))) {
                    assertArrayEquals(first.asByteArray(), in.readAllBytes());
                }
            }
            raw().header("Accept-Encoding", "identity").header("If-None-Match", first.header("ETag")).get(url).then()
                    .statusCode(304).body(emptyString()).header("Content-Disposition", nullValue());
        }
    }

    @Test
    void theSameUrlWithAnotherQueryIsAnotherAnswer() {
        String small = given().get("/api/v1/countries?size=1").then().statusCode(200).body("data.size()", equalTo(1)).extract().header("ETag");
        String larger = given().get("/api/v1/countries?size=2").then().statusCode(200).body("data.size()", equalTo(2)).extract().header("ETag");
        assertNotEquals(small, larger);
    }
}
