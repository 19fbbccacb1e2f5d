package org.opendrugpolicy.sideevent;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendrugpolicy.DataCsv;

@QuarkusTest
class SideEventResourceTest {

    @Test
    void sevenSideEventsAtCnd68() {
        given().get("/api/v1/side-events?session=cnd-68").then().statusCode(200)
                .body("meta.total", equalTo(7))
                .body("data.session.id", org.hamcrest.Matchers.everyItem(equalTo("cnd-68")));
        given().get("/api/v1/side-events?session=cnd-67").then().statusCode(200).body("meta.total", equalTo(3));
    }

    @Test
    void hostsComeInTheSourcesOrderWithTheirListedNames() {
        given().get("/api/v1/side-events/cnd-68-innovations-continuity-of-care").then().statusCode(200)
                .body("organizer.id", equalTo("ifngo"))
                .body("attendance", equalTo(40))
                .body("hosts", hasSize(13))
                .body("hosts.position", contains(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13))
                .body("hosts[0].party.kind", equalTo("country"))
                .body("hosts[0].party.id", equalTo("PRT"))
                .body("hosts[0].nameAsListed", equalTo("República Portuguesa"))
                .body("hosts[4].party.id", equalTo("villa-maraini"))
                .body("hosts[4].nameAsListed", equalTo("Fondazione Villa Maraini – Croce Rossa Italiana"))
                .body("hosts[12].party.id", equalTo("artm-macau"));
    }

    /**
     * Every side event's programme facts (kind, whether the title and the organizer list are complete, day, time, room)
     * are served as data/side_events.csv holds them, null where no source gives them.
     */
    @Test
    void everyEventCarriesItsProgrammeFactsAsTheDataHoldThem() {
        var table = org.opendrugpolicy.dataset.DatasetReader.read(org.opendrugpolicy.dataset.DatasetFiles.directory(java.nio.file.Path.of("data")))
                .tables().get("side_events");
        java.util.List<String> fields = table.resource().schema().fields().stream().map(f -> f.name()).toList();
        java.util.Map<String, String> property = java.util.Map.of("kind", "kind", "title_complete", "titleComplete", "held_on", "heldOn",
                "time_as_listed", "timeAsListed", "room", "room", "hosts_complete", "hostsComplete");
        int checked = 0;
        for (Object[] row : table.rows()) {
            String id = (String) row[fields.indexOf("id")];
            var answer = given().get("/api/v1/side-events/" + id).then().statusCode(200).extract().jsonPath();
            for (var column : property.entrySet()) {
                Object expected = row[fields.indexOf(column.getKey())];
                Object actual = answer.get(column.getValue());
                org.junit.jupiter.api.Assertions.assertEquals(expected == null ? null : expected.toString(), actual == null ? null : actual.toString(),
                        id + "." + column.getValue());
            }
            checked++;
        }
        org.junit.jupiter.api.Assertions.assertEquals(table.rows().size(), checked);
        // One sourced example of each: a day and a room, an organizer list cut off, a title broken off.
        given().get("/api/v1/side-events/cnd-62-un-sco-fight-against-drugs").then().body("heldOn", equalTo("2019-03-14")).body("room", equalTo("Conference Room M2"));
        given().get("/api/v1/side-events/cnd-62-therapeutic-communities").then().body("hostsComplete", equalTo(false));
        given().get("/api/v1/side-events/cnd-66-dame-zettai").then().body("titleComplete", equalTo(false));
    }

    @Test
    void eventWithoutAFigureHasNullAttendance() {
        String withoutFigure = DataCsv.rows("side_events").stream().filter(e -> e.get("attendance").isEmpty()).findFirst().orElseThrow().get("id");
        given().get("/api/v1/side-events/" + withoutFigure).then().statusCode(200).body("attendance", nullValue());
        given().get("/api/v1/side-events/cnd-68-clarifying-harm-reduction").then().statusCode(200)
                .body("hosts", hasSize(18))
                .body("hosts[0].party.id", equalTo("KEN"));
    }

    @Test
    void attendanceFilterAndSortLeaveEventsWithoutAFigureLast() {
        // the figures data/side_events.csv gives (an empty one is null)
        List<Integer> atLeast35 = DataCsv.rows("side_events").stream().filter(e -> !e.get("attendance").isEmpty())
                .map(e -> Integer.valueOf(e.get("attendance"))).filter(a -> a >= 35).toList();
        assertFalse(atLeast35.isEmpty(), "the fixture: an event with 35 or more");
        given().get("/api/v1/side-events?minAttendance=35&size=200").then().statusCode(200)
                .body("data.attendance", org.hamcrest.Matchers.containsInAnyOrder(atLeast35.toArray()));
        List<Integer> all = new java.util.ArrayList<>(DataCsv.rows("side_events").stream()
                .map(e -> e.get("attendance").isEmpty() ? null : Integer.valueOf(e.get("attendance")))
                .sorted(java.util.Comparator.nullsLast(java.util.Comparator.<Integer>reverseOrder())).toList());
        assertTrue(all.contains(null) && all.get(0) != null, "the fixture: events with and without a figure");
        given().get("/api/v1/side-events?sort=-attendance&size=200").then().statusCode(200)
                .body("data.attendance", contains(all.toArray()));
        given().get("/api/v1/side-events?minAttendance=-1").then().statusCode(400).body("errors[0].name", equalTo("minAttendance"));
    }

    @Test
    void hostFilterTakesAnOrganizationOrACountry() {
        given().get("/api/v1/side-events?host=villa-maraini").then().statusCode(200).body("meta.total", equalTo(5));
        given().get("/api/v1/side-events?host=ken").then().statusCode(200)
                .body("data.id", contains("cnd-68-clarifying-harm-reduction"));
        given().get("/api/v1/side-events?organizer=tasc").then().statusCode(200)
                .body("data.id", contains("cnd-68-deflection-diversion-low-income-countries"));
    }

    @Test
    void cnd67EventsWereCoOrganizedByTheAlliance() {
        given().get("/api/v1/side-events/cnd-67-decriminalization-what-how-why").then().statusCode(200)
                .body("organizer", nullValue())
                .body("hosts", hasSize(1))
                .body("hosts[0].role", equalTo("co-organizer"))
                .body("hosts[0].party.id", equalTo("rome-consensus-2-0"));
    }

    @Test
    void searchAndTopic() {
        given().get("/api/v1/side-events?q=HARM reduction").then().statusCode(200)
                .body("data.id", contains("cnd-68-advocacy-harm-reduction-services", "cnd-68-clarifying-harm-reduction"));
        given().get("/api/v1/side-events?topic=essential-medicines").then().statusCode(200)
                .body("data.id", contains("cnd-68-essential-medicines-africa"));
    }

    @Test
    void unknownSideEventIs404() {
        given().get("/api/v1/side-events/none").then().statusCode(404);
    }
}
