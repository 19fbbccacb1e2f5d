package org.opendrugpolicy.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opendrugpolicy.openapi.OpenApiContract;

/** The shared list parameters behave the same on every list, including the pages with their own meta. */
@QuarkusTest
class ListVocabularyTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/countries", "/api/v1/sessions", "/api/v1/resolutions", "/api/v1/side-events",
            "/api/v1/organizations", "/api/v1/meetings", "/api/v1/sources"})
    void aBadSortAndABadSizeAreReportedTogether(String list) {
        given().get(list + "?sort=nope&size=0").then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("errors", hasSize(2))
                .body("errors.name", containsInAnyOrder("sort", "size"));
    }

    @Test
    void anOrganizationsSideEventsReportSortAndSizeTogether() {
        given().get("/api/v1/organizations/villa-maraini/side-events?sort=nope&size=0").then().statusCode(400)
                .body("errors.name", containsInAnyOrder("sort", "size"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/resolutions/cnd-68-l6/votes", "/api/v1/countries/DEU/votes", "/api/v1/changes?since=2026-01-01"})
    void unknownFieldsAreRefusedOnPagesWithTheirOwnMeta(String list) {
        given().get(list + (list.contains("?") ? "&" : "?") + "fields=nmae").then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("errors[0].name", equalTo("fields"))
                .body("errors[0].reason", startsWith("unknown field nmae; the records have "));
    }

    @Test
    void votesKeepOnlyTheListedFields() {
        given().get("/api/v1/resolutions/cnd-68-l6/votes?fields=vote&size=3").then().statusCode(200)
                .body("data", hasSize(3))
                .body("data", everyItem(aMapWithSize(1)))
                .body("meta.total", equalTo(50));
    }

    @Test
    void changesKeepOnlyTheListedFields() {
        int created = given().get("/api/v1/changes?since=2026-01-01&table=side_events&size=2").then().statusCode(200)
                .extract().path("meta.tables.side_events.created");
        given().get("/api/v1/changes?since=2026-01-01&table=side_events&size=2&fields=id").then().statusCode(200)
                .body("data", hasSize(2))
                .body("data", everyItem(aMapWithSize(1)))
                .body("meta.tables.side_events.created", equalTo(created));
    }

    /**
     * A filter that names one thing (a session, a topic, a host) refuses a comma list: no id holds a comma, so a dashboard's
     * multi-select sent as session=cnd-67,cnd-68 matched nothing and answered 200 with an empty list. Every such parameter of
     * the contract: a plain text query parameter whose description does not say it takes a comma-separated list.
     */
    @Test
    void aFilterOfOneValueRefusesACommaList() throws Exception {
        var contract = OpenApiContract.withParametersInline();
        var examples = new java.util.HashMap<String, String>();
        org.opendrugpolicy.openapi.OperationExamplesTest.exampleRequests().forEach(r -> examples.put(r.operationId(), r.url().split("\\?")[0]));
        var free = java.util.Set.of("q", "cursor", "updatedSince", "since", "by");
        int checked = 0;
        for (var path : (Iterable<java.util.Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>>) contract.get("paths")::fields) {
            var operation = path.getValue().path("get");
            for (var parameter : operation.path("parameters")) {
                var schema = parameter.path("schema");
                boolean text = schema.path("type").asText().equals("string") || schema.path("type").toString().contains("\"string\"");
                if (!parameter.path("in").asText().equals("query") || !text || schema.has("enum") || schema.has("format")
                        || free.contains(parameter.path("name").asText()) || parameter.path("description").asText().toLowerCase().contains("comma")) {
                    continue;
                }
                String name = parameter.path("name").asText();
                String url = examples.get(operation.path("operationId").asText()) + "?" + name + "=cnd-67,cnd-68";
                given().urlEncodingEnabled(false).get(url).then().statusCode(400).body("errors.name", org.hamcrest.Matchers.hasItem(name))
                        .body("errors.find { it.name == '" + name + "' }.reason", startsWith("takes one value, got the list 'cnd-67,cnd-68'"));
                checked++;
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(checked >= 20, "filters checked: " + checked);
    }
}
