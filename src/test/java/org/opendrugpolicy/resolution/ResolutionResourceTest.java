package org.opendrugpolicy.resolution;

import org.opendrugpolicy.api.AbsoluteLinksTest;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ResolutionResourceTest {

    @Test
    void symbolLookupFindsChilesPreventionResolutionWithItsSponsor() {
        given().queryParam("symbol", "e/cn.7/2025/l.2/rev.1").get("/api/v1/resolutions").then().statusCode(200)
                .body("meta.total", equalTo(1))
                .body("data[0].id", equalTo("cnd-68-l2"))
                .body("data[0].symbol", equalTo("E/CN.7/2025/L.2/Rev.1"))
                .body("data[0].title", containsString("drug use prevention for children"))
                .body("data[0].session.id", equalTo("cnd-68"))
                .body("data[0].sponsors.country.id", contains("CHL"))
                .body("data[0].sponsors[0].role", equalTo("main-sponsor"))
                .body("data[0].sponsors[0].claimStatus", equalTo("confirmed"));
    }

    @Test
    void symbolLookupIsExact() {
        given().queryParam("symbol", "E/CN.7/2025/L.2").get("/api/v1/resolutions").then().statusCode(200).body("meta.total", equalTo(0));
    }

    @Test
    void sixResolutionsAtCnd68AllByVote() {
        given().get("/api/v1/resolutions?session=cnd-68").then().statusCode(200)
                .body("meta.total", equalTo(6))
                .body("data.adoption", everyItem(equalTo("vote")))
                .body("data.id", contains("cnd-68-l2", "cnd-68-l3", "cnd-68-l4", "cnd-68-l5", "cnd-68-l6", "cnd-68-l7"));
        given().get("/api/v1/resolutions?session=cnd-67").then().statusCode(200).body("meta.total", equalTo(4));
    }

    @Test
    void theDrugControlReviewRecordsItsTallyAndWhoCalledTheVote() {
        given().get("/api/v1/resolutions/cnd-68-l6").then().statusCode(200)
                .body("symbol", equalTo("E/CN.7/2025/L.6/Rev.1"))
                .body("votes.inFavour", equalTo(30))
                .body("votes.against", equalTo(3))
                .body("votes.abstaining", equalTo(18))
                .body("voteCalledBy.id", equalTo("USA"))
                .body("adoptedOn", equalTo("2025-03-14"))
                .body("sponsors.country.id", contains("COL"))
                .body("links.sponsors", equalTo(AbsoluteLinksTest.link("/api/v1/resolutions/cnd-68-l6/sponsors")));
    }

    @Test
    void resolutionsWithoutATallyHaveNullVotes() {
        given().get("/api/v1/resolutions/cnd-68-l2").then().statusCode(200).body("votes", nullValue()).body("resolutionNumber", nullValue());
    }

    @Test
    void theOverdoseResolutionQuotesItsHarmReductionParagraph() {
        given().get("/api/v1/resolutions?q=harm reduction overdose").then().statusCode(200)
                .body("data.id", org.hamcrest.Matchers.hasItem("cnd-67-l5"));
        given().get("/api/v1/resolutions/cnd-67-l5").then().statusCode(200)
                .body("keyText", containsString("harm reduction measures aimed at preventing and minimizing"))
                .body("voteCalledBy.id", equalTo("RUS"));
    }

    @Test
    void filtersBySponsorAdoptionAndTopic() {
        given().get("/api/v1/resolutions?sponsor=tha").then().statusCode(200)
                .body("data.id", contains("cnd-67-l2", "cnd-68-l3", "cnd-68-l4"));
        // The 2019 Ministerial Declaration (release 2026.11.30) has no draft symbol, so it sorts last.
        given().get("/api/v1/resolutions?adoption=consensus").then().statusCode(200)
                .body("data.id", contains("cnd-67-l3", "cnd-67-l4", "cnd-62-ministerial-declaration"));
        given().get("/api/v1/resolutions?topic=alternative-development").then().statusCode(200)
                .body("data.id", contains("cnd-67-l2", "cnd-68-l4"));
        given().get("/api/v1/resolutions?session=cnd-68&sponsor=ALB").then().statusCode(200)
                .body("data.id", contains("cnd-68-l5", "cnd-68-l7"));
    }

    @Test
    void contestedSponsorshipKeepsBothClaims() {
        // as everywhere, the contradicted claim counts only when asked for
        given().get("/api/v1/resolutions/cnd-68-l3/sponsors").then().statusCode(200)
                .body("data.country.id", contains("NOR", "THA"));
        given().get("/api/v1/resolutions/cnd-68-l3/sponsors?claimStatus=confirmed,unconfirmed&claimStatus=contradicted").then().statusCode(200)
                .body("meta.total", equalTo(3))
                .body("data.country.id", contains("NOR", "THA", "USA"))
                .body("data.claimStatus", contains("confirmed", "confirmed", "contradicted"))
                .body("data[2].sources[0].id", equalTo("seed-knowmad-cnd68"));
    }

    @Test
    void sortByAdoptionDateThenSymbol() {
        given().get("/api/v1/resolutions?sort=-adoptedOn&size=3").then().statusCode(200)
                .body("data.id", contains("cnd-68-l2", "cnd-68-l3", "cnd-68-l4"));
    }

    @Test
    void unknownResolutionIs404() {
        given().get("/api/v1/resolutions/cnd-68-l99").then().statusCode(404);
        given().get("/api/v1/resolutions/cnd-68-l99/sponsors").then().statusCode(404)
                .body("detail", equalTo("No resolution has the id 'cnd-68-l99'."));
    }

    /** The press cites drafts (L.2) whose adopted text is a revision (L.2/Rev.1): the 404 names the draft's recorded symbols. */
    @Test
    void anUnrecordedSymbolOfARecordedDraftIsA404NamingTheRecordedOnes() {
        given().urlEncodingEnabled(false).get("/api/v1/resolutions/E%2FCN.7%2F2025%2FL.2").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("No resolution has the UN document symbol 'E/CN.7/2025/L.2'. "
                        + "The dataset records this draft as E/CN.7/2025/L.2/Rev.1 (/api/v1/resolutions/cnd-68-l2)."));
        // a revision the dataset does not hold, of a draft it holds unrevised
        given().urlEncodingEnabled(false).get("/api/v1/resolutions/e%2Fcn.7%2F2024%2Fl.2%2Frev.3").then().statusCode(404)
                .body("detail", equalTo("No resolution has the UN document symbol 'e/cn.7/2024/l.2/rev.3'. "
                        + "The dataset records this draft as E/CN.7/2024/L.2 (/api/v1/resolutions/cnd-67-l2)."));
        // a LIKE wildcard is no draft number (else it would name L.2/Rev.1 and L.6/Rev.1)
        given().urlEncodingEnabled(false).get("/api/v1/resolutions/E%2FCN.7%2F2025%2FL.%25").then().statusCode(404)
                .body("detail", equalTo("No resolution has the UN document symbol 'E/CN.7/2025/L.%'."));
    }

    /** Users cite resolutions by official number (63/17) as they cite symbols: q finds it, and the path's 404 names it. */
    @Test
    void anOfficialNumberIsFoundByQAndNamedByThePathsNotFound() {
        given().get("/api/v1/resolutions?q=63/17").then().statusCode(200)
                .body("data.resolutionNumber", hasItem("63/17"))
                .body("data.findAll { it.resolutionNumber != '63/17' && !(it.title + ' ' + it.summary + ' ' + it.keyText).contains('63/17') }",
                        org.hamcrest.Matchers.empty());
        String id = given().get("/api/v1/resolutions?number=63/17").then().statusCode(200).extract().path("data[0].id");
        String kind = given().get("/api/v1/resolutions?number=63/17").then().extract().path("data[0].kind");
        given().urlEncodingEnabled(false).get("/api/v1/resolutions/63%2F17").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("No resolution has the UN document symbol '63/17'. 63/17 is the official number of " + kind + " " + id
                        + " (/api/v1/resolutions/" + id + "). The list's number= filter finds resolutions by their official number."));
        given().urlEncodingEnabled(false).get("/api/v1/resolutions/99%2F99").then().statusCode(404)
                .body("detail", equalTo("No resolution has the UN document symbol '99/99'. No resolution has the official number 99/99 either. "
                        + "The list's number= filter finds resolutions by their official number."));
        // a symbol-like value is no number: no number sentence
        given().urlEncodingEnabled(false).get("/api/v1/resolutions/E%2FCN.7%2F1999%2FL.1").then().statusCode(404)
                .body("detail", equalTo("No resolution has the UN document symbol 'E/CN.7/1999/L.1'."));
    }

    /** sort=number orders official numbers as the Commission does (62/2 before 62/14), records without one last. */
    @Test
    void officialNumbersSortAsTheCommissionNumbersThem() {
        List<String> ascending = numbers("number");
        List<String> expected = new ArrayList<>(ascending);
        expected.sort(Comparator.nullsLast(Comparator.<String>comparingInt(n -> Integer.parseInt(n.split("/")[0]))
                .thenComparingInt(n -> Integer.parseInt(n.split("/")[1]))));
        assertEquals(expected, ascending);
        assertTrue(ascending.indexOf("62/2") < ascending.indexOf("62/14"), "62/2 before 62/14, not text order");
        List<String> expectedDescending = new ArrayList<>(expected.stream().filter(Objects::nonNull).toList());
        Collections.reverse(expectedDescending);
        expected.stream().filter(Objects::isNull).forEach(expectedDescending::add);
        assertEquals(expectedDescending, numbers("-number"), "highest number first; records without one stay last");
    }

    private static List<String> numbers(String sort) {
        return given().get("/api/v1/resolutions?sort=" + sort + "&size=100&fields=resolutionNumber").then().statusCode(200)
                .extract().jsonPath().getList("data.resolutionNumber", String.class);
    }

    @Test
    void everyResolutionNamesItsSources() {
        // 10 of CND 67 and 68, 23 of CND 60-66 since release 2026.11.30.
        given().get("/api/v1/resolutions?size=100").then().statusCode(200)
                .body("data", hasSize(33))
                .body("data.findAll { it.sources.isEmpty() }", org.hamcrest.Matchers.empty());
    }

    @Test
    void numberFindsTheCannabisDecisionWithItsTally() {
        given().get("/api/v1/resolutions?number=63/17").then().statusCode(200)
                .body("meta.total", equalTo(1))
                .body("data[0].id", equalTo("cnd-63-dec-63-17"))
                .body("data[0].resolutionNumber", equalTo("63/17"))
                .body("data[0].kind", equalTo("decision"))
                .body("data[0].adopted", equalTo(true))
                .body("data[0].titleComplete", equalTo(true))
                .body("data[0].votes.inFavour", equalTo(27))
                .body("data[0].votes.against", equalTo(25))
                .body("data[0].votes.abstaining", equalTo(1));
        given().get("/api/v1/resolutions?number=62/1,63/17").then().statusCode(200).body("meta.total", equalTo(2));
        given().get("/api/v1/resolutions?kind=declaration").then().statusCode(200)
                .body("data.kind", org.hamcrest.Matchers.everyItem(equalTo("declaration")));
    }

    @Test
    void malformedNumberOrKindIs400() {
        given().get("/api/v1/resolutions?number=sixty-three").then().statusCode(400).body("errors[0].name", equalTo("number"));
        given().get("/api/v1/resolutions?kind=treaty").then().statusCode(400).body("errors[0].name", equalTo("kind"));
    }
}
