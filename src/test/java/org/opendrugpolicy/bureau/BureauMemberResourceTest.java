package org.opendrugpolicy.bureau;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BureauMemberResourceTest {

    @Test
    void whichCountriesHaveChairedTheCommissionIsOneRequest() {
        given().get("/api/v1/bureau-members?office=chair").then().statusCode(200)
                .body("data.office", everyItem(equalTo("chair")))
                .body("data.session.id", contains("cnd-60", "cnd-61", "cnd-62", "cnd-63", "cnd-64", "cnd-65", "cnd-66", "cnd-67", "cnd-68"))
                .body("data.country.id", contains("NOR", "MEX", "SDN", "PAK", "POL", "BEL", "COL", "GHA", "IND"));
    }

    @Test
    void aSessionsBureauChairFirst() {
        given().get("/api/v1/bureau-members?session=cnd-62").then().statusCode(200)
                .body("data.office", contains("chair", "first-vice-chair", "second-vice-chair", "third-vice-chair", "rapporteur"))
                .body("data.country.id", contains("SDN", "IRN", "HRV", "ITA", "PER"));
        given().get("/api/v1/bureau-members?country=pak").then().statusCode(200)
                .body("data.id", contains("cnd-61-second-vice-chair", "cnd-63-chair"));
        given().get("/api/v1/bureau-members/cnd-60-chair").then().statusCode(200)
                .body("personName", equalTo("Bente Angell-Hansen"))
                .body("country.id", equalTo("NOR"));
        given().get("/api/v1/bureau-members/groups?by=country&office=chair").then().statusCode(200)
                .body("meta.total", equalTo(9));
    }

    @Test
    void badFiltersAre400AndUnknownIdsAre404() {
        given().get("/api/v1/bureau-members?office=president").then().statusCode(400)
                .contentType(containsString("application/problem+json")).body("errors[0].name", equalTo("office"));
        given().get("/api/v1/bureau-members/groups?by=hat").then().statusCode(400).body("errors[0].name", equalTo("by"));
        given().get("/api/v1/bureau-members/cnd-60-king").then().statusCode(404)
                .body("detail", equalTo("No bureau seat has the id 'cnd-60-king'."));
    }
}
