package org.opendrugpolicy.network;

import org.opendrugpolicy.api.AbsoluteLinksTest;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NetworkResourceTest {

    /** The bipartite form: each event linked to each participant as /side-events lists them; projected, it is the co-hosting graph. */
    @Test
    void theParticipationNetworkLinksEachEventToEachOfItsParticipants() {
        for (String session : new String[] {"cnd-67", "cnd-68", "cnd-62,cnd-68", null}) {
            var filter = session == null ? Map.<String, Object>of() : Map.<String, Object>of("session", session);
            JsonPath events = given().queryParam("size", 200).queryParams(filter).get("/api/v1/side-events").then().statusCode(200).extract().jsonPath();
            Map<String, Set<String>> expected = new TreeMap<>();
            for (Map<String, Object> event : events.<Map<String, Object>>getList("data")) {
                Set<String> parties = expected.computeIfAbsent((String) event.get("id"), k -> new TreeSet<>());
                if (event.get("organizer") != null) {
                    parties.add((String) ((Map<?, ?>) event.get("organizer")).get("id"));
                }
                for (Object host : (List<?>) event.get("hosts")) {
                    parties.add((String) ((Map<?, ?>) ((Map<?, ?>) host).get("party")).get("id"));
                }
            }
            JsonPath graph = given().queryParams(filter).get("/api/v1/networks/side-event-participation").then().statusCode(200).extract().jsonPath();
            Map<String, Set<String>> actual = new TreeMap<>();
            for (Map<String, Object> link : graph.<Map<String, Object>>getList("links")) {
                assertEquals(true, actual.computeIfAbsent((String) link.get("source"), k -> new TreeSet<>()).add((String) link.get("target")),
                        "one link per event and participant: " + link);
            }
            expected.values().removeIf(Set::isEmpty);
            assertEquals(expected, actual, "session " + session);
            List<Map<String, Object>> nodes = graph.getList("nodes");
            assertEquals(nodes.size(), nodes.stream().map(n -> n.get("id")).distinct().count(), "node ids are unique");
            assertEquals(events.getInt("meta.total"), nodes.stream().filter(n -> "event".equals(n.get("set"))).count());
            for (Map<String, Object> node : nodes) {
                long links = graph.<Map<String, Object>>getList("links").stream()
                        .filter(l -> node.get("id").equals(l.get("source")) || node.get("id").equals(l.get("target"))).count();
                assertEquals(links, ((Number) node.get("degree")).longValue(), "degree of " + node.get("id"));
            }
            // Projected onto the participants, it is the co-hosting network: the same pairs.
            Set<String> projected = new TreeSet<>();
            expected.values().forEach(parties -> parties.forEach(a -> parties.forEach(b -> {
                if (a.compareTo(b) < 0) {
                    projected.add(a + " " + b);
                }
            })));
            Set<String> coHosting = new TreeSet<>();
            given().queryParams(filter).get("/api/v1/networks/co-hosting").then().extract().jsonPath().<Map<String, Object>>getList("links")
                    .forEach(l -> coHosting.add(l.get("source") + " " + l.get("target")));
            assertEquals(coHosting, projected);
        }
        given().get("/api/v1/networks/side-event-participation?session=cnd-68").then()
                .body("links.role", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.in(List.of("organizer", "co-host", "co-organizer"))))
                .body("links.role", hasItem("organizer"))
                .body("meta.session", equalTo("cnd-68"));
        given().get("/api/v1/networks/side-event-participation?session=cnd-99").then().statusCode(400);
    }

    @Test
    void everyCoHostingLinkWeighsTheEventsBothPartiesShareAsTheSideEventsListThem() {
        for (String session : new String[] {"cnd-67", "cnd-68", "cnd-62,cnd-68", null}) {
            // Independently: each event's participants are its organizer and its co-hosts, as /side-events lists them.
            JsonPath events = given().queryParam("size", 200).queryParams(session == null ? Map.of() : Map.of("session", session))
                    .get("/api/v1/side-events").then().statusCode(200).extract().jsonPath();
            Map<String, Set<String>> expected = new TreeMap<>();
            Map<String, Set<String>> neighbours = new HashMap<>();
            List<Map<String, Object>> data = events.getList("data");
            for (Map<String, Object> event : data) {
                Set<String> parties = new TreeSet<>();
                if (event.get("organizer") != null) {
                    parties.add((String) ((Map<?, ?>) event.get("organizer")).get("id"));
                }
                for (Object host : (List<?>) event.get("hosts")) {
                    parties.add((String) ((Map<?, ?>) ((Map<?, ?>) host).get("party")).get("id"));
                }
                for (String a : parties) {
                    neighbours.computeIfAbsent(a, k -> new TreeSet<>());
                    for (String b : parties) {
                        if (a.compareTo(b) < 0) {
                            expected.computeIfAbsent(a + " " + b, k -> new TreeSet<>()).add((String) event.get("id"));
                            neighbours.get(a).add(b);
                            neighbours.computeIfAbsent(b, k -> new TreeSet<>()).add(a);
                        }
                    }
                }
            }
            JsonPath graph = given().queryParams(session == null ? Map.of() : Map.of("session", session))
                    .get("/api/v1/networks/co-hosting").then().statusCode(200).extract().jsonPath();
            Map<String, Set<String>> actual = new TreeMap<>();
            for (Map<String, Object> link : graph.<Map<String, Object>>getList("links")) {
                List<String> shared = (List<String>) link.get("events");
                assertEquals(shared.size(), link.get("weight"));
                actual.put(link.get("source") + " " + link.get("target"), new TreeSet<>(shared));
            }
            assertEquals(expected, actual, "session " + session);
            Map<String, Integer> degrees = new TreeMap<>();
            for (Map<String, Object> node : graph.<Map<String, Object>>getList("nodes")) {
                degrees.put((String) node.get("id"), (Integer) node.get("degree"));
            }
            Map<String, Integer> expectedDegrees = new TreeMap<>();
            neighbours.forEach((id, set) -> expectedDegrees.put(id, set.size()));
            assertEquals(expectedDegrees, degrees, "session " + session);
            assertEquals(expected.size(), graph.getInt("meta.links"));
        }
    }

    @Test
    void knowmadInstitutHasTheHighestDegreeAtCnd68() {
        int events = given().get("/api/v1/side-events?session=cnd-68&host=knowmad-institut").then().extract().path("meta.total");
        given().get("/api/v1/networks/co-hosting?session=CND-68").then().statusCode(200)
                .body("nodes[0].id", equalTo("knowmad-institut"))
                .body("nodes[0].label", equalTo("Knowmad Institut"))
                .body("nodes[0].kind", equalTo("organization"))
                .body("nodes[0].count", equalTo(events))
                .body("nodes[0].href", equalTo(AbsoluteLinksTest.link("/api/v1/organizations/knowmad-institut")))
                .body("nodes[1].degree", org.hamcrest.Matchers.lessThan(given().get("/api/v1/networks/co-hosting?session=cnd-68").then().extract().path("nodes[0].degree")))
                .body("meta.session", equalTo("cnd-68"))
                .body("nodes.kind", hasItem("country"))
                .body("nodes.find { it.id == 'MEX' }.href", equalTo(AbsoluteLinksTest.link("/api/v1/countries/MEX")));
    }

    @Test
    void theSessionFilterKeepsOnlyThatSessionsEvents() {
        // The three CND 67 events each list the Rome Consensus 2.0 alone, with no organizer: one node, no links.
        given().get("/api/v1/networks/co-hosting?session=cnd-67").then().statusCode(200)
                .body("nodes.id", contains("rome-consensus-2-0"))
                .body("nodes[0].degree", equalTo(0))
                .body("nodes[0].count", equalTo(3))
                .body("meta.links", equalTo(0));
    }

    @Test
    void coSponsorshipLeavesOutContradictedClaimsByDefault() {
        // CND 68 L.3: Thailand and Norway confirmed, the United States contradicted (sponsorships.csv).
        given().get("/api/v1/networks/co-sponsorship?session=cnd-68").then().statusCode(200)
                .body("meta.claimStatus", contains("confirmed", "unconfirmed"))
                .body("nodes.id", not(hasItem("USA")))
                .body("links.find { it.source == 'NOR' && it.target == 'THA' }.resolutions", contains("cnd-68-l3"))
                // L.4 (Peru, Germany, Thailand) and L.3: Thailand is linked to Germany, Norway and Peru
                .body("nodes.find { it.id == 'THA' }.degree", equalTo(3))
                .body("nodes.find { it.id == 'COL' }.degree", equalTo(0))
                // Albania's unconfirmed claims on L.5 and L.7 are kept
                .body("links.find { it.source == 'ALB' && it.target == 'MEX' }.weight", equalTo(1));
        given().get("/api/v1/networks/co-sponsorship?session=cnd-68&claimStatus=confirmed,contradicted").then().statusCode(200)
                .body("links.find { it.source == 'NOR' && it.target == 'USA' }.resolutions", contains("cnd-68-l3"))
                .body("nodes.id", not(hasItem("ALB")));
        // Over both sessions, Germany, Peru and Thailand sponsored both alternative-development resolutions together.
        given().get("/api/v1/networks/co-sponsorship?claimStatus=confirmed").then().statusCode(200)
                .body("links.find { it.source == 'DEU' && it.target == 'THA' }.resolutions", contains("cnd-67-l2", "cnd-68-l4"))
                .body("links.find { it.source == 'DEU' && it.target == 'THA' }.weight", equalTo(2));
    }

    /**
     * Two sessions' co-sponsorship network is both sessions' networks together: a resolution belongs to one session, so each
     * link's resolutions are the pair's resolutions of either session and each country's count is the sum of its counts.
     */
    @Test
    void twoSessionsCoSponsorshipJoinsTheirNetworks() {
        Map<String, Set<String>> links = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        for (String session : List.of("cnd-67", "cnd-68")) {
            JsonPath graph = given().queryParam("session", session).get("/api/v1/networks/co-sponsorship").then().statusCode(200).extract().jsonPath();
            graph.<Map<String, Object>>getList("links").forEach(l -> links.computeIfAbsent(l.get("source") + " " + l.get("target"), k -> new TreeSet<>())
                    .addAll((List<String>) l.get("resolutions")));
            graph.<Map<String, Object>>getList("nodes").forEach(n -> counts.merge((String) n.get("id"), (Integer) n.get("count"), Integer::sum));
        }
        JsonPath both = given().queryParam("session", "CND-67,cnd-68").get("/api/v1/networks/co-sponsorship").then().statusCode(200)
                .body("meta.session", equalTo("cnd-67,cnd-68")).extract().jsonPath();
        Map<String, Set<String>> actualLinks = new TreeMap<>();
        both.<Map<String, Object>>getList("links").forEach(l -> actualLinks.put(l.get("source") + " " + l.get("target"), new TreeSet<>((List<String>) l.get("resolutions"))));
        Map<String, Integer> actualCounts = new TreeMap<>();
        both.<Map<String, Object>>getList("nodes").forEach(n -> actualCounts.put((String) n.get("id"), (Integer) n.get("count")));
        assertEquals(links, actualLinks);
        assertEquals(counts, actualCounts);
    }

    /** Each value of a session list must name a session: every unknown one is named, in one problem with the request's other errors. */
    @Test
    void everyUnknownSessionOfAListIsA400() {
        given().get("/api/v1/networks/co-hosting?session=cnd-68,cnd-99,CND-98").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.name", contains("session", "session"))
                .body("errors.reason", contains(containsString("'cnd-99'"), containsString("'cnd-98'")));
        given().get("/api/v1/networks/co-sponsorship?session=cnd-68,cnd-99&claimStatus=maybe").then().statusCode(400)
                .body("errors.name", contains("session", "claimStatus"));
        given().get("/api/v1/networks/side-event-participation?session=cnd-68,,cnd-67").then().statusCode(400)
                .body("errors.name", contains("session"))
                .body("errors[0].reason", org.hamcrest.Matchers.startsWith("must be a comma-separated list of values without empty items"));
    }

    @Test
    void unknownSessionBadClaimStatusAndUnknownParametersAre400() {
        given().get("/api/v1/networks/co-hosting?session=cnd-99").then().statusCode(400)
                .contentType("application/problem+json").body("errors.name", contains("session"))
                .body("errors[0].reason", containsString("cnd-99"));
        given().get("/api/v1/networks/co-sponsorship?claimStatus=confirmed,maybe&session=cnd-99").then().statusCode(400)
                .body("errors.name", contains("session", "claimStatus"));
        given().get("/api/v1/networks/co-hosting?sesion=cnd-68").then().statusCode(400).body("errors.name", contains("sesion"));
        given().get("/api/v1/networks/co-hosting?page=2").then().statusCode(400).body("errors.name", contains("page"));
    }
}
