package org.opendrugpolicy.scheduling;

import org.opendrugpolicy.api.AbsoluteLinksTest;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SchedulingDecisionResourceTest {

    @Test
    void cnd68TookSixDecisionsEachWithSubstanceConventionAndSchedule() {
        given().get("/api/v1/scheduling-decisions?session=cnd-68").then().statusCode(200)
                .body("meta.total", equalTo(6))
                .body("data.session.id", everyItem(equalTo("cnd-68")))
                .body("data.findAll { it.substances.isEmpty() }", empty())
                .body("data.convention", everyItem(notNullValue()))
                .body("data.findAll { it.schedules.isEmpty() }", empty())
                .body("data.find { it.id == 'cnd-68-hhc' }.convention", equalTo("1971"))
                .body("data.find { it.id == 'cnd-68-hhc' }.schedules", contains("II"))
                .body("data.find { it.id == 'cnd-68-hhc' }.substances[0].substance.id", equalTo("hhc"));
    }

    @Test
    void theCannabisRecommendationCarriesItsTallyAndTheDecisionThatTookIt() {
        given().get("/api/v1/scheduling-decisions/CND-63-REC-5-1").then().statusCode(200)
                .body("id", equalTo("cnd-63-rec-5-1"))
                .body("outcome", equalTo("deleted"))
                .body("voting", equalTo("vote"))
                .body("votes.inFavour", equalTo(27))
                .body("votes.against", equalTo(25))
                .body("votes.abstaining", equalTo(1))
                .body("decidedBy.number", equalTo("63/17"))
                .body("decidedBy.href", equalTo(AbsoluteLinksTest.link("/api/v1/resolutions/cnd-63-dec-63-17")))
                .body("substances.substance.id", hasItem("cannabis"))
                .body("links.votes", equalTo(AbsoluteLinksTest.link("/api/v1/scheduling-decisions/cnd-63-rec-5-1/votes")));
    }

    /**
     * From the decision that took it, the way back: the resolution links the decisions it took (decidedBy=), and its own
     * votes, which name no state, say where the roll-call of the same vote is (a new user's trial found decision 63/17's
     * votes empty, "no state's vote is named", beside a 29-row roll-call on the decision).
     */
    @Test
    void aDecisionThatTookAScheduleChangeLeadsToItAndToItsRollCall() {
        List<Map<String, Object>> all = given().get("/api/v1/scheduling-decisions?size=200").then().statusCode(200).extract().jsonPath().getList("data");
        List<Object> takenBy6317 = all.stream().filter(d -> d.get("decidedBy") instanceof Map<?, ?> by && "cnd-63-dec-63-17".equals(by.get("id")))
                .map(d -> d.get("id")).toList();
        assertFalse(takenBy6317.isEmpty(), "the fixture: 63/17 took a decision");
        String link = given().get("/api/v1/resolutions/cnd-63-dec-63-17").then().statusCode(200).extract().path("links.schedulingDecisions");
        assertEquals(AbsoluteLinksTest.link("/api/v1/scheduling-decisions?decidedBy=cnd-63-dec-63-17"), link);
        given().get(link).then().statusCode(200).body("data.id", equalTo(takenBy6317));
        // a text that took none links an empty list; two values are either's decisions
        given().get("/api/v1/scheduling-decisions?decidedBy=cnd-68-l6").then().statusCode(200).body("meta.total", equalTo(0));
        given().get("/api/v1/scheduling-decisions?decidedBy=cnd-68-l6,CND-63-DEC-63-17").then().statusCode(200).body("data.id", equalTo(takenBy6317));
        given().get("/api/v1/scheduling-decisions?decidedBy=cnd-63-dec-63-17,,x&size=0").then().statusCode(400)
                .body("errors.name", containsInAnyOrder("decidedBy", "size"));

        JsonPath votes = given().get("/api/v1/resolutions/cnd-63-dec-63-17/votes").then().statusCode(200).body("data", empty()).extract().jsonPath();
        String rollCall = "/api/v1/scheduling-decisions/" + takenBy6317.get(0) + "/votes";
        // linked in meta, absolute on the public base URL as every link (a bare path leaves a gateway's path prefix), and named in the note
        assertEquals(takenBy6317, votes.getList("meta.recordedOn.decision"));
        assertEquals(List.of(AbsoluteLinksTest.link(rollCall)), votes.getList("meta.recordedOn.href"));
        assertTrue(votes.getString("meta.note").contains("(" + takenBy6317.get(0) + "; its link is in meta.recordedOn)"), votes.getString("meta.note"));
        given().get(rollCall).then().statusCode(200).body("meta.rollCall.inFavour", equalTo(votes.getInt("meta.tally.inFavour")))
                .body("meta.recordedOn", empty());
        // a resolution with a roll-call of its own keeps its note, and is recorded on no decision; a country's votes have neither
        given().get("/api/v1/resolutions/cnd-68-l6/votes").then().statusCode(200).body("meta.note", not(containsString("scheduling decision")))
                .body("meta.recordedOn", empty());
        given().get("/api/v1/countries/USA/votes").then().statusCode(200).body("meta.recordedOn", nullValue()).body("meta.note", nullValue());
    }

    @Test
    void aUnanimousDecisionHasNoCountsAndOneSubstanceCanGoIntoTwoSchedules() {
        given().get("/api/v1/scheduling-decisions/cnd-61-carfentanil").then().statusCode(200)
                .body("schedules", contains("I", "IV"))
                .body("voting", equalTo("unanimous"))
                .body("votes", nullValue());
        given().get("/api/v1/scheduling-decisions?schedule=iv&session=cnd-61").then().statusCode(200)
                .body("data.id", hasItem("cnd-61-carfentanil"));
    }

    @Test
    void cnd69OutcomesAreNotYetKnown() {
        given().get("/api/v1/scheduling-decisions?session=cnd-69").then().statusCode(200)
                .body("meta.total", equalTo(3))
                .body("data.outcome", everyItem(nullValue()));
        given().get("/api/v1/sessions/cnd-69").then().statusCode(200).body("outcomeStatus", equalTo("not-yet-reported"));
    }

    @Test
    void rollCallInTheRecordedVoteForm() {
        given().get("/api/v1/scheduling-decisions/cnd-63-rec-5-1/votes?size=100").then().statusCode(200)
                .body("meta.tally.inFavour", equalTo(27))
                .body("meta.tally.against", equalTo(25))
                .body("meta.tally.abstaining", equalTo(1))
                .body("meta.rollCall.inFavour", equalTo(27))
                .body("meta.unnamed.against", equalTo(24))
                .body("meta.note", containsString("unnamed"))
                .body("data.find { it.vote == 'abstaining' }.country.id", equalTo("UKR"))
                .body("data.decision.id", everyItem(equalTo("cnd-63-rec-5-1")));
        given().get("/api/v1/scheduling-decisions/cnd-63-rec-5-1/votes?vote=abstaining").then().statusCode(200)
                .body("data.country.id", contains("UKR"));
        given().get("/api/v1/scheduling-decisions/cnd-60-anpp/votes").then().statusCode(200)
                .body("data", empty()).body("meta.tally", nullValue());
        given().get("/api/v1/scheduling-decisions/cnd-63-rec-5-1/votes?vote=maybe").then().statusCode(400)
                .body("errors[0].name", equalTo("vote"));
        given().get("/api/v1/scheduling-decisions/nope/votes").then().statusCode(404);
    }

    @Test
    void filtersNarrowTheList() {
        int all = given().get("/api/v1/scheduling-decisions").then().statusCode(200).extract().path("meta.total");
        assertFiltered("convention=1988", all, d -> "1988".equals(d.get("convention")));
        assertFiltered("recommendedBy=incb", all, d -> "incb".equals(d.get("recommendedBy")));
        assertFiltered("outcome=rejected", all, d -> "rejected".equals(d.get("outcome")));
        assertFiltered("yearFrom=2020&yearTo=2021", all, d -> {
            int year = (Integer) ((Map<?, ?>) d.get("session")).get("year");
            return year >= 2020 && year <= 2021;
        });
        given().get("/api/v1/scheduling-decisions?substance=cannabis").then().statusCode(200)
                .body("data.id", hasItem("cnd-63-rec-5-1"))
                .body("data.id", hasItem("cnd-62-cannabis-recommendations"));
    }

    private static void assertFiltered(String query, int all, java.util.function.Predicate<Map<?, ?>> holds) {
        JsonPath page = given().get("/api/v1/scheduling-decisions?size=200&" + query).then().statusCode(200).extract().jsonPath();
        List<Map<?, ?>> data = page.getList("data");
        org.junit.jupiter.api.Assertions.assertTrue(!data.isEmpty() && data.size() < all, query + " selects some but not all: " + data.size());
        org.junit.jupiter.api.Assertions.assertTrue(data.stream().allMatch(holds), query + " holds for every row");
    }

    @Test
    void qSearchesSubstanceNamesAndAliases() {
        // "ephylone" is only an alias of N-ethylnorpentylone, in no decision's subject
        given().get("/api/v1/scheduling-decisions?q=ephylone").then().statusCode(200)
                .body("meta.total", greaterThan(0))
                .body("data[0].substances.substance.id", hasItem("n-ethylnorpentylone"));
        given().get("/api/v1/scheduling-decisions?q=Carisoprodol").then().statusCode(200)
                .body("data.id", contains("cnd-68-carisoprodol"));
        given().get("/api/v1/scheduling-decisions?q=zzzzqqq").then().statusCode(200).body("meta.total", equalTo(0));
    }

    @Test
    void groupsBySessionGiveACountPerSessionForACharts() {
        given().get("/api/v1/scheduling-decisions/groups?by=session").then().statusCode(200)
                .body("data", hasSize(10))
                .body("data.find { it.key == 'cnd-68' }.count", equalTo(6))
                .body("data.find { it.key == 'cnd-69' }.count", equalTo(3))
                .body("meta.total", equalTo(given().get("/api/v1/scheduling-decisions").then().extract().path("meta.total")));
        given().get("/api/v1/scheduling-decisions/groups?by=year").then().statusCode(200)
                .body("data.find { it.key == '2025' }.count", equalTo(6));
        given().get("/api/v1/scheduling-decisions/groups?by=outcome&session=cnd-69").then().statusCode(200)
                .body("data.key", contains((Object) null));
        given().get("/api/v1/scheduling-decisions/groups?by=convention").then().statusCode(200)
                .body("data.key", hasItem("1961"));
    }

    @Test
    void inferredFieldsAreMarked() {
        List<Map<String, Object>> data = given().get("/api/v1/scheduling-decisions?size=200").then().statusCode(200).extract().jsonPath().getList("data");
        long marked = data.stream().filter(d -> !((List<?>) d.get("inferred")).isEmpty()).count();
        org.junit.jupiter.api.Assertions.assertTrue(marked > 0, "some decisions have inferred fields");
        Map<String, Object> one = data.stream().filter(d -> !((List<?>) d.get("inferred")).isEmpty()).findFirst().orElseThrow();
        given().get("/api/v1/scheduling-decisions/" + one.get("id")).then().statusCode(200)
                .body("inferred[0].field", notNullValue())
                .body("inferred[0].note", notNullValue())
                .body("inferred[0].sources", not(empty()));
    }

    @Test
    void includeEmbedsSessionSubstancesAndTheDecidingResolution() {
        given().get("/api/v1/scheduling-decisions/cnd-63-rec-5-1?include=session,substances,decidedBy").then().statusCode(200)
                .body("included.sessions.id", contains("cnd-63"))
                .body("included.substances.id", hasItem("cannabis"))
                .body("included.resolutions.id", contains("cnd-63-dec-63-17"))
                .body("included.resolutions[0].votes.inFavour", equalTo(27));
    }

    @Test
    void csvListsEveryMatchingRow() {
        String csv = given().accept("text/csv").get("/api/v1/scheduling-decisions?session=cnd-68").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(csv.startsWith("id,"), "a header first: " + csv.lines().findFirst().orElse(""));
        for (String id : List.of("cnd-68-protonitazepyne", "cnd-68-metonitazepyne", "cnd-68-etonitazepipne", "cnd-68-n-desethyl-isotonitazene",
                "cnd-68-hhc", "cnd-68-carisoprodol")) {
            org.junit.jupiter.api.Assertions.assertEquals(1, csv.lines().filter(line -> line.startsWith(id + ",")).count(), id + " once");
        }
        org.junit.jupiter.api.Assertions.assertFalse(csv.contains("cnd-67-"), "only CND 68's rows");
    }

    @Test
    void badFiltersAre400ProblemsAndUnknownIdsAre404() {
        given().get("/api/v1/scheduling-decisions?convention=1972").then().statusCode(400)
                .contentType(containsString("application/problem+json")).body("errors[0].name", equalTo("convention"));
        given().get("/api/v1/scheduling-decisions?yearFrom=20x0").then().statusCode(400).body("errors[0].name", equalTo("yearFrom"));
        given().get("/api/v1/scheduling-decisions?yearFrom=2022&yearTo=2020").then().statusCode(400).body("errors[0].name", equalTo("yearTo"));
        given().get("/api/v1/scheduling-decisions?outcome=won&recommendedBy=unodc").then().statusCode(400)
                .body("errors.name", containsInAnyOrder("outcome", "recommendedBy"));
        given().get("/api/v1/scheduling-decisions?sort=colour").then().statusCode(400).body("errors[0].name", equalTo("sort"));
        given().get("/api/v1/scheduling-decisions/groups?by=colour").then().statusCode(400).body("errors[0].name", equalTo("by"));
        given().get("/api/v1/scheduling-decisions/groups").then().statusCode(400).body("errors[0].name", equalTo("by"));
        given().get("/api/v1/scheduling-decisions/cnd-99-nothing").then().statusCode(404)
                .contentType(containsString("application/problem+json"))
                .body("detail", equalTo("No scheduling decision has the id 'cnd-99-nothing'."));
    }
}
