package org.opendrugpolicy.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** A dashboard on any origin may read the API from the browser, including its paging and rate-limit headers. */
@QuarkusTest
class CorsTest {

    @Test
    void preflightFromAnyOriginIsAllowedForGetAndCached() {
        given().header("Origin", "https://dashboard.example.org").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/networks/co-hosting").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://dashboard.example.org"))
                .header("Access-Control-Allow-Methods", containsString("GET"))
                .header("Access-Control-Allow-Methods", containsString("HEAD"))
                .header("Access-Control-Max-Age", equalTo("86400"));
    }

    @Test
    void simpleGetExposesLinkEtagAndRateLimitHeaders() {
        given().header("Origin", "http://localhost:5173").get("/api/v1/sessions").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("http://localhost:5173"))
                .header("Access-Control-Expose-Headers", equalTo("Link,ETag,RateLimit-Limit,RateLimit-Remaining,RateLimit-Reset,Retry-After,X-Request-Id"));
    }
}
