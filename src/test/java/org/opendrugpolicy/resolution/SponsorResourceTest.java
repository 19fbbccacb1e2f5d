package org.opendrugpolicy.resolution;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.opendrugpolicy.api.AbsoluteLinksTest;

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
    void aCountryWithoutSponsorshipHasNoneAndAnUnknownCodeIs404() {
        // every country links here (links.sponsorships): a country with no claim was a 404, a dead link for most countries
        String link = given().get("/api/v1/countries/ZWE").then().statusCode(200).extract().path("links.sponsorships");
        given().urlEncodingEnabled(false).get(link).then().statusCode(200)
                .body("id", equalTo("ZWE")).body("country.name", equalTo("Zimbabwe"))
                .body("resolutionCount", equalTo(0)).body("resolutions", empty())
                .body("links.self", equalTo(AbsoluteLinksTest.link("/api/v1/sponsors/ZWE")));
        given().get("/api/v1/sponsors/COL?session=cnd-67").then().statusCode(200).body("resolutionCount", equalTo(0));
        given().get("/api/v1/sponsors/XYZ").then().statusCode(404)
                .body("detail", equalTo("No country has the ISO 3166-1 alpha-3 code 'XYZ'."));
    }

    @Test
    void badSortIsRejected() {
        given().get("/api/v1/sponsors?sort=count").then().statusCode(400).body("errors[0].name", equalTo("sort"));
    }
}
