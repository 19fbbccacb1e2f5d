package org.opendrugpolicy.change;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
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
}
