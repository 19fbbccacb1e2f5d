package org.opendrugpolicy.resolution;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendrugpolicy.LargeDatasets;

/**
 * sort=symbol orders UN document symbols as the UN numbers its drafts, not as text: E/CN.7/2025/L.2/Rev.1 before L.3,
 * L.9 before L.10, a draft before its revision. The bundled data has no session with ten or more drafts, so this test
 * serves a copy of it with six more CND 68 drafts, L.8 to L.12 and L.10/Rev.1 (on H2, and on PostgreSQL in the
 * postgresql-tests execution).
 */
@QuarkusTest
@TestProfile(ResolutionSymbolOrderResourceTest.MoreDrafts.class)
class ResolutionSymbolOrderResourceTest {
    private static final List<String> ADDED = List.of("L.8", "L.9", "L.10", "L.10/Rev.1", "L.11", "L.12");
    private static final List<String> IN_UN_ORDER = List.of("L.2/Rev.1", "L.3", "L.4", "L.5", "L.6/Rev.1", "L.7",
            "L.8", "L.9", "L.10", "L.10/Rev.1", "L.11", "L.12");

    public static class MoreDrafts implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("odp.dataset.directory", LargeDatasets.copyOfDataWith("resolutions.csv", ADDED.size(),
                    i -> "zz-order-" + i + ",cnd-68,resolution,E/CN.7/2025/" + ADDED.get(i - 1)
                            + ",,,Synthetic draft " + i + " for the symbol order test,draft,true,,,,,,,,,,,seed-knowmad-cnd68",
                    i -> "zz-order-" + i).toString());
        }
    }

    @Test
    void symbolsSortAsTheUnNumbersDrafts() {
        assertEquals(IN_UN_ORDER, symbols("symbol"));
        List<String> descending = new ArrayList<>(IN_UN_ORDER);
        java.util.Collections.reverse(descending);
        assertEquals(descending, symbols("-symbol"));
    }

    @Test
    void theDefaultOrderIsTheSymbolsAndACursorWalkKeepsIt() {
        assertEquals(IN_UN_ORDER, symbols(null));
        List<String> walked = new ArrayList<>();
        String next = "/api/v1/resolutions?session=cnd-68&size=5&fields=symbol&cursor=";
        for (int page = 0; next != null && page < 10; page++) {
            var body = given().get(next).then().statusCode(200).extract().jsonPath();
            body.getList("data.symbol", String.class).forEach(symbol -> walked.add(symbol.substring("E/CN.7/2025/".length())));
            next = body.getString("links.next");
        }
        assertEquals(IN_UN_ORDER, walked);
    }

    private static List<String> symbols(String sort) {
        var request = given().queryParam("session", "cnd-68").queryParam("size", 50).queryParam("fields", "symbol");
        if (sort != null) {
            request.queryParam("sort", sort);
        }
        return request.get("/api/v1/resolutions").then().statusCode(200).extract().jsonPath().getList("data.symbol", String.class)
                .stream().map(symbol -> symbol.substring("E/CN.7/2025/".length())).toList();
    }
}
