package org.opendrugpolicy.api;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.RestAssured;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Validates every REST Assured response of the suite against the committed contract,
 * {@code openapi/openapi.yaml}: registered for all test classes through JUnit's extension auto-detection.
 * Requests are not validated, because tests send malformed requests on purpose.
 */
public class OpenApiContract implements BeforeAllCallback {
    public static final Path DOCUMENT = Path.of("openapi", "openapi.yaml");

    private static final OpenApiValidationFilter FILTER = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(DOCUMENT.toUri().toString())
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!RestAssured.filters().contains(FILTER)) {
            RestAssured.filters(FILTER);
        }
    }
}
