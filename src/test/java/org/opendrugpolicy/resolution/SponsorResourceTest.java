package org.opendrugpolicy.resolution;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SponsorResourceTest {

    @Test
    void sponsorsOfCnd68ByName() {
        // the USA's only claim at CND 68 is contradicted: it sponsors there only when contradicted claims are asked for
        given().get("/api/v1/sponsors?session=cnd-68&size=50&claimStatus=confirmed,unconfirmed,contradicted").then().statusCode(200)
                .body("meta.total", equalTo(13))
                .body("data.id", contains("ALB", "BRA", "CHL", "COL", "FRA", "DEU", "MEX", "MAR", "NOR", "PER", "POL", "THA", "USA"));
        given().get("/api/v1/sponsors?session=cnd-68&size=50").then().statusCode(200)
                .body("meta.total", equalTo(12))
                .body("data.id", contains("ALB", "BRA", "CHL", "COL", "FRA", "DEU", "MEX", "MAR", "NOR", "PER", "POL", "THA"))
                .body("data[0].resolutions.claimStatus", contains("unconfirmed", "unconfirmed"));
    }

    @Test
    void mostActiveSponsorFirst() {
        given().get("/api/v1/sponsors?sort=-resolutions&size=1").then().statusCode(200)
                .body("data[0].id", equalTo("THA"))
                .body("data[0].resolutionCount", equalTo(3))
                .body("data[0].resolutions.id", contains("cnd-67-l2", "cnd-68-l3", "cnd-68-l4"));
    }

    @Test
    void confirmedClaimsOnlyLeaveOutTheContradictedOne() {
        given().get("/api/v1/sponsors/USA?claimStatus=confirmed,unconfirmed,contradicted").then().statusCode(200)
                .body("resolutions.id", contains("cnd-67-l5", "cnd-68-l3"))
                .body("resolutions.claimStatus", contains("confirmed", "contradicted"));
        given().get("/api/v1/sponsors/usa?claimStatus=confirmed").then().statusCode(200)
                .body("resolutionCount", equalTo(1))
                .body("resolutions[0].id", equalTo("cnd-67-l5"));
        // the default leaves the contradicted claim out, as the co-sponsorship network does
        given().get("/api/v1/sponsors/USA").then().statusCode(200)
                .body("resolutionCount", equalTo(1))
                .body("resolutions[0].id", equalTo("cnd-67-l5"));
        given().get("/api/v1/sponsors?claimStatus=contradicted").then().statusCode(200)
                .body("meta.total", equalTo(1))
                .body("data[0].id", equalTo("USA"));
    }

    @Test
    void countryWithoutSponsorshipIs404() {
        given().get("/api/v1/sponsors/ZWE").then().statusCode(404)
                .body("detail", equalTo("The dataset has no sponsorship claim for ZWE matching this request."));
        given().get("/api/v1/sponsors/XYZ").then().statusCode(404);
        given().get("/api/v1/sponsors/COL?session=cnd-67").then().statusCode(404);
    }

    @Test
    void badSortIsRejected() {
        given().get("/api/v1/sponsors?sort=count").then().statusCode(400).body("errors[0].name", equalTo("sort"));
    }
}
