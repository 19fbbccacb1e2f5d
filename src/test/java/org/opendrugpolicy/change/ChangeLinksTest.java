package org.opendrugpolicy.change;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.opendrugpolicy.api.AbsoluteLinksTest;
import org.opendrugpolicy.openapi.OpenApiContract;

/**
 * Every entry of the change feed links to its record where the committed contract has an item operation for the record's
 * kind, and only there: a harvester follows href to fetch what changed (meetings had an item operation but no href).
 */
@QuarkusTest
class ChangeLinksTest {
    /** An item operation of the contract: /api/v1/{collection}/{one parameter}. */
    private static final Pattern ITEM_PATH = Pattern.compile("/api/v1/([a-z-]+)/\\{[^}]+\\}");

    @Test
    void aChangeLinksToItsRecordWhereTheContractHasAnItemOperation() throws Exception {
        Set<String> collectionsWithItems = new TreeSet<>();
        OpenApiContract.withParametersInline().get("paths").fieldNames().forEachRemaining(path -> {
            var item = ITEM_PATH.matcher(path);
            if (item.matches()) {
                collectionsWithItems.add(item.group(1));
            }
        });
        String first = given().get("/api/v1/releases").then().statusCode(200).extract().jsonPath().getList("data.version", String.class)
                .stream().sorted().findFirst().orElseThrow();
        Set<String> tablesFollowed = new HashSet<>();
        int pages = 1;
        for (int page = 1; page <= pages && page <= 100; page++) {
            JsonNode body = new ObjectMapper().readTree(given().get("/api/v1/changes?since=" + first + "&size=200&page=" + page)
                    .then().statusCode(200).extract().asString());
            pages = body.get("meta").get("pages").asInt();
            for (JsonNode change : body.get("data")) {
                String table = change.get("table").asText();
                String collection = table.replace('_', '-');
                boolean hasItem = collectionsWithItems.contains(collection) && !"deleted".equals(change.get("change").asText());
                assertEquals(hasItem, change.hasNonNull("href"), table + " " + change.get("id").asText() + ": " + change);
                // the first change of each table is followed: its href answers with the record it names
                if (hasItem && tablesFollowed.add(table)) {
                    String href = change.get("href").asText();
                    assertTrue(href.endsWith("/api/v1/" + collection + "/" + change.get("id").asText()), href);
                    given().get(href).then().statusCode(200);
                }
            }
        }
        assertTrue(tablesFollowed.containsAll(List.of("meetings", "side_events", "resolutions", "countries")), "tables followed: " + tablesFollowed);
    }

    /**
     * A row with no endpoint of its own links, as partOf, to the record that holds it (a harvester told that a roll-call vote
     * changed had nowhere to look): the parent each table's data package entry names, whose id starts the row's id.
     */
    @Test
    void aRowWithoutAnEndpointLinksToTheRecordThatHoldsIt() throws Exception {
        Map<String, String> parents = new TreeMap<>(Map.ofEntries(Map.entry("votes", "resolutions"), Map.entry("sponsorships", "resolutions"),
                Map.entry("resolution_topics", "resolutions"), Map.entry("scheduling_votes", "scheduling-decisions"),
                Map.entry("scheduling_decision_substances", "scheduling-decisions"), Map.entry("side_event_hosts", "side-events"),
                Map.entry("side_event_topics", "side-events"), Map.entry("session_segments", "sessions"), Map.entry("conflict_claims", "conflicts"),
                Map.entry("organization_aliases", "organizations"), Map.entry("substance_aliases", "substances")));
        for (String table : parents.keySet()) {
            JsonNode change = new ObjectMapper().readTree(given().get("/api/v1/changes?since=2017-01-01&size=1&table=" + table)
                    .then().statusCode(200).extract().asString()).get("data").get(0);
            String parentId = change.get("id").asText().split("\\|")[0];
            assertEquals(AbsoluteLinksTest.link("/api/v1/" + parents.get(table) + "/" + parentId), change.path("partOf").asText(), table + ": " + change);
            assertFalse(change.has("href"), table + ": " + change);
            given().get(change.get("partOf").asText()).then().statusCode(200);
        }
        // records with an endpoint of their own have href and no partOf; reported activities are served by the exports only
        for (String table : List.of("side_events", "reported_activities")) {
            JsonNode change = new ObjectMapper().readTree(given().get("/api/v1/changes?since=2017-01-01&size=1&table=" + table)
                    .then().statusCode(200).extract().asString()).get("data").get(0);
            assertFalse(change.has("partOf"), table + ": " + change);
        }
        // every table with a history is covered by one of the two loops' expectations
        List<String> tables = given().get("/api/v1/changes?since=2017-01-01&size=1").then().statusCode(200).extract().jsonPath()
                .getMap("meta.tables").keySet().stream().map(Object::toString).toList();
        for (String table : tables) {
            boolean hasItem = given().get("/api/v1/changes?since=2017-01-01&size=1&table=" + table).then().extract().jsonPath().get("data[0].href") != null;
            assertTrue(hasItem || parents.containsKey(table) || List.of("inferred_values", "reported_activities").contains(table), table);
        }
    }

    /**
     * An inferred value (table|record id|field) links, as partOf, to the record whose value was inferred, or, for a row
     * without an endpoint of its own, to the record that holds that row: a puller told that an inferred value changed
     * had nowhere to look (a new user's trial). Every entry, with each distinct link followed to a record that lists the
     * field among its inferred ones.
     */
    @Test
    void anInferredValueLinksToTheRecordItIsAbout() throws Exception {
        Set<String> followed = new HashSet<>();
        JsonNode body = new ObjectMapper().readTree(given().get("/api/v1/changes?since=2017-01-01&size=200&table=inferred_values")
                .then().statusCode(200).extract().asString());
        assertTrue(body.get("meta").get("total").asInt() > 0 && body.get("meta").get("total").asInt() <= 200, body.get("meta").toString());
        for (JsonNode change : body.get("data")) {
            String[] parts = change.get("id").asText().split("\\|");
            String partOf = change.path("partOf").asText(null);
            assertTrue(partOf != null && !change.has("href"), change.toString());
            String record = String.join("|", List.of(parts).subList(1, parts.length - 1));
            if (partOf.endsWith("/" + parts[0].replace('_', '-') + "/" + record)) { // a record with an endpoint of its own (all in today's data)
                if (followed.add(partOf)) {
                    JsonNode held = new ObjectMapper().readTree(given().get(partOf).then().statusCode(200).extract().asString());
                    assertTrue(held.get("inferred").findValuesAsText("field").contains(parts[parts.length - 1]), partOf + ": " + held.get("inferred"));
                }
            } else {
                assertTrue(partOf.endsWith("/" + parts[1]), "neither the record nor the record that holds it: " + change);
            }
        }
        assertFalse(followed.isEmpty());
    }
}
