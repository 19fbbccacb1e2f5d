package org.opendrugpolicy.meeting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.opendrugpolicy.DataCsv;

@QuarkusTest
class MeetingResourceTest {

    @Test
    void cnd68BilateralMeetingsAreTheSevenReported() {
        given().get("/api/v1/meetings?session=cnd-68&kind=bilateral").then().statusCode(200)
                .body("meta.total", equalTo(7))
                .body("data.counterpart.id", containsInAnyOrder("COL", "GTM", "ARG", "MEX", "FIN", "CIV", "KEN"))
                .body("data.reportedBy.id", org.hamcrest.Matchers.everyItem(equalTo("knowmad-institut")));
        given().get("/api/v1/meetings?session=cnd-68").then().statusCode(200)
                .body("meta.total", equalTo(DataCsv.count("meetings", m -> m.get("session_id").equals("cnd-68"))));
    }

    @Test
    void counterpartTakesACountryOrAnOrganization() {
        given().get("/api/v1/meetings?counterpart=fin").then().statusCode(200)
                .body("data.id", contains("cnd-67-finland", "cnd-68-finland"));
        given().get("/api/v1/meetings?counterpart=unodc").then().statusCode(200)
                .body("meta.total", equalTo(DataCsv.count("meetings", m -> m.get("counterpart_organization_id").equals("unodc"))))
                .body("data.counterpart.kind", org.hamcrest.Matchers.everyItem(equalTo("organization")));
    }

    @Test
    void badKindIs400() {
        given().get("/api/v1/meetings?kind=secret").then().statusCode(400).body("errors[0].name", equalTo("kind"));
    }

    /** A meeting is a record of its own, as every other: an item, which each listed meeting links to. */
    @Test
    void aMeetingIsAnItemItsListedRecordLinksTo() {
        String self = given().get("/api/v1/meetings?counterpart=interpol").then().statusCode(200)
                .body("meta.total", equalTo(1)).extract().path("data[0].links.self");
        org.junit.jupiter.api.Assertions.assertEquals(org.opendrugpolicy.api.AbsoluteLinksTest.link("/api/v1/meetings/cnd-68-interpol"), self);
        given().get("/api/v1/meetings/CND-68-INTERPOL?include=counterpart").then().statusCode(200)
                .body("id", equalTo("cnd-68-interpol"))
                .body("kind", equalTo("institutional"))
                .body("counterpart.id", equalTo("interpol"))
                .body("links.self", equalTo(self))
                .body("links.session", equalTo(org.opendrugpolicy.api.AbsoluteLinksTest.link("/api/v1/meetings?session=cnd-68")))
                .body("included.organizations.id", contains("interpol"));
        given().get("/api/v1/meetings/cnd-99-nobody").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("No meeting has the id 'cnd-99-nobody'."));
        given().get("/api/v1/meetings/cnd-68-interpol?include=sponsors").then().statusCode(400).body("errors[0].name", equalTo("include"));
    }
}
