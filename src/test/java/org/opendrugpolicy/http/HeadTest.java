package org.opendrugpolicy.http;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * HEAD answers carry exactly the headers of GET, Content-Length included, and no body: for every operation of the
 * contract, as JSON and (lists) as CSV, plain and gzip, fresh and from the response cache. No answer ever sends
 * {@code Content-Encoding: identity}.
 */
@QuarkusTest
class HeadTest {
    /** The management interface (its own port: health, readiness, metrics), ending in /q/. */
    @TestHTTPResource(management = true)
    String management;

    private static final RestAssuredConfig RAW = RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());
    /** Per request, not per representation. */
    private static final Set<String> PER_REQUEST = Set.of("date", "x-request-id", "ratelimit-remaining", "ratelimit-reset", "ratelimit-limit",
            "transfer-encoding", "connection", "keep-alive");

    @TestFactory
    Stream<DynamicTest> headCarriesGetsHeadersOnEveryOperation() {
        List<String[]> requests = new ArrayList<>();
        for (ContractOperations operation : ContractOperations.all()) {
            for (String coding : new String[] {"identity", "gzip"}) {
                requests.add(new String[] {operation.url(), coding});
                if (operation.csv()) {
                    requests.add(new String[] {operation.url("format=csv"), coding});
                }
            }
        }
        return requests.stream().map(request -> DynamicTest.dynamicTest(request[0] + " " + request[1], () -> {
            String url = request[0];
            // HEAD first (nothing cached yet), then GET, then HEAD again (GET's answer may now be in the response cache)
            Response head = send("HEAD", url, request[1]);
            Response get = send("GET", url, request[1]);
            Response again = send("HEAD", url, request[1]);
            assertEquals(200, get.statusCode(), url);
            assertEquals(headers(get), headers(head), "HEAD " + url + " (Accept-Encoding: " + request[1] + ")");
            assertEquals(headers(get), headers(again), "HEAD " + url + " after GET (Accept-Encoding: " + request[1] + ")");
            assertEquals(0, head.asByteArray().length, url);
            for (Response answer : new Response[] {head, get, again}) {
                assertNotEquals("identity", String.valueOf(answer.header("Content-Encoding")).toLowerCase(Locale.ROOT), url);
            }
        }));
    }

    /**
     * A problem's HEAD carries its GET's headers too, Content-Length included, plain and gzip, from the REST layer (404,
     * 400, a 400 long enough to be worth compressing) and from the edge (414).
     */
    @Test
    void problemsAnswerHeadWithTheHeadersOfTheirGet() {
        String manyUnknown = java.util.stream.IntStream.range(0, 40).mapToObj(i -> "bogus" + i + "=1").collect(java.util.stream.Collectors.joining("&"));
        for (String url : new String[] {"/api/v1/nope", "/api/v1/sessions/cnd-1", "/api/v1/sessions?size=0", "/api/v1/side-events?" + manyUnknown,
                "/api/v1/sessions?q=" + "a".repeat(10_000)}) {
            for (String coding : new String[] {"identity", "gzip"}) {
                Response get = send("GET", url, coding);
                Response head = send("HEAD", url, coding);
                assertEquals(get.statusCode(), head.statusCode(), url);
                assertEquals(headers(get), headers(head), "HEAD " + url + " (Accept-Encoding: " + coding + ")");
                assertEquals(String.valueOf(get.asByteArray().length), head.header("Content-Length"), url);
                assertEquals(0, head.asByteArray().length, url);
            }
        }
    }

    @Test
    void theDatasetZipStatesItsLengthOnHead() {
        Response get = send("GET", "/api/v1/exports/dataset.zip", "gzip");
        Response head = send("HEAD", "/api/v1/exports/dataset.zip", "gzip");
        assertEquals(String.valueOf(get.asByteArray().length), head.header("Content-Length"));
        assertEquals(get.header("ETag"), head.header("ETag"));
        assertEquals(null, head.header("Content-Encoding"));
    }

    @Test
    void noRevalidationOrQuarkusAnswerSaysIdentity() {
        String etag = send("GET", "/api/v1/exports/dataset.zip", "identity").header("ETag");
        for (Response answer : new Response[] {
                given().config(RAW).header("If-None-Match", etag).get("/api/v1/exports/dataset.zip"),
                given().config(RAW).header("If-None-Match", etag).head("/api/v1/exports/dataset.zip"),
                given().config(RAW).head("/q/openapi"),
                given().config(RAW).head(management + "health/ready")}) {
            assertEquals(null, answer.header("Content-Encoding"), answer.headers().toString());
        }
    }

    private static Response send(String method, String url, String acceptEncoding) {
        return given().config(RAW).urlEncodingEnabled(false).header("Accept-Encoding", acceptEncoding).request(method, url);
    }

    /** The headers of a representation, names in lower case, one value each (joined if repeated). */
    private static TreeMap<String, String> headers(Response response) {
        TreeMap<String, String> headers = new TreeMap<>();
        response.headers().asList().forEach(header -> {
            String name = header.getName().toLowerCase(Locale.ROOT);
            if (!PER_REQUEST.contains(name)) {
                headers.merge(name, header.getValue(), (a, b) -> a + ", " + b);
            }
        });
        return headers;
    }
}
