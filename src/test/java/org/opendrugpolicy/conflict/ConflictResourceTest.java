package org.opendrugpolicy.conflict;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConflictResourceTest {

    @Test
    void everyConflictKeepsItsClaimsWithTheirSources() {
        given().get("/api/v1/conflicts?size=100").then().statusCode(200)
                .body("meta.total", equalTo(21)) // the history sheet's C1-C19, and c20 and c21 of the first sheet (release 2026.12.01)
                .body("data[0].id", equalTo("c1"))
                .body("data[1].id", equalTo("c2"))
                .body("data.findAll { it.claims.size() < 2 }", empty())
                .body("data.claims.flatten().findAll { it.sources.isEmpty() }", empty());
    }

    @Test
    void aConflictSaysWhichClaimTheRecordHolds() {
        given().get("/api/v1/conflicts/C1").then().statusCode(200)
                .body("session.id", equalTo("cnd-60"))
                .body("status", equalTo("unresolved"))
                .body("claims.position", contains(1, 2))
                .body("claims.recorded", contains(true, false))
                .body("claims[0].table", equalTo("session_segments"))
                .body("claims[0].recordId", equalTo("cnd-60|3"));
        given().get("/api/v1/conflicts?table=scheduling_votes").then().statusCode(200)
                .body("data", not(empty()))
                .body("data.claims.flatten().table", hasItem("scheduling_votes"));
        given().get("/api/v1/conflicts?status=unresolved").then().statusCode(200).body("data.status", everyItem(equalTo("unresolved")));
    }

    @Test
    void badFiltersAre400AndUnknownIdsAre404() {
        given().get("/api/v1/conflicts?status=settled").then().statusCode(400)
                .contentType(containsString("application/problem+json")).body("errors[0].name", equalTo("status"));
        given().get("/api/v1/conflicts/c99").then().statusCode(404).body("detail", equalTo("No conflict has the id 'c99'."));
    }
}
