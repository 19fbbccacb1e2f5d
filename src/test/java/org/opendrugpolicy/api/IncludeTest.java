package org.opendrugpolicy.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IncludeTest {

    @Test
    void sideEventsIncludeEveryOrganizerAndHostOnce() {
        JsonPath page = given().get("/api/v1/side-events?session=cnd-68&include=organizer,hosts").then().statusCode(200).extract().jsonPath();
        Set<String> organizations = new TreeSet<>(page.getList("data.organizer.id"));
        Set<String> countries = new TreeSet<>();
        for (List<Map<String, String>> hosts : page.<List<Map<String, String>>>getList("data.hosts.party")) {
            for (Map<String, String> party : hosts) {
                ("country".equals(party.get("kind")) ? countries : organizations).add(party.get("id"));
            }
        }
        assertEquals(List.copyOf(organizations), page.getList("included.organizations.id"));
        assertEquals(List.copyOf(countries), page.getList("included.countries.id"));
        assertEquals(List.of("BEL", "CZE", "GHA", "KEN", "MEX", "PRT", "ZAF"), page.getList("included.countries.id"));
        assertEquals(null, page.getString("included.sessions"));
        // In full: an organization with its aliases, a country with its region.
        assertEquals(List.of("Villa Maraini", "Villa Maraini Foundation"),
                page.getList("included.organizations.find { it.id == 'villa-maraini' }.aliases.alias"));
        assertEquals("Europe", page.getString("included.countries.find { it.id == 'PRT' }.region.name"));
    }

    @Test
    void includeAndFieldsTogether() {
        given().get("/api/v1/resolutions?session=cnd-68&fields=id,symbol&include=sponsors,session").then().statusCode(200)
                .body("data[0].keySet()", containsInAnyOrder("id", "symbol"))
                .body("included.sessions.id", contains("cnd-68"))
                .body("included.sessions[0].segments[0].name", equalTo(given().get("/api/v1/sessions/cnd-68").jsonPath().getString("segments[0].name")))
                .body("included.countries.id", contains("ALB", "BRA", "CHL", "COL", "DEU", "FRA", "MAR", "MEX", "NOR", "PER", "POL", "THA", "USA"));
    }

    @Test
    void itemsIncludeToo() {
        given().get("/api/v1/resolutions/cnd-68-l3?include=sponsors").then().statusCode(200)
                .body("id", equalTo("cnd-68-l3"))
                .body("included.countries.id", contains("NOR", "THA", "USA"))
                .body("included.countries[0].unStatus", equalTo("member"));
        given().get("/api/v1/side-events/cnd-67-decriminalization-what-how-why?include=organizer,hosts").then().statusCode(200)
                .body("included.organizations.id", contains("rome-consensus-2-0"));
        given().get("/api/v1/meetings?session=cnd-68&kind=institutional&include=counterpart").then().statusCode(200)
                .body("included.organizations.id", contains("interpol", "unodc"));
    }

    @Test
    void withoutIncludeNothingIsAdded() {
        given().get("/api/v1/side-events/cnd-68-clarifying-harm-reduction").then().statusCode(200).body("included", nullValue());
        given().get("/api/v1/side-events?size=1").then().statusCode(200).body("included", nullValue());
    }

    @Test
    void unknownNamesAre400() {
        given().get("/api/v1/side-events?include=organizer,sponsors").then().statusCode(400)
                .body("errors[0].name", equalTo("include"))
                .body("errors[0].reason", equalTo("unknown 'sponsors'; use hosts, organizer, session, topics"));
        // empty or blank is the parameter left out (the one rule, EmptyValuesTest): nothing included
        given().get("/api/v1/resolutions/cnd-68-l6?include=").then().statusCode(200)
                .header("ETag", equalTo(given().get("/api/v1/resolutions/cnd-68-l6").header("ETag")));
        given().get("/api/v1/sources?include=session").then().statusCode(400).body("errors[0].name", equalTo("include"));
    }
}
