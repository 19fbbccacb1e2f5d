package org.opendrugpolicy.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import org.junit.jupiter.api.Test;

/** The contract check is live: it is registered for every test, and it rejects a response that breaks the contract. */
@QuarkusTest
class OpenApiContractTest {

    /**
     * A JSON body typed as an object with no properties says whether it may have any: openapi-typescript read the data
     * package descriptor's plain {"type": "object"} as an object that has none (Record<string, never>), unusable in a client.
     */
    @Test
    void anObjectBodyWithoutPropertiesDeclaresWhatItMayHold() throws Exception {
        int objects = 0;
        for (var path : (Iterable<java.util.Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>>) OpenApiContract.withParametersInline().get("paths")::fields) {
            for (var response : (Iterable<com.fasterxml.jackson.databind.JsonNode>) path.getValue().path("get").path("responses")::elements) {
                for (var content : (Iterable<com.fasterxml.jackson.databind.JsonNode>) response.path("content")::elements) {
                    var schema = content.path("schema");
                    if (schema.path("type").asText().equals("object") && !schema.has("properties")) {
                        objects++;
                        assertTrue(schema.has("additionalProperties"), path.getKey() + ": " + schema);
                    }
                }
            }
        }
        assertTrue(objects >= 2, "object bodies without properties: " + objects);
    }

    /**
     * A $ref stands without a type beside it: openapi-generator's Python client read CountryNames, SessionRef and Tally
     * with a type sibling as untyped inline values and failed at run time (NameError, a dict where a model was due).
     */
    @Test
    void aReferenceHasNoTypeBesideIt() throws Exception {
        java.util.List<String> typed = new java.util.ArrayList<>();
        int references = collectTypedReferences(OpenApiContract.withParametersInline(), "", typed);
        assertTrue(references > 40, "references in the contract: " + references);
        assertTrue(typed.isEmpty(), "a $ref with a type beside it: " + typed);
    }

    private static int collectTypedReferences(com.fasterxml.jackson.databind.JsonNode node, String path, java.util.List<String> typed) {
        int references = 0;
        if (node.isObject() && node.has("$ref")) {
            references++;
            if (node.has("type")) {
                typed.add(path);
            }
        }
        for (var field : (Iterable<java.util.Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>>) node::fields) {
            references += collectTypedReferences(field.getValue(), path + "/" + field.getKey(), typed);
        }
        for (int i = 0; node.isArray() && i < node.size(); i++) {
            references += collectTypedReferences(node.get(i), path + "/" + i, typed);
        }
        return references;
    }

    @Test
    void everyRequestOfTheSuiteGoesThroughTheContractFilter() {
        assertTrue(RestAssured.filters().stream().anyMatch(f -> f instanceof OpenApiValidationFilter));
        assertTrue(RestAssured.filters().stream().anyMatch(f -> f instanceof ContractBodies));
    }

    @Test
    void aResponseThatBreaksTheContractFailsTheTest() {
        // A filter that corrupts the body after the service answered, before the contract check sees it.
        Filter corrupt = (request, response, ctx) -> {
            var real = ctx.next(request, response);
            return new io.restassured.builder.ResponseBuilder().clone(real).setBody("{\"data\": \"not a list\"}").build();
        };
        // The body check (ContractBodies, nearer the service) reports it first.
        var error = assertThrows(ContractBodies.ContractViolation.class, () -> given().filter(corrupt).get("/api/v1/sessions"));
        assertTrue(error.getMessage().contains("$.data: string found, array expected"), error.getMessage());
        // Statuses, media types and headers are the Atlassian validator's: a 418 is a status the contract does not document.
        Filter teapot = (request, response, ctx) -> new io.restassured.builder.ResponseBuilder().clone(ctx.next(request, response)).setStatusCode(418).build();
        var status = assertThrows(OpenApiValidationFilter.OpenApiValidationException.class, () -> given().filter(teapot).get("/api/v1/sessions"));
        assertTrue(status.getMessage().contains("validation.response.status.unknown"), status.getMessage());
    }

    /** A filter that edits the JSON body after the service answered, before the contract checks see it. */
    private static Filter editBody(java.util.function.Consumer<ObjectNode> edit) {
        return (request, response, ctx) -> {
            var real = ctx.next(request, response);
            try {
                ObjectNode body = (ObjectNode) JSON.readTree(real.asByteArray());
                edit.accept(body);
                return new io.restassured.builder.ResponseBuilder().clone(real).setBody(JSON.writeValueAsBytes(body)).build();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anUndeclaredNullFailsTheTest() {
        // A session's name is a string, never null: the contract does not allow null there.
        var error = assertThrows(ContractBodies.ContractViolation.class, () -> given()
                .filter(editBody(body -> ((ObjectNode) body.get("data").get(0)).putNull("name"))).get("/api/v1/sessions"));
        assertTrue(error.getMessage().contains("$.data[0].name"), error.getMessage());
        // Where the contract declares null, the same check lets it pass: groups without a value have key and label null.
        given().get("/api/v1/organizations/groups?by=type").then().statusCode(200).body("data.key", hasItem(nullValue()));
    }

    @Test
    void aFullAnswerMustCarryEveryPropertyOfItsRecords() {
        var error = assertThrows(ContractBodies.ContractViolation.class, () -> given()
                .filter(editBody(body -> ((ObjectNode) body.get("data").get(0)).remove("name"))).get("/api/v1/sessions"));
        assertTrue(error.getMessage().contains("[full answer]") && error.getMessage().contains("name"), error.getMessage());
        // With fields= the same answer is sparse, and only the id is required.
        String first = given().get("/api/v1/sessions").then().statusCode(200).extract().path("data[0].id");
        given().get("/api/v1/sessions?fields=year").then().statusCode(200).body("data[0].id", equalTo(first));
    }

    @Test
    void aSparseAnswerMustCarryTheId() {
        var error = assertThrows(ContractBodies.ContractViolation.class, () -> given()
                .filter(editBody(body -> ((ObjectNode) body.get("data").get(0)).remove("id"))).get("/api/v1/sessions?fields=year"));
        assertTrue(error.getMessage().contains("id"), error.getMessage());
    }
}
