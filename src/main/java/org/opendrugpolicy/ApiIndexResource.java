package org.opendrugpolicy;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendrugpolicy.api.AbsoluteLinks;
import org.opendrugpolicy.api.IndexLink;
import org.opendrugpolicy.api.IndexLinks;
import org.opendrugpolicy.dataset.DatasetLoader;
import org.opendrugpolicy.dataset.DatasetVersion;

/**
 * The root of the API. It names no kind of record: each resource declares its own links with {@link IndexLink}; the
 * index adds only its own and those of the OpenAPI document.
 */
@Path("/")
@Tag(name = "API", description = "Entry point, dataset release and licence.")
public class ApiIndexResource {
    private final DatasetLoader dataset;
    private final Map<String, String> links;

    ApiIndexResource(DatasetLoader dataset, IndexLinks declared) {
        this.dataset = dataset;
        Map<String, String> all = new LinkedHashMap<>();
        all.put("self", "/api/v1");
        all.putAll(declared.links());
        all.put("openapi", "/q/openapi");
        all.put("docs", "/q/swagger-ui/");
        this.links = Collections.unmodifiableMap(all);
    }

    @Schema(name = "ApiIndex", description = "Entry point of the API: its collections, the dataset release served and its licence.")
    public record ApiIndex(
            @Schema(required = true, examples = "Open Drug Policy API") String name,
            @Schema(required = true, examples = "v1") String apiVersion,
            @Schema(required = true) DatasetVersion dataset,
            @Schema(required = true) License license,
            @Schema(required = true, description = "Collection name to its absolute URL.")
            @JsonSerialize(contentUsing = AbsoluteLinks.Serializer.class) Map<String, String> links) {}

    @Schema(name = "License")
    public record License(@Schema(required = true, examples = "CC-BY-4.0") String id, @Schema(required = true, examples = "Creative Commons Attribution 4.0 International") String title,
            @Schema(required = true, examples = "https://creativecommons.org/licenses/by/4.0/") String url,
            @Schema(required = true, examples = "Open Drug Policy, CND dataset, release 2026.11.23") String attribution) {}

    @GET
    @Path("api/v1")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getApiIndex", summary = "API index", description = "Links to every collection, the dataset release being served and the data licence.")
    public ApiIndex index() {
        DatasetVersion version = dataset.version();
        return new ApiIndex("Open Drug Policy API", "v1", version,
                new License("CC-BY-4.0", "Creative Commons Attribution 4.0 International", "https://creativecommons.org/licenses/by/4.0/",
                        "Open Drug Policy, CND dataset, release " + version.version()),
                links);
    }
}
