package org.opendrugpolicy.resolution;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, item 12: one default for sponsorship claims (contradicted ones out unless asked), and claimStatus taking
 * several values, comma-separated or repeated, on every operation that counts or selects by sponsorship; so two charts
 * built from different operations agree.
 */
@QuarkusTest
class ClaimStatusDefaultTest {
    private static final String ALL = "claimStatus=confirmed,unconfirmed,contradicted";

    /** Sponsorships per country, as each operation counts them, for one session and one choice of statuses. */
    private static Map<String, Integer> bySponsors(String session, String statuses) {
        Map<String, Integer> counts = new TreeMap<>();
        var page = given().get("/api/v1/sponsors?size=200&session=" + session + statuses).then().statusCode(200).extract().jsonPath();
        List<String> ids = page.getList("data.id");
        List<Integer> n = page.getList("data.resolutionCount");
        for (int i = 0; i < ids.size(); i++) {
            counts.put(ids.get(i), n.get(i));
        }
        return counts;
    }

    private static Map<String, Integer> byGroups(String session, String statuses) {
        Map<String, Integer> counts = new TreeMap<>();
        var groups = given().get("/api/v1/resolutions/groups?by=sponsor&session=" + session + statuses).then().statusCode(200).extract().jsonPath();
        List<String> keys = groups.getList("data.key");
        List<Integer> n = groups.getList("data.count");
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i) != null) {
                counts.put(keys.get(i), n.get(i));
            }
        }
        return counts;
    }

    @Test
    void sponsorsGroupsNetworkAndResolutionListsCountTheSameClaims() {
        for (String statuses : new String[] {"", "&" + ALL, "&claimStatus=confirmed", "&claimStatus=unconfirmed&claimStatus=contradicted"}) {
            for (String session : new String[] {"cnd-68", "cnd-67"}) {
                Map<String, Integer> sponsors = bySponsors(session, statuses);
                assertEquals(sponsors, byGroups(session, statuses), session + statuses);
                List<String> nodes = given().get("/api/v1/networks/co-sponsorship?session=" + session + statuses).then().statusCode(200)
                        .extract().jsonPath().getList("nodes.id");
                assertEquals(sponsors.keySet(), new java.util.TreeSet<>(nodes), session + statuses);
                for (var sponsor : sponsors.entrySet()) {
                    given().get("/api/v1/resolutions?session=" + session + "&sponsor=" + sponsor.getKey() + statuses).then().statusCode(200)
                            .body("meta.total", equalTo(sponsor.getValue()));
                }
            }
        }
    }

    @Test
    void aCountrysActivityCountsWhatItsSponsorPageLists() {
        for (String statuses : new String[] {"", "?" + ALL, "?claimStatus=contradicted"}) {
            int activity = given().get("/api/v1/countries/USA" + statuses).then().statusCode(200).extract().path("activity.sponsorships");
            int listed = given().get("/api/v1/sponsors/USA" + statuses).then().extract().path("resolutionCount");
            assertEquals(listed, activity, statuses);
        }
        // the USA's claim on L.3 is contradicted: out by default, in when asked for
        given().get("/api/v1/countries/USA").then().body("activity.sponsorships", equalTo(1));
        given().get("/api/v1/countries/USA?" + ALL).then().body("activity.sponsorships", equalTo(2));
    }

    @Test
    void theContradictedClaimIsOutOfEveryDefault() {
        given().get("/api/v1/resolutions/groups?by=sponsor&session=cnd-68").then().statusCode(200).body("data.key", not(hasItem("USA")));
        given().get("/api/v1/resolutions/groups?by=sponsor&session=cnd-68&claimStatus=confirmed,contradicted").then().statusCode(200)
                .body("data.key", hasItem("USA"));
        given().get("/api/v1/resolutions?sponsor=USA&session=cnd-68").then().statusCode(200).body("meta.total", equalTo(0));
        given().get("/api/v1/resolutions/cnd-68-l3/sponsors").then().body("data.claimStatus", not(hasItem("contradicted")));
        given().get("/api/v1/networks/co-sponsorship").then().body("meta.claimStatus", contains("confirmed", "unconfirmed"));
    }

    @Test
    void claimStatusTakesSeveralValuesAndRefusesUnknownOnes() {
        given().get("/api/v1/sponsors?claimStatus=confirmed,unconfirmed").then().statusCode(200);
        given().get("/api/v1/sponsors?claimStatus=confirmed&claimStatus=unconfirmed").then().statusCode(200);
        given().get("/api/v1/resolutions/groups?by=sponsor&claimStatus=confirmed,contradicted").then().statusCode(200);
        given().get("/api/v1/networks/co-sponsorship?claimStatus=contradicted&claimStatus=confirmed").then().statusCode(200)
                .body("meta.claimStatus", contains("confirmed", "contradicted"));
        for (String path : new String[] {"/api/v1/sponsors", "/api/v1/sponsors/USA", "/api/v1/resolutions", "/api/v1/resolutions/groups?by=sponsor",
                "/api/v1/resolutions/cnd-68-l3/sponsors", "/api/v1/countries/USA", "/api/v1/networks/co-sponsorship"}) {
            String url = path + (path.contains("?") ? "&" : "?") + "claimStatus=confirmed,maybe";
            given().get(url).then().statusCode(400).body("errors[0].name", equalTo("claimStatus"));
        }
        // other parameters stay single
        given().get("/api/v1/sponsors?session=cnd-68&session=cnd-67").then().statusCode(400).body("errors[0].name", equalTo("session"));
    }
}
