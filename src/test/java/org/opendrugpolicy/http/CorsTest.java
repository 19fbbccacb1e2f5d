package org.opendrugpolicy.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A public, read-only API behind shared caches: every answer says {@code Access-Control-Allow-Origin: *} whatever the
 * Origin (none or any site), so a cached answer is right for every site, and a browser script can read every header
 * the contract promises (a CSV's file name included).
 */
@QuarkusTest
class CorsTest {
    /** Response headers a browser shows scripts without being told (Fetch's CORS-safelisted response header names). */
    private static final Set<String> SAFELISTED = Set.of("cache-control", "content-language", "content-length", "content-type", "expires",
            "last-modified", "pragma");
    /** Promised by the README on every /api answer, besides the contract's own. */
    private static final Set<String> ALSO_PROMISED = Set.of("x-request-id", "retry-after", "ratelimit-limit", "ratelimit-remaining", "ratelimit-reset");

    @TestFactory
    Stream<DynamicTest> everyOperationAnswersEveryOriginAlike() {
        return ContractOperations.all().stream().flatMap(operation -> Stream.of(operation.url(),
                operation.csv() ? operation.url("format=csv") : null).filter(url -> url != null)).map(url -> DynamicTest.dynamicTest(url, () -> {
            Response none = given().urlEncodingEnabled(false).get(url);
            Response siteA = given().urlEncodingEnabled(false).header("Origin", "https://a.example").get(url);
            for (Response answer : new Response[] {none, siteA}) {
                assertEquals(200, answer.statusCode(), url);
                assertEquals("*", answer.header("Access-Control-Allow-Origin"), url);
                assertEquals(null, answer.header("Access-Control-Allow-Credentials"), url);
                assertExposesWhatItSends(url, answer);
                assertFalse(answer.headers().getValues("Vary").stream().anyMatch(v -> v.contains("Origin")), "no need to vary on Origin: " + url);
            }
            assertEquals(none.header("Access-Control-Expose-Headers"), siteA.header("Access-Control-Expose-Headers"));
            assertEquals(none.header("ETag"), siteA.header("ETag"), "one representation for every origin: " + url);
        }));
    }

    @Test
    void theContractsHeadersAndTheCsvFileNameAreExposed() {
        Set<String> exposed = exposed(given().get("/api/v1/sessions"));
        for (String header : ContractOperations.promisedHeaders()) {
            assertTrue(SAFELISTED.contains(header.toLowerCase(Locale.ROOT)) || exposed.contains(header.toLowerCase(Locale.ROOT)), header + " in " + exposed);
        }
        assertTrue(exposed.containsAll(ALSO_PROMISED), exposed.toString());
        assertTrue(exposed.contains("content-disposition"));
    }

    @Test
    void errorsRevalidationsAndHeadCarryTheSameCorsHeaders() {
        String etag = given().get("/api/v1/topics").header("ETag");
        for (Response answer : new Response[] {
                given().header("Origin", "https://a.example").get("/api/v1/sessions/cnd-1"),
                given().header("Origin", "https://a.example").get("/api/v1/sessions?sesion=cnd-68"),
                given().header("Origin", "https://a.example").header("If-None-Match", etag).get("/api/v1/topics"),
                given().header("Origin", "https://a.example").head("/api/v1/exports/dataset.zip")}) {
            answer.then().header("Access-Control-Allow-Origin", equalTo("*")).header("Access-Control-Expose-Headers", containsString("ETag"));
        }
    }

    @TestFactory
    Stream<DynamicTest> everyPathAnswersItsPreflight() {
        return ContractOperations.all().stream().map(operation -> DynamicTest.dynamicTest(operation.path(), () -> {
            given().urlEncodingEnabled(false).header("Origin", "https://dashboard.example.org").header("Access-Control-Request-Method", "GET")
                    .header("Access-Control-Request-Headers", "if-none-match, x-request-id")
                    .options(operation.url()).then().statusCode(204)
                    .header("Access-Control-Allow-Origin", equalTo("*"))
                    .header("Access-Control-Allow-Methods", equalTo("GET, HEAD, OPTIONS"))
                    .header("Access-Control-Allow-Headers", equalTo("*"))
                    .header("Access-Control-Max-Age", equalTo("86400"))
                    .header("RateLimit-Remaining", nullValue()); // a preflight costs no token
        }));
    }

    @Test
    void anOptionsRequestThatIsNotAPreflightIsNotAnsweredAsOne() {
        given().options("/api/v1/sessions").then().statusCode(not(equalTo(204))).header("Access-Control-Max-Age", nullValue());
    }

    private static void assertExposesWhatItSends(String url, Response answer) {
        Set<String> exposed = exposed(answer);
        answer.headers().asList().forEach(header -> {
            String name = header.getName().toLowerCase(Locale.ROOT);
            boolean promised = ContractOperations.promisedHeaders().contains(name) || ALSO_PROMISED.contains(name);
            if (promised && !SAFELISTED.contains(name)) {
                assertTrue(exposed.contains(name), url + " sends " + name + " but does not expose it: " + exposed);
            }
        });
    }

    private static Set<String> exposed(Response answer) {
        return Arrays.stream(String.valueOf(answer.header("Access-Control-Expose-Headers")).split(","))
                .map(name -> name.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }
}
