package org.opendrugpolicy.session;

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
import org.opendrugpolicy.api.Filters;
import org.opendrugpolicy.api.IndexLink;
import org.opendrugpolicy.api.ListPage;
import org.opendrugpolicy.api.ListParameters;
import org.opendrugpolicy.api.RecordList;
import org.opendrugpolicy.api.SortFields;
import org.opendrugpolicy.provenance.InferredValues;
import org.opendrugpolicy.source.SourceCatalog;

@Path(SessionResource.PATH)
@Tag(name = "Sessions", description = "Sessions of the Commission, CND 60 (2017) to CND 69 (2026).")
@IndexLink(name = "sessions", items = "sessions")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {
    static final String PATH = "/api/v1/sessions";
    private static final SortFields SORT = SortFields.of("s.id", "number", "number", "s.number", "startDate", "s.startDate");
    private static final RecordList<Session> LIST = RecordList.of((query, parameters) -> Session.<Session>find(query, parameters), "Session s", SORT);

    @Inject SourceCatalog sources;
    @Inject InferredValues inferred;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(operationId = "listSessions", summary = "List sessions",
            description = "The sessions of the Commission in the dataset, CND 60 (2017) to CND 69 (2026), with dates, venue, chair, segments (including reconvened parts), "
                    + "participation figures with their qualifiers, side-event and resolution totals, the report symbol and outcomeStatus, which says plainly "
                    + "when a session's outcomes are not yet known (CND 69)."
                    + " Sort order: number, startDate; prefix - for descending. Default number.")
    public RestResponse<ListPage<SessionView>> list(
            @BeanParam ListParameters request) {
        return LIST.page(request, Filters.NONE, s -> SessionView.from(s, sources, inferred));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getSession", summary = "Get a session", description = "One session by its id, cnd-<number> (case-insensitive). 404 problem for an unknown id.")
    public SessionView get(@Parameter(description = "The session's id.", example = "cnd-68") @PathParam("id") String id) {
        return SessionView.from(LIST.byId(id, "session"), sources, inferred);
    }
}
