package org.opendrugpolicy.substance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SubstanceResourceTest {

    @Test
    void aSubstanceWithItsAliases() {
        given().get("/api/v1/substances/DRONABINOL").then().statusCode(200)
                .body("id", equalTo("dronabinol"))
                .body("aliases.alias", org.hamcrest.Matchers.containsInAnyOrder("delta-9-tetrahydrocannabinol", "delta-9-THC"))
                .body("links.schedulingDecisions", equalTo("/api/v1/substances/dronabinol/scheduling-decisions"));
    }

    @Test
    void qMatchesNamesAndAliasesAndClassFilters() {
        given().get("/api/v1/substances?q=clephedrone").then().statusCode(200).body("data.id", contains("4-cmc"));
        given().get("/api/v1/substances?q=ANPP").then().statusCode(200).body("data.id", hasItem("anpp"));
        given().get("/api/v1/substances?class=synthetic-cannabinoid").then().statusCode(200)
                .body("meta.total", greaterThan(1))
                .body("data.substanceClass", everyItem(equalTo("synthetic-cannabinoid")));
        given().get("/api/v1/substances?class=no-such-class").then().statusCode(200).body("meta.total", equalTo(0));
    }

    @Test
    void aSubstancesHistoryListsItsDecisions() {
        given().get("/api/v1/substances/cannabis/scheduling-decisions").then().statusCode(200)
                .body("data.id", hasItem("cnd-62-cannabis-recommendations"))
                .body("data.id", hasItem("cnd-63-rec-5-1"))
                .body("data.id", hasItem("cnd-63-rec-5-5"))
                .body("data.session.id", contains("cnd-62", "cnd-63", "cnd-63"));
        given().get("/api/v1/substances/cannabis/scheduling-decisions?sort=-session").then().statusCode(200)
                .body("data.session.id", contains("cnd-63", "cnd-63", "cnd-62"));
    }

    @Test
    void unknownSubstanceIs404AndBadSortIs400() {
        given().get("/api/v1/substances/unobtainium").then().statusCode(404)
                .contentType(containsString("application/problem+json"))
                .body("detail", equalTo("No substance has the id 'unobtainium'."));
        given().get("/api/v1/substances/unobtainium/scheduling-decisions").then().statusCode(404);
        given().get("/api/v1/substances?sort=weight").then().statusCode(400).body("errors[0].name", equalTo("sort"));
        given().get("/api/v1/substances/cannabis/scheduling-decisions?sort=weight").then().statusCode(400).body("errors[0].name", equalTo("sort"));
    }
}
