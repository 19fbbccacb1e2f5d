package org.opendrugpolicy.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Swagger UI's "Try it out" sends every parameter that has an example, unchanged. For every operation of the committed
 * contract, that request must answer 2xx with data: the examples of one operation belong together, and none is shared
 * with an operation where it means nothing (an include name another list refuses, format=csv, a cursor, a date after the
 * release). The responses also go through the contract check, like every request of the suite.
 */
@QuarkusTest
public class OperationExamplesTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /**
     * The request Swagger UI would send for one operation: its path with the path examples, and the query examples; and
     * whether its 200 declares the Link header of a page.
     */
    public record ExampleRequest(String operationId, String url, List<String> missing, boolean linkHeader) {}

    public static List<ExampleRequest> exampleRequests() throws IOException {
        JsonNode contract = YAML.readTree(OpenApiContract.DOCUMENT.toFile());
        List<ExampleRequest> requests = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = contract.path("paths").fields(); paths.hasNext(); ) {
            var path = paths.next();
            JsonNode operation = path.getValue().path("get");
            if (operation.isMissingNode()) {
                continue;
            }
            String url = path.getKey();
            List<String> query = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (JsonNode parameter : operation.path("parameters")) {
                if (parameter.has("$ref")) {
                    String name = parameter.get("$ref").asText().replace("#/components/parameters/", "");
                    parameter = contract.path("components").path("parameters").path(name);
                }
                JsonNode example = parameter.get("example");
                String name = parameter.path("name").asText();
                if (example == null) {
                    if (parameter.path("required").asBoolean()) {
                        missing.add(name);
                    }
                    continue;
                }
                if (parameter.path("in").asText().equals("path")) {
                    url = url.replace("{" + name + "}", example.asText());
                } else if (example.isArray()) {
                    example.forEach(item -> query.add(name + "=" + encode(item.asText()))); // a list parameter, repeated as Swagger UI sends it
                } else {
                    query.add(name + "=" + encode(example.asText()));
                }
            }
            requests.add(new ExampleRequest(operation.path("operationId").asText(), query.isEmpty() ? url : url + "?" + String.join("&", query), missing,
                    operation.path("responses").path("200").path("headers").has("Link")));
        }
        return requests;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("%2F", "/");
    }

    @TestFactory
    Stream<DynamicTest> everyOperationExecutedWithItsExamplesAnswersWithData() throws IOException {
        return exampleRequests().stream().map(request -> DynamicTest.dynamicTest(request.operationId() + " " + request.url(), () -> {
            assertEquals(List.of(), request.missing(), "required parameters without an example");
            Response response = given().urlEncodingEnabled(false).get(request.url());
            assertEquals(200, response.statusCode(), response.asString());
            String type = response.contentType();
            if (type.contains("json")) {
                JsonNode body = new ObjectMapper().readTree(response.asByteArray());
                JsonNode data = body.has("data") ? body.get("data") : body.has("nodes") ? body.get("nodes") : body;
                assertFalse(data.isEmpty(), request.url() + " answers without data: " + response.asString());
                // a page (links to first and last) repeats its links in a Link header, and the contract says so: a pager
                // following Link stopped after page 1 of the change feed and the roll-calls, which had neither
                boolean page = body.path("links").has("first") && body.path("links").has("last");
                assertEquals(page, request.linkHeader(), request.operationId() + ": the contract's Link header against the body's links");
                assertEquals(page, response.header("Link") != null, request.url() + " Link: " + response.header("Link"));
                if (page) {
                    assertTrue(response.header("Link").startsWith("<" + body.path("links").path("self").asText() + ">; rel=\"self\""), response.header("Link"));
                }
            } else {
                assertTrue(response.asByteArray().length > 0, request.url() + " answers with an empty body");
                if (type.startsWith("text/csv")) {
                    assertTrue(response.asString().lines().count() > 1, request.url() + " gives a CSV with a header only");
                }
            }
        }));
    }

    @Test
    void everyOperationOfTheContractHasAnExampleRequest() throws IOException {
        var requests = exampleRequests();
        assertEquals(requests.size(), requests.stream().map(ExampleRequest::operationId).distinct().count());
        // The list vocabulary's parameters have no example: each would apply to every list at once.
        JsonNode shared = YAML.readTree(OpenApiContract.DOCUMENT.toFile()).path("components").path("parameters");
        shared.forEach(parameter -> assertTrue(parameter.get("example") == null, parameter.toString()));
        assertTrue(requests.size() >= 34, "operations: " + requests.size());
    }
}
