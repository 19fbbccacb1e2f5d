package org.opendrugpolicy.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.contains;
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

    /**
     * An unknown parameter does not hide the request's other bad parameters: every operation of the contract, given its
     * example request with a misspelt parameter and a bad value of each shared parameter it takes, answers one 400 that
     * names them all (an unknown parameter used to be refused on its own, before the operation read the others).
     */
    @Test
    void anUnknownParameterIsReportedTogetherWithEveryOtherBadParameter() throws Exception {
        var contract = OpenApiContract.withParametersInline();
        var bad = new java.util.LinkedHashMap<String, String>();
        bad.put("size", "size=0");
        bad.put("sort", "sort=nope");
        bad.put("by", "by=nosuchfield");
        bad.put("vote", "vote=maybe");
        bad.put("claimStatus", "claimStatus=maybe");
        bad.put("include", "include=nope");
        bad.put("fields", "fields=nmae");
        int checked = 0;
        for (var request : org.opendrugpolicy.openapi.OperationExamplesTest.exampleRequests()) {
            var names = new java.util.ArrayList<String>();
            for (var path : (Iterable<java.util.Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>>) contract.get("paths")::fields) {
                if (request.operationId().equals(path.getValue().path("get").path("operationId").asText())) {
                    path.getValue().path("get").path("parameters").forEach(p -> names.add(p.path("name").asText()));
                }
            }
            var given = new java.util.ArrayList<String>(java.util.List.of("sizee=1"));
            var expected = new java.util.ArrayList<String>(java.util.List.of("sizee"));
            bad.forEach((name, pair) -> {
                if (names.contains(name)) {
                    given.add(pair);
                    expected.add(name);
                }
            });
            given().urlEncodingEnabled(false).get(replaced(request.url(), given.toArray(String[]::new))).then()
                    .statusCode(400).contentType(Problem.MEDIA_TYPE)
                    .body("errors.name", containsInAnyOrder(expected.toArray()))
                    .body("errors.find { it.name == 'sizee' }.reason", startsWith("unknown parameter; this operation takes"));
            checked++;
        }
        org.junit.jupiter.api.Assertions.assertTrue(checked >= 40, "operations checked: " + checked);
    }

    @Test
    void anUnknownParameterAndABadSortAndSizeAreOneProblem() {
        given().get("/api/v1/sessions?sizee=1&size=0&sort=bogus").then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("errors.name", containsInAnyOrder("sizee", "size", "sort"));
    }

    /**
     * A request with a bad parameter is told so (400) before our negotiation refuses its Accept header (406), on lists,
     * items, groups and files. (An Accept that no type of the operation matches at all, such as image/png, is refused by
     * the framework while it matches the operation, before any parameter is read: a 406.)
     */
    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/sessions", "/api/v1/sessions/cnd-68", "/api/v1/side-events/groups?by=topic", "/api/v1/exports/side_events.csv"})
    void aBadParameterIsA400BeforeAnUnacceptableAcceptIsA406(String path) {
        String separator = path.contains("?") ? "&" : "?";
        String refusesOurTypes = "application/json;q=0, text/csv;q=0, */*;q=0.1";
        given().accept(refusesOurTypes).get(path + separator + "sizee=1").then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("errors.name", contains("sizee"));
        given().accept(refusesOurTypes).get(path).then().statusCode(406)
                .contentType(Problem.MEDIA_TYPE);
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
     * A filter that names things by id or code (a session, a topic, a host, a country) takes one value or a comma list meaning
     * any of them, as id= does, so that a dashboard's multi-select (session=cnd-67,cnd-68) needs one request: every such
     * parameter of the contract, a plain text query parameter that is neither free text nor a list parameter's shape (fields,
     * sort, include), says "comma" in its description, and refuses an empty item and more than 100 values with a 400 naming
     * it, in one problem with another bad parameter where the operation takes one. (What a list answers: AnyOfFiltersTest.)
     */
    @Test
    void aFilterOfIdsTakesACommaListAndRefusesEmptyItemsAndTooManyValues() throws Exception {
        var contract = OpenApiContract.withParametersInline();
        var examples = new java.util.HashMap<String, String>();
        org.opendrugpolicy.openapi.OperationExamplesTest.exampleRequests().forEach(r -> examples.put(r.operationId(), r.url()));
        var free = java.util.Set.of("q", "cursor", "updatedSince", "since", "by", "fields", "sort", "include");
        // Another parameter of the same request that is bad, so that the problem must name both.
        var otherBad = new java.util.LinkedHashMap<String, String>();
        otherBad.put("size", "size=0");
        otherBad.put("by", "by=nosuchfield");
        otherBad.put("claimStatus", "claimStatus=maybe");
        String tooMany = java.util.stream.IntStream.rangeClosed(0, IdFilter.MAX).mapToObj(i -> "x" + i).collect(java.util.stream.Collectors.joining(","));
        int checked = 0;
        for (var path : (Iterable<java.util.Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>>) contract.get("paths")::fields) {
            var operation = path.getValue().path("get");
            var names = new java.util.ArrayList<String>();
            operation.path("parameters").forEach(p -> names.add(p.path("name").asText()));
            var other = otherBad.entrySet().stream().filter(e -> names.contains(e.getKey())).findFirst();
            for (var parameter : operation.path("parameters")) {
                var schema = parameter.path("schema");
                boolean text = schema.path("type").asText().equals("string") || schema.path("type").toString().contains("\"string\"");
                String name = parameter.path("name").asText();
                if (!parameter.path("in").asText().equals("query") || !text || schema.has("enum") || schema.has("format") || free.contains(name)) {
                    continue;
                }
                String where = operation.path("operationId").asText() + " " + name;
                org.junit.jupiter.api.Assertions.assertTrue(parameter.path("description").asText().toLowerCase().contains("comma"),
                        where + ": a filter of ids says it takes a comma-separated list");
                // The operation's example request (which answers 200), with the parameters under test replaced.
                String example = examples.get(operation.path("operationId").asText());
                String url = replaced(example, name + "=cnd-67,,cnd-68", other.map(java.util.Map.Entry::getValue).orElse(null));
                var expected = new java.util.ArrayList<>(java.util.List.of(name));
                other.ifPresent(e -> expected.add(e.getKey()));
                given().urlEncodingEnabled(false).get(url).then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                        .body("errors.name", containsInAnyOrder(expected.toArray()))
                        .body("errors.find { it.name == '" + name + "' }.reason", startsWith("must be a comma-separated list of values without empty items"));
                // The most values, which the description says (the change feed's table= once did not).
                var limit = java.util.regex.Pattern.compile("up to (\\d+),? comma-separated").matcher(parameter.path("description").asText());
                org.junit.jupiter.api.Assertions.assertTrue(limit.find(), where + ": the description does not say how many values it takes");
                given().urlEncodingEnabled(false).get(replaced(example, name + "=" + tooMany, null)).then().statusCode(400)
                        .body("errors.name", contains(name))
                        .body("errors[0].reason", equalTo("at most " + limit.group(1) + " values, got " + (IdFilter.MAX + 1)));
                checked++;
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(checked >= 30, "filters checked: " + checked);
    }

    /** The request {@code url} with each {@code name=value} given instead of the parameter of that name it has, if any. */
    private static String replaced(String url, String... parameters) {
        var query = new java.util.ArrayList<String>();
        String[] parts = url.split("\\?", 2);
        var chosen = java.util.Arrays.stream(parameters).filter(java.util.Objects::nonNull).toList();
        if (parts.length == 2) {
            for (String pair : parts[1].split("&")) {
                if (chosen.stream().noneMatch(p -> pair.startsWith(p.substring(0, p.indexOf('=') + 1)))) {
                    query.add(pair);
                }
            }
        }
        query.addAll(chosen);
        return parts[0] + "?" + String.join("&", query);
    }
}
