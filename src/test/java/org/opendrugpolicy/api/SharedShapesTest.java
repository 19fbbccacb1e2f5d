package org.opendrugpolicy.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.opendrugpolicy.openapi.OperationExamplesTest;

/**
 * Issue 12, item 11: one concept, one shape. Wherever a session is nested it is the session object (id, name, year,
 * href); wherever a country is nested (a country property, or a party of kind country) it carries what a map needs
 * (id, name, iso2, m49, region, href). Checked over the answer of every operation with its examples, and more.
 */
@QuarkusTest
class SharedShapesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> SESSION = Set.of("id", "name", "year", "href");
    private static final Set<String> COUNTRY = Set.of("id", "name", "iso2", "m49", "region", "href");
    private static final Set<String> COUNTRY_KEYS = Set.of("country", "voteCalledBy");

    @TestFactory
    Stream<DynamicTest> everyNestedSessionAndCountryHasTheSharedShape() throws IOException {
        List<String> urls = new ArrayList<>();
        OperationExamplesTest.exampleRequests().forEach(r -> urls.add(r.url()));
        urls.addAll(List.of("/api/v1/resolutions/cnd-68-l6/votes?size=5", "/api/v1/scheduling-decisions/cnd-63-rec-5-1/votes?size=5",
                "/api/v1/countries/COL/votes?size=5", "/api/v1/meetings?size=50", "/api/v1/bureau-members?size=5", "/api/v1/sessions/cnd-68",
                "/api/v1/countries/NGA", "/api/v1/side-events?size=50", "/api/v1/sponsors?size=5"));
        return urls.stream().map(url -> DynamicTest.dynamicTest(url, () -> {
            Response response = given().urlEncodingEnabled(false).get(url);
            assertEquals(200, response.statusCode(), response.asString());
            if (!response.contentType().contains("json")) {
                return;
            }
            List<String> wrong = new ArrayList<>();
            walk(wrong, "", null, JSON.readTree(response.asByteArray()));
            assertEquals(List.of(), wrong, url);
        }));
    }

    private static void walk(List<String> wrong, String where, String key, JsonNode node) {
        boolean link = where.contains(".links.") || where.startsWith("links.");
        if ("session".equals(key) && !where.endsWith(".meta.session") && !link && !node.isNull()) {
            expect(wrong, where, node, SESSION); // meta.session of a network is the filter it was asked for; links.session a URL
        }
        if (key != null && COUNTRY_KEYS.contains(key) && !node.isNull() && node.isObject() && node.has("href")) {
            expect(wrong, where, node, COUNTRY);
        }
        if (node.isObject() && "country".equals(node.path("kind").asText()) && node.has("href") && !node.has("degree")) {
            expect(wrong, where, node, COUNTRY); // a party: a side event's host, a meeting's counterpart
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> walk(wrong, where + "." + e.getKey(), e.getKey(), e.getValue()));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(wrong, where + "[" + i + "]", key, node.get(i));
            }
        }
    }

    private static void expect(List<String> wrong, String where, JsonNode node, Set<String> keys) {
        if (!node.isObject()) {
            wrong.add(where + " is " + node + ", not an object with " + keys);
            return;
        }
        Set<String> missing = new TreeSet<>(keys);
        node.fieldNames().forEachRemaining(missing::remove);
        if (!missing.isEmpty()) {
            wrong.add(where + " lacks " + missing);
        }
    }

    @Test
    void aVoteRowCarriesTheSessionAndAMappableCountry() {
        var row = given().get("/api/v1/resolutions/cnd-68-l6/votes?vote=against").then().statusCode(200).extract().jsonPath();
        var session = given().get("/api/v1/sessions/cnd-68").then().extract().jsonPath();
        assertEquals(session.getString("name"), row.getString("data[0].resolution.session.name"));
        assertEquals(session.getString("links.self"), row.getString("data[0].resolution.session.href"));
        String iso3 = row.getString("data[0].country.id");
        var country = given().get("/api/v1/countries/" + iso3).then().statusCode(200).extract().jsonPath();
        for (String field : new String[] {"iso2", "m49", "region.m49", "region.name", "name"}) {
            assertEquals(country.getString(field), row.getString("data[0].country." + field), field);
        }
    }

    @Test
    void votesAreReachableByTheResolutionsSymbolAsByItsId() {
        var byId = given().get("/api/v1/resolutions/cnd-68-l6/votes?size=200").then().statusCode(200).extract().asString();
        var bySymbol = given().urlEncodingEnabled(false).get("/api/v1/resolutions/E%2FCN.7%2F2025%2FL.6%2FRev.1/votes?size=200").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(50, bySymbol.getInt("meta.total"));
        assertEquals(io.restassured.path.json.JsonPath.from(byId).getList("data.country.id"), bySymbol.getList("data.country.id"));
        given().urlEncodingEnabled(false).get("/api/v1/resolutions/e%2Fcn.7%2F2025%2Fl.6%2Frev.1").then().statusCode(200).body("id", equalTo("cnd-68-l6"));
        given().urlEncodingEnabled(false).get("/api/v1/resolutions/E%2FCN.7%2F2025%2FL.3/sponsors").then().statusCode(200);
        given().urlEncodingEnabled(false).get("/api/v1/resolutions/E%2FCN.7%2F2099%2FL.1/votes").then().statusCode(404)
                .body("detail", equalTo("No resolution has the UN document symbol 'E/CN.7/2099/L.1'."));
        assertTrue(bySymbol.getString("data[0].resolution.href").endsWith("/api/v1/resolutions/cnd-68-l6"));
    }
}
