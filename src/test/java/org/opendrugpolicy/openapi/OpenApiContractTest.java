package org.opendrugpolicy.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import org.junit.jupiter.api.Test;

/** The contract check is live: it is registered for every test, and it rejects a response that breaks the contract. */
@QuarkusTest
class OpenApiContractTest {

    @Test
    void everyRequestOfTheSuiteGoesThroughTheContractFilter() {
        assertTrue(RestAssured.filters().stream().anyMatch(f -> f instanceof OpenApiValidationFilter));
    }

    @Test
    void aResponseThatBreaksTheContractFailsTheTest() {
        // A filter that corrupts the body after the service answered, before the contract check sees it.
        Filter corrupt = (request, response, ctx) -> {
            var real = ctx.next(request, response);
            return new io.restassured.builder.ResponseBuilder().clone(real).setBody("{\"data\": \"not a list\"}").build();
        };
        var error = assertThrows(OpenApiValidationFilter.OpenApiValidationException.class, () -> given().filter(corrupt).get("/api/v1/sessions"));
        assertTrue(error.getMessage().contains("validation.response.body"), error.getMessage());
    }
}
