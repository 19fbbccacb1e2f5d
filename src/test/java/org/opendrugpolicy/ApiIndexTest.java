package org.opendrugpolicy;

import org.opendrugpolicy.api.AbsoluteLinksTest;
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
                .body("links.countries", equalTo(AbsoluteLinksTest.link("/api/v1/countries")))
                .body("links.sessions", equalTo(AbsoluteLinksTest.link("/api/v1/sessions")))
                .body("links.resolutions", equalTo(AbsoluteLinksTest.link("/api/v1/resolutions")))
                .body("links.sponsors", equalTo(AbsoluteLinksTest.link("/api/v1/sponsors")))
                .body("links.side-events", equalTo(AbsoluteLinksTest.link("/api/v1/side-events")))
                .body("links.organizations", equalTo(AbsoluteLinksTest.link("/api/v1/organizations")))
                .body("links.meetings", equalTo(AbsoluteLinksTest.link("/api/v1/meetings")))
                .body("links.sources", equalTo(AbsoluteLinksTest.link("/api/v1/sources")))
                .body("links.topics", equalTo(AbsoluteLinksTest.link("/api/v1/topics")));
    }

    @Test
    void everyLinkOfTheIndexAnswers() {
        java.util.Map<String, String> links = given().get("/api/v1").then().extract().jsonPath().getMap("links", String.class, String.class);
        links.forEach((name, href) -> {
            int status = given().redirects().follow(false).get(href).statusCode();
            org.junit.jupiter.api.Assertions.assertTrue(status == 200 || status == 302, name + " -> " + href + ": " + status);
        });
        org.junit.jupiter.api.Assertions.assertTrue(links.keySet().containsAll(java.util.List.of("scheduling-decisions", "substances",
                "bureau-members", "conflicts", "side-event-participation-network")), links.keySet().toString());
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
