package org.opendrugpolicy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApiIndexTest {

    @Test
    void indexLinksEveryCollectionAndNamesTheReleaseAndLicence() {
        given().get("/api/v1").then().statusCode(200)
                .contentType("application/json")
                .body("apiVersion", equalTo("v1"))
                .body("dataset.version", equalTo("2026.11.30"))
                .body("dataset.tag", matchesPattern("2026\\.11\\.30\\+[0-9a-f]{12}"))
                .body("dataset.sha256", matchesPattern("[0-9a-f]{64}"))
                .body("license.id", equalTo("CC-BY-4.0"))
                .body("links.countries", equalTo("/api/v1/countries"))
                .body("links.sessions", equalTo("/api/v1/sessions"))
                .body("links.resolutions", equalTo("/api/v1/resolutions"))
                .body("links.sponsors", equalTo("/api/v1/sponsors"))
                .body("links.side-events", equalTo("/api/v1/side-events"))
                .body("links.organizations", equalTo("/api/v1/organizations"))
                .body("links.meetings", equalTo("/api/v1/meetings"))
                .body("links.sources", equalTo("/api/v1/sources"))
                .body("links.topics", equalTo("/api/v1/topics"));
    }

    @Test
    void everyLinkOfTheIndexAnswers() {
        for (String collection : new String[] {"countries", "sessions", "resolutions", "sponsors", "side-events", "organizations", "meetings", "sources", "topics"}) {
            given().get("/api/v1/" + collection).then().statusCode(200).body("meta.page", equalTo(1));
        }
    }

    @Test
    void homeIsTheExplorerUnderItsOwnPolicy() {
        given().redirects().follow(false).get("/").then().statusCode(200).contentType(startsWith("text/html"))
                .header("Content-Security-Policy", startsWith("default-src 'none'; script-src 'self'; style-src 'self';"))
                .header("Content-Security-Policy", not(containsString("unsafe")))
                .body(containsString("application/ld+json"), containsString("/q/swagger-ui/"));
        // The API keeps its own policy, and Swagger UI none.
        given().get("/api/v1").then().header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        given().get("/q/swagger-ui/").then().header("Content-Security-Policy", nullValue());
    }
}
