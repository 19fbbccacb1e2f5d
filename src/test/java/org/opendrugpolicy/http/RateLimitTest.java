package org.opendrugpolicy.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendrugpolicy.api.Problem;

/** The test client's own bucket is drained by one test only, so the order of its requests is known. */
@QuarkusTest
@TestProfile(RateLimitTest.TinyLimit.class)
class RateLimitTest {
    /** The management interface (its own port: health, readiness, metrics), ending in /q/. */
    @TestHTTPResource(management = true)
    String management;

    public static class TinyLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // 6 tokens, one back a second: three quick full responses, then 429.
            return Map.of("odp.rate-limit.capacity", "6", "odp.rate-limit.refill-per-second", "1",
                    "odp.rate-limit.max-clients", "10",
                    // Its own in-memory database: the one of the default profile outlives that Quarkus and is already loaded.
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:odp-rate-limit;DB_CLOSE_DELAY=-1;NON_KEYWORDS=YEAR,VALUE");
        }
    }

    /**
     * A trusted proxy (this test's client is on loopback) names the client; RFC 7239 lets the name be {@code unknown}
     * or an obfuscated identifier rather than an address. Each name is a client with its own allowance, never a 500.
     */
    @Test
    void aClientATrustedProxyNamesIsCountedByThatName() {
        String[][] clients = {{"X-Forwarded-For", "203.0.113.7"}, {"X-Forwarded-For", "not an address"},
                {"Forwarded", "for=unknown"}, {"Forwarded", "for=_hidden"}, {"Forwarded", "for=\"[2001:db8::7]\""}};
        for (String[] client : clients) {
            given().header(client[0], client[1]).get("/api/v1/sessions/cnd-68").then().statusCode(200)
                    .header("RateLimit-Remaining", matchesPattern("[45]"));
            given().header(client[0], client[1]).get("/api/v1/sessions/cnd-68").then().statusCode(200)
                    .header("RateLimit-Remaining", matchesPattern("[234]"));
        }
    }

    @Test
    void overTheLimitIs429WithRetryAfterAndCounted() {
        // 6 - 2 for the full answer; 5 when a slow first request lasted long enough for a token to come back.
        given().get("/api/v1/sessions").then().statusCode(200)
                .header("RateLimit-Limit", "6").header("RateLimit-Remaining", matchesPattern("[45]")).header("RateLimit-Reset", matchesPattern("[12]"));
        // Each full answer costs 2 tokens and 1 comes back a second: the bucket empties within a few requests.
        ValidatableResponse last = null;
        for (int i = 0; i < 50 && (last == null || last.extract().statusCode() != 429); i++) {
            last = given().get("/api/v1/sessions?size=1").then();
        }
        assertEquals(429, last.extract().statusCode(), "never limited");
        last.statusCode(429)
                .contentType(Problem.MEDIA_TYPE)
                .header("Retry-After", matchesPattern("[12]"))
                .header("RateLimit-Remaining", matchesPattern("[01]")) // 1 when a token came back while the 429 was written
                .body("type", equalTo("https://opendrugpolicy.org/problems/too-many-requests"))
                .body("status", equalTo(429))
                .body("requestId", matchesPattern(".+"));
        // Health and metrics are never limited.
        for (int i = 0; i < 10; i++) {
            given().get(management + "health/ready").then().statusCode(200);
        }
        given().get(management + "metrics").then().statusCode(200)
                .body(containsString("odp_rate_limit_rejections_total"))
                .body(not(containsString("odp_rate_limit_rejections_total 0.0")));
    }
}
