package org.opendrugpolicy.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Method;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.opendrugpolicy.api.Problem;

@QuarkusTest
class HardeningTest {
    /** The management interface (its own port: health, readiness, metrics), ending in /q/. */
    @TestHTTPResource(management = true)
    String management;

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void apiResponsesCarrySecurityHeaders() {
        given().get("/api/v1/sessions").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
                .header("Referrer-Policy", "no-referrer")
                .header("Server", nullValue());
    }

    @Test
    void swaggerUiIsNotBlockedByTheApiPolicy() {
        given().get("/q/swagger-ui/").then().statusCode(200).header("Content-Security-Policy", nullValue());
    }

    @Test
    void headAnswersLikeGetWithoutABody() {
        given().head("/api/v1/sessions/cnd-68").then().statusCode(200).contentType("application/json").body(emptyString());
    }

    @Test
    void optionsListsTheReadMethods() {
        given().options("/api/v1/sessions").then().statusCode(200).header("Allow", containsString("GET"))
                .header("Allow", not(containsString("POST")));
    }

    @Test
    void traceIsRefused() {
        given().request(Method.TRACE, "/api/v1/sessions").then().statusCode(405).contentType(Problem.MEDIA_TYPE)
                .header("Allow", "GET, HEAD, OPTIONS");
        // "/" is the explorer's static page, which answers only GET and HEAD: anything else finds nothing there.
        given().request(Method.TRACE, "/").then().statusCode(404);
    }

    @Test
    void requestIdIsGeneratedAndRepeatedInProblems() {
        String id = given().get("/api/v1/sessions/nothing").then().statusCode(404)
                .header(Edge.REQUEST_ID, matchesPattern(UUID)).extract().header(Edge.REQUEST_ID);
        given().get("/api/v1/sessions/nothing").then().body("requestId", matchesPattern(UUID)).body("requestId", not(equalTo(id)));
    }

    @Test
    void plainIncomingRequestIdIsKept() {
        given().header(Edge.REQUEST_ID, "client-42.a:b").get("/api/v1/sessions?size=0").then().statusCode(400)
                .header(Edge.REQUEST_ID, "client-42.a:b").body("requestId", equalTo("client-42.a:b"));
        given().header(Edge.REQUEST_ID, "docs").get("/q/openapi").then().header(Edge.REQUEST_ID, "docs");
    }

    @Test
    void unsafeIncomingRequestIdIsReplaced() {
        for (String bad : new String[] {"<script>alert(1)</script>", "a".repeat(65), "id with spaces", "id\u00e9"}) {
            given().header(Edge.REQUEST_ID, bad).get("/api/v1/sessions").then().statusCode(200).header(Edge.REQUEST_ID, matchesPattern(UUID));
        }
    }

    @Test
    void tooLongUrlIs414Problem() {
        given().urlEncodingEnabled(false).get("/api/v1/resolutions?q=" + "a".repeat(2100)).then().statusCode(414)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("https://opendrugpolicy.org/problems/uri-too-long"))
                .body("detail", equalTo("The path and query are 2122 characters long; the limit is 2048."));
    }

    @Test
    void tooManyHeadersIs431Problem() {
        RequestSpecification request = given();
        for (int i = 0; i < 70; i++) {
            request.header("X-Filler-" + i, "x");
        }
        request.get("/api/v1/sessions").then().statusCode(431).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("https://opendrugpolicy.org/problems/header-fields-too-large"))
                .body("detail", containsString("the limits are 64 lines, 8192 bytes."));
        given().header("X-Big", "b".repeat(9000)).get("/api/v1/sessions").then().statusCode(431).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void tooManyQueryParametersIs400Problem() {
        given().urlEncodingEnabled(false).get("/api/v1/resolutions?" + "q=a&".repeat(40)).then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("errors[0].name", equalTo("(query)"))
                .body("errors[0].reason", equalTo("40 parameters given; at most 32 are accepted"));
    }

    @Test
    void everyApiResponseCarriesRateLimitHeaders() {
        given().get("/api/v1/sessions").then().statusCode(200)
                .header("RateLimit-Limit", matchesPattern("\\d+"))
                .header("RateLimit-Remaining", matchesPattern("\\d+"))
                .header("RateLimit-Reset", matchesPattern("\\d+"));
        given().get("/api/v1/sessions?page=0").then().statusCode(400).header("RateLimit-Limit", matchesPattern("\\d+"));
        given().get(management + "health/ready").then().header("RateLimit-Limit", nullValue());
    }

    @Test
    void livenessIsSeparateFromReadiness() {
        given().get(management + "health/live").then().statusCode(200).body("status", equalTo("UP")).body("checks[0].name", equalTo("http"));
        given().get(management + "health/ready").then().statusCode(200).body("checks.name", org.hamcrest.Matchers.hasItem("dataset"));
    }

    @Test
    void healthAndMetricsAreNotOnThePublicPort() {
        for (String path : new String[] {"/q/health", "/q/health/ready", "/q/health/live", "/q/metrics"}) {
            given().get(path).then().statusCode(404);
        }
        given().get(management + "health/ready").then().statusCode(200);
    }

    @Test
    void metricsArePublishedForPrometheus() {
        given().get("/api/v1/sessions").then().statusCode(200);
        given().get(management + "metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("uri=\"/api/v1/sessions\""))
                .body(containsString("odp_rate_limit_rejections_total"));
    }
}
