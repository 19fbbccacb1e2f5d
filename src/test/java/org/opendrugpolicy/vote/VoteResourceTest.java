package org.opendrugpolicy.vote;

import org.opendrugpolicy.api.AbsoluteLinksTest;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The L.6/Rev.1 roll-call (fact sheet §2b, §7 and second pass §2-§3), from the resolution's side and from the countries'. */
@QuarkusTest
class VoteResourceTest {

    @Test
    void theExpertReviewRollCallNames50StatesAndSaysOneAbstainerIsUnnamed() {
        given().get("/api/v1/resolutions/cnd-68-l6/votes?size=100").then().statusCode(200)
                .body("meta.total", equalTo(50))
                .body("data", hasSize(50))
                .body("meta.tally.inFavour", equalTo(30)).body("meta.tally.against", equalTo(3)).body("meta.tally.abstaining", equalTo(18))
                .body("meta.rollCall.inFavour", equalTo(30)).body("meta.rollCall.against", equalTo(3)).body("meta.rollCall.abstaining", equalTo(17))
                .body("meta.unnamed.inFavour", equalTo(0)).body("meta.unnamed.against", equalTo(0)).body("meta.unnamed.abstaining", equalTo(1))
                .body("meta.note", containsString("18 abstaining but the roll-call names 17"))
                .body("data.resolution.id", everyItem(equalTo("cnd-68-l6")))
                .body("data.resolution.symbol", everyItem(equalTo("E/CN.7/2025/L.6/Rev.1")))
                .body("data[0].vote", equalTo("in-favour"))
                .body("data[0].country.id", equalTo("AUS"))
                .body("data[49].vote", equalTo("abstaining"))
                .body("data[0].sources[0].id", equalTo("cndblog-2025-plenary-fri-afternoon"));
    }

    @Test
    void againstAreArgentinaRussiaAndTheUnitedStatesByName() {
        given().get("/api/v1/resolutions/CND-68-L6/votes?vote=against").then().statusCode(200)
                .body("meta.total", equalTo(3))
                .body("data.country.id", contains("ARG", "RUS", "USA"))
                // the roll-call counts stay those of the whole roll-call, whatever the filter
                .body("meta.rollCall.inFavour", equalTo(30));
    }

    @Test
    void abstainersAreThe17NamedStatesWithIndonesiaOnce() {
        given().get("/api/v1/resolutions/cnd-68-l6/votes?vote=abstaining&size=50").then().statusCode(200)
                .body("meta.total", equalTo(17))
                .body("data.country.name", contains("Algeria", "Armenia", "Bangladesh", "China", "Ghana", "India", "Indonesia",
                        "Iran, Islamic Republic of", "Kenya", "Morocco", "Peru", "Qatar", "Saudi Arabia", "Singapore",
                        "Tanzania, United Republic of", "Thailand", "Trinidad and Tobago"))
                .body("data.find { it.country.id == 'IDN' }.note", containsString("twice"));
    }

    @Test
    void pagesOfTheRollCallLinkToEachOther() {
        given().get("/api/v1/resolutions/cnd-68-l6/votes?size=20&page=3").then().statusCode(200)
                .body("data", hasSize(10))
                .body("meta.pages", equalTo(3))
                .body("links.prev", equalTo(AbsoluteLinksTest.link("/api/v1/resolutions/cnd-68-l6/votes?page=2&size=20")));
    }

    @Test
    void aResolutionWithoutRollCallAnswersEmptyWithNoTally() {
        given().get("/api/v1/resolutions/cnd-68-l2/votes").then().statusCode(200)
                .body("data", empty())
                .body("meta.total", equalTo(0))
                .body("meta.tally", nullValue())
                .body("meta.unnamed", nullValue())
                .body("meta.rollCall.abstaining", equalTo(0))
                .body("meta.note", containsString("No source gives a tally or a roll-call"));
    }

    @Test
    void theResolutionLinksToItsVotes() {
        given().get("/api/v1/resolutions/cnd-68-l6").then().statusCode(200).body("links.votes", equalTo(AbsoluteLinksTest.link("/api/v1/resolutions/cnd-68-l6/votes")));
    }

