package org.opendrugpolicy;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendrugpolicy.api.AbsoluteLinks;
import org.opendrugpolicy.dataset.DatasetLoader;
import org.opendrugpolicy.dataset.DatasetVersion;

@Path("/")
@Tag(name = "API")
public class ApiIndexResource {
    private static final Map<String, String> COLLECTIONS = collections();

    private final DatasetLoader dataset;

    ApiIndexResource(DatasetLoader dataset) {
        this.dataset = dataset;
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
                COLLECTIONS);
    }

    private static Map<String, String> collections() {
        Map<String, String> links = new LinkedHashMap<>();
        links.put("self", "/api/v1");
        for (String name : new String[] {"countries", "sessions", "resolutions", "sponsors", "side-events", "organizations", "meetings", "sources", "topics",
                "scheduling-decisions", "substances", "bureau-members", "conflicts", "exports", "releases"}) {
            links.put(name, "/api/v1/" + name);
        }
        links.put("co-hosting-network", "/api/v1/networks/co-hosting");
        links.put("co-sponsorship-network", "/api/v1/networks/co-sponsorship");
        links.put("side-event-participation-network", "/api/v1/networks/side-event-participation");
        links.put("catalog", "/api/v1/catalog");
        links.put("dataset", "/api/v1/exports/dataset.zip");
        links.put("openapi", "/q/openapi");
        links.put("docs", "/q/swagger-ui/");
        return java.util.Collections.unmodifiableMap(links);
    }
}
