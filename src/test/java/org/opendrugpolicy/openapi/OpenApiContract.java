package org.opendrugpolicy.openapi;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.allOf;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.anyOf;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.headerContainsSubstring;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.messageHasKey;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.messageContainsSubstring;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.responseStatusIs;

import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import io.restassured.RestAssured;
import java.nio.file.Path;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/**
 * Validates every REST Assured response of the suite against the committed contract,
 * {@code openapi/openapi.yaml}: registered for every @QuarkusTest through Quarkus' test callback service file.
 * The Atlassian validator checks paths, statuses, media types and headers; {@link ContractBodies} checks JSON bodies
 * as JSON Schema 2020-12 (the Atlassian one skips the types of an OpenAPI 3.1 document).
 * Requests are not validated, because tests send malformed requests on purpose; but a request to a
 * path the contract does not have is an error, so an undocumented endpoint cannot slip through.
 */
public class OpenApiContract implements QuarkusTestBeforeEachCallback {
    public static final Path DOCUMENT = Path.of("openapi", "openapi.yaml");

    private static final OpenApiValidationFilter FILTER = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(DOCUMENT.toUri().toString())
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .withLevel("validation.request.path.missing", ValidationReport.Level.ERROR)
                            .build())
                    // A path the contract does not know fails the test, unless it is Quarkus' own (/q/),
                    // the home redirect, a test-only endpoint, or a test asking for a path that must not exist (404).
                    .withWhitelist(ValidationErrorsWhitelist.create().withRule("paths outside the contract",
                            allOf(messageHasKey("validation.request.path.missing"),
                                    anyOf(messageContainsSubstring("request '/q/"), messageContainsSubstring("request '/'."),
                                            messageContainsSubstring("request '/test-only/"), responseStatusIs(404))))
                            // A test that reads the compressed bytes themselves: there is no JSON to check.
                            .withRule("compressed bodies", allOf(messageHasKey("validation.response.body.schema.invalidJson"),
                                    headerContainsSubstring("Content-Encoding", "gzip"))))
                    .build());

    /** The contract read once (a 600 KB YAML document: CorsTest read it once per header of every answer). */
    private static volatile com.fasterxml.jackson.databind.JsonNode inlined;

    /**
     * The committed contract with each parameter $ref replaced by the parameter it names, for tests that walk parameters: a
     * copy of it, read once per test JVM, which the caller may change.
     */
    public static com.fasterxml.jackson.databind.JsonNode withParametersInline() throws java.io.IOException {
        if (inlined == null) {
            inlined = readWithParametersInline();
        }
        return inlined.deepCopy();
    }

    private static com.fasterxml.jackson.databind.JsonNode readWithParametersInline() throws java.io.IOException {
        var document = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readTree(DOCUMENT.toFile());
        var shared = document.path("components").path("parameters");
        document.path("paths").forEach(path -> path.forEach(operation -> {
            if (operation.get("parameters") instanceof com.fasterxml.jackson.databind.node.ArrayNode parameters) {
                for (int i = 0; i < parameters.size(); i++) {
                    var ref = parameters.get(i).get("$ref");
                    if (ref != null) {
                        parameters.set(i, shared.get(ref.asText().substring(ref.asText().lastIndexOf('/') + 1)));
                    }
                }
            }
        }));
        return document;
    }

    /** Bodies as JSON Schema 2020-12, strict about nulls and about what full and sparse answers carry. */
    private static final ContractBodies BODIES = new ContractBodies(DOCUMENT);

    /**
     * Runs before each @QuarkusTest method, inside the class loader the test runs in (a JUnit extension
     * would set the filter on another copy of REST Assured).
     */
    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (!RestAssured.filters().contains(FILTER)) {
            RestAssured.filters(FILTER, BODIES);
        }
    }
}
