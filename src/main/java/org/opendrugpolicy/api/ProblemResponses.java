package org.opendrugpolicy.api;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;

/**
 * Documents, on every operation, the problem answers that every operation can give, so that each
 * resource declares only its success response.
 */
public class ProblemResponses implements OASFilter {
    private static final Map<String, String[]> ANSWERS = Map.of(
            "400", new String[] {"A parameter is malformed, out of range, unknown or repeated.", "invalid-parameter", "Invalid parameter",
                    "size: must be an integer from 1 to 200, got '201'", "/api/v1/side-events?size=201"},
            "404", new String[] {"No record has this id, or no resource is at this path.", "not-found", "Not found",
                    "No side event has the id 'cnd-99-unknown'.", "/api/v1/side-events/cnd-99-unknown"},
            "406", new String[] {"The Accept header asks for a media type this operation does not produce.", "not-acceptable", "Not acceptable",
                    "This resource is available as application/json; the Accept header asks for something else.", "/api/v1/sessions"},
            "500", new String[] {"The server failed; details are logged, never sent.", "internal-error", "Internal server error",
                    "The server could not answer this request. The error has been logged.", "/api/v1/sessions"});

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                ANSWERS.keySet().stream().sorted().forEach(status -> {
                    if (operation.getResponses().getAPIResponse(status) == null) {
                        operation.getResponses().addAPIResponse(status, problem(ANSWERS.get(status), Integer.parseInt(status)));
                    }
                });
            }
        }
    }

    private static org.eclipse.microprofile.openapi.models.responses.APIResponse problem(String[] answer, int status) {
        Example example = OASFactory.createExample().value(Map.of("type", Problem.TYPE_BASE + answer[1], "title", answer[2],
                "status", status, "detail", answer[3], "instance", answer[4]));
        MediaType media = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))
                .addExample(answer[1], example);
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media);
        return OASFactory.createAPIResponse().description(answer[0]).content(content);
    }
}
