package org.opendrugpolicy.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiDocumentTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void committedDocumentIsWhatTheServiceServes() throws Exception {
        JsonNode committed = YAML.readTree(Files.readString(OpenApiContract.DOCUMENT));
        JsonNode served = YAML.readTree(given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString());
        assertEquals(committed, served, "openapi/openapi.yaml differs from the served contract: run ./mvnw package -DskipTests and commit openapi/");
    }

    @Test
    void everyOperationIsDocumented() throws Exception {
        JsonNode document = YAML.readTree(Files.readString(OpenApiContract.DOCUMENT));
        JsonNode paths = document.get("paths");
        assertTrue(paths.size() >= 17, "expected every collection and item path, found " + paths.size());
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            JsonNode operation = op.getValue();
            String where = op.getKey() + " " + path.getKey();
            assertTrue(operation.hasNonNull("summary"), where + " has no summary");
            assertTrue(operation.hasNonNull("description"), where + " has no description");
            assertTrue(operation.hasNonNull("operationId"), where + " has no operationId");
            assertTrue(operation.path("tags").size() > 0, where + " has no tag");
            operation.path("parameters").forEach(p -> {
                JsonNode parameter = p.has("$ref") ? document.at(p.get("$ref").asText().substring(1)) : p;
                assertTrue(parameter.hasNonNull("description"), where + " parameter " + parameter.path("name") + " has no description");
            });
            for (String status : new String[] {"200", "400", "404", "406", "500"}) {
                assertTrue(operation.path("responses").has(status), where + " does not document " + status);
            }
            assertTrue(operation.path("responses").path("200").path("content").path("application/json").has("examples"), where + " has no example");
        }));
    }

    /** Each resource declares its tag with its description (class-level @Tag): no operation's tag may lack one. */
    @Test
    void everyTagOfAnOperationIsDeclaredWithADescription() throws Exception {
        JsonNode document = YAML.readTree(Files.readString(OpenApiContract.DOCUMENT));
        java.util.Map<String, String> declared = new java.util.TreeMap<>();
        document.path("tags").forEach(tag -> declared.put(tag.path("name").asText(), tag.path("description").asText("")));
        java.util.Set<String> used = new java.util.TreeSet<>();
        document.path("paths").forEach(path -> path.forEach(operation -> operation.path("tags").forEach(tag -> used.add(tag.asText()))));
        java.util.List<String> undeclared = used.stream().filter(tag -> declared.getOrDefault(tag, "").isBlank()).toList();
        assertEquals(java.util.List.of(), undeclared, "tags used by operations with no declared description");
        assertEquals(used, declared.keySet(), "every declared tag is used");
    }
}
