package org.opendrugpolicy.organization;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrganizationResourceTest {

    @Test
    void villaMarainiIsOneOrganizationUnderEverySpelling() {
        for (String q : new String[] {"villa maraini", "Villa Maraini Foundation", "croce rossa italiana"}) {
            given().queryParam("q", q).get("/api/v1/organizations").then().statusCode(200)
                    .body("meta.total", equalTo(1))
                    .body("data[0].id", equalTo("villa-maraini"));
        }
        given().get("/api/v1/organizations/villa-maraini").then().statusCode(200)
                .body("name", equalTo("Fondazione Villa Maraini – Croce Rossa Italiana"))
                .body("aliases.alias", contains("Villa Maraini", "Villa Maraini Foundation"))
                .body("country.id", equalTo("ITA"));
    }

    @Test
    void villaMarainiIsLinkedToEveryEventThatListsIt() {
        given().get("/api/v1/organizations/villa-maraini/side-events").then().statusCode(200)
                .body("meta.total", equalTo(5))
                .body("data.id", hasItem("cnd-68-innovations-continuity-of-care"))
                .body("data.id", hasItem("cnd-68-advocacy-harm-reduction-services"));
    }

    @Test
    void organizerCountsAsInvolvement() {
        given().get("/api/v1/organizations/tasc/side-events").then().statusCode(200)
                .body("meta.total", equalTo(3));
    }

    @Test
    void aliasesAreSearchable() {
        given().get("/api/v1/organizations?q=ptacc").then().statusCode(200).body("data.id", contains("ptacc"));
        given().get("/api/v1/organizations?q=terapeutic communities").then().statusCode(200).body("data.id", contains("wftc"));
        given().get("/api/v1/organizations?q=terapeutic").then().statusCode(200)
                .body("data.id", contains("federacion-brasilena-comunidades-terapeuticas", "federacion-latinoamericana-comunidades-terapeuticas", "wftc"));
    }

    @Test
    void filtersByTypeAndCountry() {
        // UNODC, its Prevention, Treatment and Rehabilitation Section, the INCB, and (release 2026.11.30) UNODC's Regional Section for Europe, West and Central Asia.
        given().get("/api/v1/organizations?type=un-entity").then().statusCode(200)
                .body("meta.total", equalTo(4))
                .body("data.type", everyItem(equalTo("un-entity")));
        given().get("/api/v1/organizations?country=bra&size=50").then().statusCode(200)
                .body("data.country.id", everyItem(equalTo("BRA")));
    }

    @Test
    void unitsPointToTheirParent() {
        given().get("/api/v1/organizations?q=prevention treatment rehabilitation").then().statusCode(200)
                .body("data[0].parent.id", equalTo("unodc"));
    }

    @Test
    void unknownOrganizationIs404() {
        given().get("/api/v1/organizations/nobody").then().statusCode(404);
        given().get("/api/v1/organizations/nobody/side-events").then().statusCode(404)
                .body("detail", equalTo("No organization has the id 'nobody'."));
    }
}
