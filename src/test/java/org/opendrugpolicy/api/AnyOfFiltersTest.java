package org.opendrugpolicy.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A filter that names records by id or code takes a comma list meaning any of them: a dashboard comparing sessions asks
 * session=cnd-67,cnd-68 once instead of once per session. What two values answer is derived from what each answers alone,
 * so the test holds for any release of the data. (Empty items and too many values: {@link ListVocabularyTest}.)
 */
@QuarkusTest
class AnyOfFiltersTest {

    /** The two values are chosen so that neither answer holds the other, and in mixed case where the filter ignores case. */
    @ParameterizedTest(name = "{0}?{1}={2},{3}")
    @CsvSource({
            "/api/v1/resolutions, session, cnd-61, CND-63",
            "/api/v1/resolutions, sponsor, chl, THA",
            "/api/v1/resolutions, topic, treatment, alternative-development",
            "/api/v1/side-events, session, cnd-62, CND-68",
            "/api/v1/side-events, organizer, ifngo, IAHPC",
            "/api/v1/side-events, host, villa-maraini, bel",
            "/api/v1/side-events, topic, harm-reduction, deflection-diversion",
            "/api/v1/meetings, session, cnd-67, cnd-68",
            "/api/v1/meetings, counterpart, fin, UNODC",
            "/api/v1/organizations, country, AUT, bra",
            "/api/v1/bureau-members, session, cnd-62, cnd-63",
            "/api/v1/bureau-members, country, ken, PAK",
            "/api/v1/countries, region, africa, 019",
            "/api/v1/countries, subregion, Western Africa, 155",
            "/api/v1/substances, class, synthetic-cannabinoid, Fentanyl-Precursor",
            "/api/v1/scheduling-decisions, session, cnd-61, cnd-63",
            "/api/v1/scheduling-decisions, schedule, I, table i",
            "/api/v1/scheduling-decisions, substance, cannabis, DRONABINOL",
            "/api/v1/conflicts, session, cnd-63, cnd-68",
            "/api/v1/conflicts, table, scheduling_decisions, session_segments",
            "/api/v1/sponsors, session, cnd-67, cnd-68",
    })
    void twoValuesAnswerExactlyTheRecordsOfEither(String list, String parameter, String a, String b) {
        Set<String> first = ids(list, parameter, a);
        Set<String> second = ids(list, parameter, b);
        assertFalse(first.containsAll(second) || second.containsAll(first), "each value matches records the other does not: " + first + " " + second);
        Set<String> union = new TreeSet<>(first);
        union.addAll(second);
        assertEquals(union, ids(list, parameter, a + "," + b));
        // With a space after the comma, and a value given twice, it is the same request.
        assertEquals(union, ids(list, parameter, a + ", " + b + "," + a));
    }

    @Test
    void recordsMatchingBothValuesCountOnce() {
        // Decisions placing a substance in schedules I and IV at once match schedule=I and schedule=IV.
        Set<String> both = ids("/api/v1/scheduling-decisions", "schedule", "I");
        both.retainAll(ids("/api/v1/scheduling-decisions", "schedule", "IV"));
        assertFalse(both.isEmpty(), "some decision names I and IV");
        int total = ids("/api/v1/scheduling-decisions", "schedule", "I").size() + ids("/api/v1/scheduling-decisions", "schedule", "IV").size();
        given().queryParam("schedule", "I,IV").get("/api/v1/scheduling-decisions").then().statusCode(200)
                .body("meta.total", equalTo(total - both.size()));
    }

    @Test
    void anyOfCombinesWithTheOtherFilters() {
        Set<String> expected = new TreeSet<>();
        for (String session : List.of("cnd-62", "cnd-68")) {
            expected.addAll(ids("/api/v1/side-events?host=villa-maraini", "session", session));
        }
        assertEquals(expected, ids("/api/v1/side-events?host=villa-maraini", "session", "cnd-62,cnd-68"));
    }

