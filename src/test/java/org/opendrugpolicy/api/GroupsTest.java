package org.opendrugpolicy.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GET /{collection}/groups?by=field: exact counts per group, with the list's filters. */
@QuarkusTest
class GroupsTest {

    @Test
    void sideEventsBySessionSumToTheListTotal() {
        given().get("/api/v1/side-events/groups?by=session").then().statusCode(200)
                .body("meta.by", equalTo("session"))
                // 10 from the seeds and 7 earlier events from the history fact sheet (release 2026.11.30).
                .body("meta.total", equalTo(17))
                .body("data.key", contains("cnd-68", "cnd-62", "cnd-66", "cnd-67"))
                .body("data.label", hasItems("68th session of the Commission on Narcotic Drugs (CND 68)", "62nd session of the Commission on Narcotic Drugs (CND 62)"))
                .body("data.count", contains(7, 4, 3, 3));
        for (String session : List.of("cnd-62", "cnd-66", "cnd-67", "cnd-68")) {
            int listed = given().get("/api/v1/side-events?session=" + session).then().extract().path("meta.total");
            int grouped = given().get("/api/v1/side-events/groups?by=session&session=" + session).then().extract().path("data[0].count");
            assertEquals(listed, grouped);
        }
    }

    @Test
    void attendanceByOrganizerLeavesOutEventsWithoutFigures() {
        given().get("/api/v1/side-events/groups?by=organizer").then().statusCode(200)
                .body("data", hasSize(8))
                .body("data[0].key", nullValue())
                // 3 CND 67 events and 7 earlier events name no single organizer (release 2026.11.30).
                .body("data[0].count", equalTo(10))
                .body("data[0].measure.field", equalTo("attendance"))
                .body("data[0].measure.count", equalTo(0))
                .body("data[0].measure.sum", nullValue())
                .body("data[1].key", equalTo("drug-policy-network-south-east-europe"))
                .body("data[1].measure.sum", equalTo(35))
                .body("data[1].measure.avg", equalTo(35.0f));
    }

    @Test
    void resolutionsPerSponsorForCnd68() {
        given().get("/api/v1/resolutions/groups?by=sponsor&session=cnd-68").then().statusCode(200)
                .body("meta.total", equalTo(6))
                .body("data", hasSize(12)) // the USA's only claim at CND 68 (L.3) is contradicted: out by default, as in every sponsorship count
                .body("data.key[0..1]", contains("ALB", "THA"))
                .body("data.count[0..1]", contains(2, 2))
                .body("data[2].key", equalTo("BRA"))
                .body("data[2].label", equalTo("Brazil"));
        int listed = given().get("/api/v1/resolutions?session=cnd-68&sponsor=THA").then().extract().path("meta.total");
        assertEquals(2, listed);
    }

    @Test
    void resolutionsByAdoptionEqualListTotals() {
        List<Integer> counts = given().get("/api/v1/resolutions/groups?by=adoption").then().statusCode(200).extract().path("data.count");
        // 33 resolutions, decisions and declarations since release 2026.11.30; 19 of the earlier ones have no known adoption mode.
        assertEquals(33, counts.stream().mapToInt(Integer::intValue).sum());
        for (String adoption : List.of("vote", "consensus")) {
            int listed = given().get("/api/v1/resolutions?adoption=" + adoption).then().extract().path("meta.total");
            int grouped = given().get("/api/v1/resolutions/groups?by=adoption&adoption=" + adoption).then().extract().path("data[0].count");
            assertEquals(listed, grouped);
        }
    }

    @Test
    void unknownOrMissingByIsNamed() {
        given().get("/api/v1/side-events/groups?by=colour").then().statusCode(400)
                .body("errors[0].name", equalTo("by"))
                .body("errors[0].reason", startsWith("must be one of session, organizer, host, topic"));
        given().get("/api/v1/resolutions/groups").then().statusCode(400).body("errors[0].name", equalTo("by"));
    }

    @Test
    void organizationsMeetingsAndCountriesGroupToTheirListTotals() {
        // Every group equals the list filtered by that group's key; together they make the list total.
        for (var group : given().get("/api/v1/organizations/groups?by=type").then().statusCode(200).extract().jsonPath().getList("data", java.util.Map.class)) {
            if (group.get("key") != null) {
                given().get("/api/v1/organizations?type=" + group.get("key")).then().body("meta.total", equalTo(group.get("count")));
            }
        }
        int organizations = given().get("/api/v1/organizations").jsonPath().getInt("meta.total");
        given().get("/api/v1/organizations/groups?by=type").then().body("data.count.sum()", equalTo(organizations)).body("meta.total", equalTo(organizations));

        int cnd68Meetings = given().get("/api/v1/meetings?session=cnd-68").jsonPath().getInt("meta.total");
        String largest = given().get("/api/v1/meetings/groups?by=counterpart&session=cnd-68").then().statusCode(200)
                .body("meta.total", equalTo(cnd68Meetings))
                .body("data.count.sum()", equalTo(cnd68Meetings))
                .extract().jsonPath().getString("data[0].key");
        given().get("/api/v1/meetings/groups?by=counterpart&session=cnd-68").then()
                .body("data[0].count", equalTo(given().get("/api/v1/meetings?counterpart=" + largest + "&session=cnd-68").jsonPath().getInt("meta.total")));
        given().get("/api/v1/meetings/groups?by=kind").then().statusCode(200)
                .body("data.key", org.hamcrest.Matchers.contains("bilateral", "institutional"));

        for (var group : given().get("/api/v1/countries/groups?by=region&unStatus=member").then().statusCode(200).extract().jsonPath().getList("data", java.util.Map.class)) {
            given().get("/api/v1/countries?unStatus=member&region=" + group.get("key")).then().body("meta.total", equalTo(group.get("count")));
        }
        given().get("/api/v1/countries/groups?by=region&unStatus=member").then().body("data.count.sum()", equalTo(193));
        given().get("/api/v1/countries/groups?by=unStatus").then().body("data.key", org.hamcrest.Matchers.contains("member", "none", "observer"));
    }

    @Test
    void unknownGroupFieldIs400OnEveryCollection() {
        for (String collection : new String[] {"organizations", "meetings", "countries"}) {
            given().get("/api/v1/" + collection + "/groups?by=colour").then().statusCode(400).body("errors[0].name", equalTo("by"));
            given().get("/api/v1/" + collection + "/groups").then().statusCode(400).body("errors[0].name", equalTo("by"));
        }
    }
}
