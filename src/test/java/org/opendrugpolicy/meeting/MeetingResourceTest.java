package org.opendrugpolicy.meeting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MeetingResourceTest {

    @Test
    void cnd68BilateralMeetingsAreTheSevenReported() {
        given().get("/api/v1/meetings?session=cnd-68&kind=bilateral").then().statusCode(200)
                .body("meta.total", equalTo(7))
                .body("data.counterpart.id", containsInAnyOrder("COL", "GTM", "ARG", "MEX", "FIN", "CIV", "KEN"))
                .body("data.reportedBy.id", org.hamcrest.Matchers.everyItem(equalTo("knowmad-institut")));
        given().get("/api/v1/meetings?session=cnd-68").then().statusCode(200).body("meta.total", equalTo(10));
    }

    @Test
    void counterpartTakesACountryOrAnOrganization() {
        given().get("/api/v1/meetings?counterpart=fin").then().statusCode(200)
                .body("data.id", contains("cnd-67-finland", "cnd-68-finland"));
        given().get("/api/v1/meetings?counterpart=unodc").then().statusCode(200)
                .body("meta.total", equalTo(2))
                .body("data.counterpart.kind", org.hamcrest.Matchers.everyItem(equalTo("organization")));
    }

    @Test
    void badKindIs400() {
        given().get("/api/v1/meetings?kind=secret").then().statusCode(400).body("errors[0].name", equalTo("kind"));
    }
}
