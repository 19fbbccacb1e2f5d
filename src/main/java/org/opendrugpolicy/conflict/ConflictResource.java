package org.opendrugpolicy.conflict;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.opendrugpolicy.api.IndexLink;
import org.opendrugpolicy.api.ListPage;
import org.opendrugpolicy.api.ListParameters;
import org.opendrugpolicy.api.RecordList;
import org.opendrugpolicy.api.SortFields;
import org.opendrugpolicy.source.SourceCatalog;

/** The conflicts between sources the dataset records, each with both (or all) claims and their sources. */
@Path(ConflictResource.PATH)
@Tag(name = "Conflicts", description = "Where sources disagree: each conflict with the claims and their sources, and which claim the record holds.")
@IndexLink(name = "conflicts", items = "conflicts")
@Produces(MediaType.APPLICATION_JSON)
public class ConflictResource {
    static final String PATH = "/api/v1/conflicts";
    // ids are c1..c19: sort by their number, not as text
    private static final SortFields SORT = SortFields.of("c.id", "id", "id", "cast(substring(c.id, 2) as Integer)", "session", "c.session.number");
    private static final RecordList<Conflict> LIST = RecordList.of((query, parameters) -> Conflict.<Conflict>find(query, parameters), "Conflict c", SORT);

    @Inject SourceCatalog sources;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(operationId = "listConflicts", summary = "List conflicts between sources",
            description = "Every recorded disagreement between sources, with its claims in order, the sources of each and whether the record holds it. "
                    + "400 problem for a malformed filter or sort."
                    + " Sort order: id, session; prefix - for descending. Default id (c1, c2, ... c19).")
    public RestResponse<ListPage<ConflictView>> list(
            @BeanParam ConflictFilters filters,
            @BeanParam ListParameters request) {
        return LIST.page(request, filters, c -> ConflictView.from(c, sources));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getConflict", summary = "Get a conflict", description = "One conflict by its id (c1, c2, ...), with its claims and their sources. "
            + "404 problem for an unknown id.")
    public ConflictView get(@Parameter(description = "The conflict's id.", example = "c1") @PathParam("id") String id) {
        return ConflictView.from(LIST.byId(id, "conflict"), sources);
    }
}
