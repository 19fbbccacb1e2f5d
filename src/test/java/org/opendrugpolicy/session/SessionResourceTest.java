package org.opendrugpolicy.session;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SessionResourceTest {

    @Test
    void bothSessionsInOrder() {
        given().get("/api/v1/sessions").then().statusCode(200)
                // CND 60 to CND 69 since release 2026.11.30.
                .body("meta.total", equalTo(10))
                .body("data.id", contains("cnd-60", "cnd-61", "cnd-62", "cnd-63", "cnd-64", "cnd-65", "cnd-66", "cnd-67", "cnd-68", "cnd-69"));
        given().get("/api/v1/sessions?sort=-number&size=2").then().statusCode(200).body("data.id", contains("cnd-69", "cnd-68"));
    }

    @Test
    void cnd67HasAHighLevelAndARegularSegment() {
        given().get("/api/v1/sessions/CND-67").then().statusCode(200)
                .body("id", equalTo("cnd-67"))
                .body("number", equalTo(67))
                .body("startDate", equalTo("2024-03-14"))
                .body("endDate", equalTo("2024-03-22"))
                .body("venue.city", equalTo("Vienna"))
                .body("venue.country.id", equalTo("AUT"))
                .body("chair.country.id", equalTo("GHA"))
                .body("segments", hasSize(2))
                .body("segments[0].startDate", equalTo("2024-03-14"))
                .body("segments[0].endDate", equalTo("2024-03-15"))
                .body("segments[1].startDate", equalTo("2024-03-18"))
                .body("links.resolutions", equalTo("/api/v1/resolutions?session=cnd-67"));
    }

    @Test
    void cnd68RanFiveDaysUnderAnIndianChair() {
        given().get("/api/v1/sessions/cnd-68").then().statusCode(200)
                .body("startDate", equalTo("2025-03-10"))
                .body("endDate", equalTo("2025-03-14"))
                .body("chair.country.id", equalTo("IND"))
                .body("participants", equalTo(2000))
                .body("segments", hasSize(1));
    }

    @Test
    void unknownSessionIs404() {
        given().get("/api/v1/sessions/cnd-99").then().statusCode(404).body("detail", equalTo("No session has the id 'cnd-99'."));
    }

    @Test
    void sessionsCarryTheirFiguresAndSayWhenOutcomesAreNotYetKnown() {
        given().get("/api/v1/sessions/cnd-60").then().statusCode(200)
                .body("participants", org.hamcrest.Matchers.equalTo(1700))
                .body("participantsQualifier", org.hamcrest.Matchers.equalTo("more-than"))
                .body("memberStates", org.hamcrest.Matchers.equalTo(130))
                .body("memberStatesQualifier", org.hamcrest.Matchers.equalTo("nearly"))
                .body("reportSymbol", org.hamcrest.Matchers.equalTo("E/2017/28"))
                .body("outcomeStatus", org.hamcrest.Matchers.equalTo("reported"))
                .body("segments[0].kind", org.hamcrest.Matchers.equalTo("opening-meeting"))
                .body("segments[0].datesStatus", org.hamcrest.Matchers.equalTo("held"))
                .body("links.schedulingDecisions", org.hamcrest.Matchers.equalTo("/api/v1/scheduling-decisions?session=cnd-60"));
        given().get("/api/v1/sessions/cnd-69").then().statusCode(200)
                .body("outcomeStatus", org.hamcrest.Matchers.equalTo("not-yet-reported"))
                .body("resolutionsAdopted", org.hamcrest.Matchers.nullValue());
        given().get("/api/v1/sessions/cnd-59").then().statusCode(404);
    }
}