    /** The groups of two sessions' records count each group's records of both sessions (a record belongs to one session). */
    @ParameterizedTest(name = "{0}/groups?session={2},{3}&by={1}")
    @CsvSource({
            "/api/v1/resolutions, topic, cnd-63, cnd-68",
            "/api/v1/resolutions, sponsor, cnd-63, cnd-68",
            "/api/v1/side-events, host, cnd-67, cnd-68",
            "/api/v1/meetings, kind, cnd-67, cnd-68",
            "/api/v1/bureau-members, country, cnd-62, cnd-63",
            "/api/v1/scheduling-decisions, outcome, cnd-61, cnd-63",
    })
    void groupsOfTwoSessionsCountTheRecordsOfBoth(String list, String by, String a, String b) {
        JsonPath first = groups(list, "session", a, a);
        JsonPath second = groups(list, "session", b, b);
        given().queryParam("by", "session").queryParam("session", a + "," + b).get(list + "/groups").then().statusCode(200)
                .body("meta.total", equalTo(first.getInt("meta.total") + second.getInt("meta.total")))
                .body("data.find { it.key == '" + a + "' }.count", equalTo(first.getInt("meta.total")))
                .body("data.find { it.key == '" + b + "' }.count", equalTo(second.getInt("meta.total")))
                .body("meta.groups", equalTo(2));
        Map<String, Integer> expected = counts(groups(list, by, a, null));
        counts(groups(list, by, b, null)).forEach((key, count) -> expected.merge(key, count, Integer::sum));
        JsonPath both = groups(list, by, a + "," + b, null);
        assertEquals(expected, counts(both));
        assertEquals(groups(list, by, a, null).getInt("meta.total") + groups(list, by, b, null).getInt("meta.total"), both.getInt("meta.total"));
    }

    @Test
    void aSponsorOfTwoSessionsHasTheResolutionsOfBoth() {
        List<String> expected = new ArrayList<>();
        for (String session : List.of("cnd-67", "cnd-68")) {
            expected.addAll(given().queryParam("session", session).get("/api/v1/sponsors/THA").then().statusCode(200).extract().path("resolutions.id"));
        }
        assertFalse(expected.isEmpty());
        given().queryParam("session", "cnd-67,CND-68").get("/api/v1/sponsors/tha").then().statusCode(200)
                .body("resolutionCount", equalTo(expected.size()))
                .body("resolutions.id", org.hamcrest.Matchers.containsInAnyOrder(expected.toArray()));
    }

    /** The ids of every record the list answers with one filter, page after page, checked against meta.total. */
    static Set<String> ids(String list, String parameter, String value) {
        Set<String> ids = new TreeSet<>();
        int pages = 1;
        int total = -1;
        for (int page = 1; page <= pages; page++) {
            JsonPath answer = given().queryParam(parameter, value).queryParam("size", 50).queryParam("page", page).get(list)
                    .then().statusCode(200).extract().jsonPath();
            pages = answer.getInt("meta.pages");
            total = answer.getInt("meta.total");
            ids.addAll(answer.getList("data.id"));
        }
        assertEquals(total, ids.size(), list + "?" + parameter + "=" + value + ": meta.total");
        return ids;
    }

    private static JsonPath groups(String list, String by, String sessions, String onlyKey) {
        JsonPath answer = given().queryParam("by", by).queryParam("session", sessions).get(list + "/groups").then().statusCode(200).extract().jsonPath();
        if (onlyKey != null) {
            assertEquals(List.of(onlyKey), answer.getList("data.key"));
        }
        return answer;
    }

    private static Map<String, Integer> counts(JsonPath groups) {
        Map<String, Integer> counts = new HashMap<>();
        for (Map<String, Object> group : groups.<Map<String, Object>>getList("data")) {
            counts.put((String) group.get("key"), (Integer) group.get("count"));
        }
        return counts;
    }
}
