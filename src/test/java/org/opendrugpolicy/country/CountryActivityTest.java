package org.opendrugpolicy.country;

import org.opendrugpolicy.api.AbsoluteLinksTest;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** A country page counts what the dataset holds about the country, and the counts agree with the lists they link to. */
@QuarkusTest
class CountryActivityTest {

    @Test
    void mexicoHasOneOfEachKindOfActivity() {
        // sponsorships.csv: L.5 (unconfirmed); votes.csv: in favour of L.6/Rev.1; side_event_hosts.csv: clarifying harm reduction;
        // meetings.csv: one bilateral meeting at CND 68; scheduling_votes.csv: in favour of deleting cannabis from Schedule IV.
        given().get("/api/v1/countries/mex").then().statusCode(200)
                .body("id", equalTo("MEX"))
                .body("activity.sponsorships", equalTo(1))
                .body("activity.votes", equalTo(1))
                .body("activity.sideEventsHosted", equalTo(1))
                .body("activity.meetings", equalTo(1))
                .body("activity.schedulingVotes", equalTo(1))
                .body("activity.links.schedulingVotes", equalTo(AbsoluteLinksTest.link("/api/v1/countries/MEX/scheduling-votes")))
                .body("activity.links.votes", equalTo(AbsoluteLinksTest.link("/api/v1/countries/MEX/votes")))
                .body("activity.links.sideEventsHosted", equalTo(AbsoluteLinksTest.link("/api/v1/side-events?host=MEX")));
    }

    @Test
    void countsAgreeWithTheListsTheyLinkTo() {
        for (String iso3 : new String[] {"COL", "KEN", "THA", "USA"}) {
            var activity = given().get("/api/v1/countries/" + iso3).then().statusCode(200).extract().jsonPath();
            // with or without claims: the link answers the country's record, its count the one activity gives (0 was a 404)
            given().get(activity.getString("activity.links.sponsorships")).then().statusCode(200)
                    .body("resolutionCount", equalTo(activity.getInt("activity.sponsorships")));
            given().get(activity.getString("activity.links.votes")).then().body("meta.total", equalTo(activity.getInt("activity.votes")));
            given().get(activity.getString("activity.links.sideEventsHosted")).then().body("meta.total", equalTo(activity.getInt("activity.sideEventsHosted")));
            given().get(activity.getString("activity.links.meetings")).then().body("meta.total", equalTo(activity.getInt("activity.meetings")));
            given().get(activity.getString("activity.links.schedulingVotes")).then().body("meta.total", equalTo(activity.getInt("activity.schedulingVotes")));
        }
    }

    /** Every country, in the list too, links its votes and bureau seats (only activity, on one country, did), and the links agree with it. */
    @Test
    void everyCountryLinksItsVotesAndBureauSeats() {
        var list = given().get("/api/v1/countries?size=200&fields=id,links").then().statusCode(200).extract().jsonPath();
        for (String field : new String[] {"votes", "schedulingVotes", "bureauSeats"}) {
            org.junit.jupiter.api.Assertions.assertEquals(list.getList("data").size(), list.getList("data.links." + field).stream().filter(java.util.Objects::nonNull).count(), field);
        }
        for (String iso3 : new String[] {"MEX", "PAK", "ATA"}) {
            var country = given().get("/api/v1/countries/" + iso3).then().statusCode(200).extract().jsonPath();
            given().get(country.getString("links.votes")).then().statusCode(200).body("meta.total", equalTo(country.getInt("activity.votes")));
            given().get(country.getString("links.schedulingVotes")).then().statusCode(200).body("meta.total", equalTo(country.getInt("activity.schedulingVotes")));
            given().get(country.getString("links.bureauSeats")).then().statusCode(200).body("meta.total", equalTo(country.getList("bureauSeats").size()));
        }
    }

    @Test
    void aTerritoryWithNoRecordsCountsZero() {
        given().get("/api/v1/countries/ATA").then().statusCode(200)
                .body("activity.sponsorships", equalTo(0)).body("activity.votes", equalTo(0))
                .body("activity.sideEventsHosted", equalTo(0)).body("activity.meetings", equalTo(0))
                .body("activity.schedulingVotes", equalTo(0));
    }

    @Test
    void theListStaysCheapAndLeavesActivityOut() {
        given().get("/api/v1/countries?size=200").then().statusCode(200).body("data", everyItem(not(hasKey("activity"))));
    }
}
