package org.opendrugpolicy.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem details body: every 4xx and 5xx answer of the API has this shape. */
@Schema(name = "Problem", description = "RFC 9457 problem details.")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        @Schema(description = "URI that identifies the kind of problem.", examples = "https://opendrugpolicy.org/problems/invalid-parameter", required = true)
        String type,
        @Schema(description = "Short summary of the kind of problem.", examples = "Invalid parameter", required = true)
        String title,
        @Schema(description = "HTTP status code.", examples = "400", required = true)
        int status,
        @Schema(description = "What went wrong with this request.", examples = "size must be an integer from 1 to 200, got '201'")
        String detail,
        @Schema(description = "The request path and query that caused the problem.", examples = "/api/v1/resolutions?size=201")
        String instance,
        @Schema(description = "For bad parameters: each parameter and why it was rejected.")
        List<InvalidParameter> errors,
        @Schema(description = "The id of this request, also sent in the X-Request-Id header: quote it when reporting a problem.",
                examples = "5b0f3c7e-8d1a-4f57-9a51-2f1c0e6d7a90")
        String requestId) {

    /** One rejected request parameter. */
    @Schema(name = "InvalidParameter")
    public record InvalidParameter(
            @Schema(description = "Name of the parameter.", examples = "size", required = true) String name,
            @Schema(description = "Why it was rejected.", examples = "must be an integer from 1 to 200, got '201'", required = true) String reason) {}

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://opendrugpolicy.org/problems/";
}
