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
                .body("dataset.version", equalTo(CurrentRelease.VERSION))
                .body("dataset.tag", matchesPattern(java.util.regex.Pattern.quote(CurrentRelease.VERSION) + "\\+[0-9a-f]{12}"))
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

    /**
     * The index is built from what each resource declares, so this compares it with the contract: every collection
     * (a GET on /api/v1/{name}) is linked; one that cannot answer without a parameter (the change feed's since) is
     * linked with it, so that a harvester finding its way from the index finds deletions too (a new user's trial did not).
     */
    @Test
    void indexLinksEveryCollectionOfTheContract() throws Exception {
        java.util.Set<String> collections = new java.util.TreeSet<>();
        org.opendrugpolicy.openapi.OpenApiContract.withParametersInline().path("paths").fields().forEachRemaining(path -> {
            if (path.getKey().matches("/api/v1/[^/{}]+") && path.getValue().has("get")) {
                collections.add(path.getKey());
            }
        });
        org.junit.jupiter.api.Assertions.assertTrue(collections.size() >= 15, collections.toString());
        org.junit.jupiter.api.Assertions.assertTrue(collections.contains("/api/v1/changes"), collections.toString());
        java.util.Collection<String> linked = given().get("/api/v1").then().statusCode(200).extract().jsonPath()
                .getMap("links", String.class, String.class).values().stream().map(link -> link.replaceFirst("[?].*", "")).toList();
        java.util.List<String> missing = collections.stream().filter(c -> !linked.contains(AbsoluteLinksTest.link(c))).toList();
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), missing, "collections of the contract the index does not link");
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