    @Test
    void aCountrysVotesNameTheResolution() {
        given().get("/api/v1/countries/col/votes").then().statusCode(200)
                .body("meta.total", equalTo(1))
                .body("data[0].vote", equalTo("in-favour"))
                .body("data[0].resolution.symbol", equalTo("E/CN.7/2025/L.6/Rev.1"))
                .body("data[0].resolution.session.id", equalTo("cnd-68"))
                .body("data[0].resolution.session.year", equalTo(2025))
                .body("data[0].resolution.href", equalTo(AbsoluteLinksTest.link("/api/v1/resolutions/cnd-68-l6")))
                .body("meta.tally", nullValue())
                .body("meta.rollCall.inFavour", equalTo(1));
        given().get("/api/v1/countries/USA/votes").then().statusCode(200).body("data.vote", contains("against"));
        given().get("/api/v1/countries/KEN/votes?vote=abstaining").then().statusCode(200).body("meta.total", equalTo(1));
    }

    @Test
    void aCountrysVotesOnSchedulingDecisionsNameTheDecision() {
        // scheduling_votes.csv: the United States voted to delete cannabis from Schedule IV (CND 63) and abstained on HHC (CND 68)
        given().get("/api/v1/countries/usa/scheduling-votes").then().statusCode(200)
                .body("meta.total", equalTo(2))
                .body("data.decision.id", contains("cnd-63-rec-5-1", "cnd-68-hhc"))
                .body("data.vote", contains("in-favour", "abstaining"))
                .body("data[0].decision.session.id", equalTo("cnd-63"))
                .body("data[0].decision.href", equalTo(AbsoluteLinksTest.link("/api/v1/scheduling-decisions/cnd-63-rec-5-1")))
                .body("data[1].note", containsString("c16"))
                .body("meta.tally", nullValue())
                .body("meta.note", nullValue())
                .body("meta.rollCall.inFavour", equalTo(1))
                .body("meta.rollCall.abstaining", equalTo(1));
        given().get("/api/v1/countries/USA/scheduling-votes?vote=abstaining").then().statusCode(200).body("data.decision.id", contains("cnd-68-hhc"));
        // every row of the decision's own roll-call is one of its voters' rows, seen from the country
        given().get("/api/v1/countries/THA/scheduling-votes").then().statusCode(200).body("data.decision.id", contains("cnd-63-rec-5-1"));
        given().get("/api/v1/countries/ATA/scheduling-votes").then().statusCode(200).body("data", empty()).body("meta.total", equalTo(0));
        given().get("/api/v1/countries/XXX/scheduling-votes").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("XXX"));
        given().get("/api/v1/countries/USA/scheduling-votes?vote=no&size=0").then().statusCode(400)
                .body("errors.name", contains("vote", "size"));
    }

    @Test
    void aCountryNoRollCallNamesAnswersEmpty() {
        // Germany sponsored CND 68 L.4 but is not in the L.6 roll-call.
        given().get("/api/v1/countries/DEU/votes").then().statusCode(200).body("data", empty()).body("meta.total", equalTo(0));
    }

    @Test
    void unknownResolutionOrCountryIs404() {
        given().get("/api/v1/resolutions/cnd-99-l1/votes").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("cnd-99-l1"));
        given().get("/api/v1/countries/XXX/votes").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("XXX"));
    }

    @Test
    void badVoteFilterUnknownParameterAndBadPageAre400() {
        given().get("/api/v1/resolutions/cnd-68-l6/votes?vote=yes").then().statusCode(400)
                .body("errors.name", hasItem("vote"));
        given().get("/api/v1/countries/COL/votes?vote=no&size=0").then().statusCode(400)
                .body("errors.name", contains("vote", "size"));
        given().get("/api/v1/resolutions/cnd-68-l6/votes?country=COL").then().statusCode(400)
                .body("errors.name", hasItem("country"));
    }
}
