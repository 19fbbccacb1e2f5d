package org.opendrugpolicy.release;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.opendrugpolicy.api.IndexLink;
import org.opendrugpolicy.api.ListPage;
import org.opendrugpolicy.api.Lists;
import org.opendrugpolicy.api.PageParameters;
import org.opendrugpolicy.api.ProblemException;
import org.opendrugpolicy.api.Text;
import org.opendrugpolicy.dataset.DatasetLoader;

@Path(ReleaseResource.PATH)
@Tag(name = "Releases", description = "Data releases and their changelog.")
@IndexLink(name = "releases")
@Produces(MediaType.APPLICATION_JSON)
public class ReleaseResource {
    static final String PATH = "/api/v1/releases";

    @Inject DatasetLoader dataset;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(operationId = "listReleases", summary = "List data releases",
            description = "Every release of the dataset, newest first, with its date and changelog; the current one also with its row counts per table and content hash.")
    public RestResponse<ListPage<ReleaseView>> list(@BeanParam PageParameters paging, @Context UriInfo uri) {
        return Lists.answer(Release.<Release>find("from Release r order by r.releasedOn desc, r.version desc"), paging.request(), uri, this::view);
    }

    @GET
    @Path("{version}")
    @Operation(operationId = "getRelease", summary = "Get a data release", description = "One release by its version.")
    public ReleaseView get(@Parameter(description = "The release version.", example = "2026.11.23") @PathParam("version") String version) {
        return Release.<Release>findByIdOptional(version).map(this::view)
                .orElseThrow(() -> ProblemException.notFound("No release has the version '" + Text.quote(version) + "'."));
    }

    private ReleaseView view(Release r) {
        boolean current = r.version.equals(dataset.version().version());
        List<String> changes = r.changes == null ? List.of() : r.changes.lines().filter(line -> !line.isBlank()).toList();
        return new ReleaseView(r.version, r.releasedOn, current, r.summary, changes, current ? dataset.rowCounts() : null,
                current ? dataset.version().tag() : null,
                new ReleaseView.Links(PATH + "/" + r.version, current ? "/api/v1/exports/dataset.zip" : null));
    }
}
