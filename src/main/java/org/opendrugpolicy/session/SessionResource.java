package org.opendrugpolicy.session;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendrugpolicy.api.IndexLink;
import org.opendrugpolicy.api.IdFilter;
import org.opendrugpolicy.api.PageRequest;
import org.opendrugpolicy.api.ParameterErrors;
import org.opendrugpolicy.api.UpdatedSince;
import org.opendrugpolicy.api.Where;
import org.opendrugpolicy.api.ListPage;
import org.opendrugpolicy.api.Lists;
import org.opendrugpolicy.api.PageParameters;
import org.opendrugpolicy.api.ProblemException;
import org.opendrugpolicy.api.SortFields;
import org.opendrugpolicy.api.Text;
import org.opendrugpolicy.provenance.InferredValues;
import org.opendrugpolicy.source.SourceCatalog;

@Path(SessionResource.PATH)
@Tag(name = "Sessions", description = "Sessions of the Commission, CND 60 (2017) to CND 69 (2026).")
@IndexLink(name = "sessions", items = "sessions")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {
    static final String PATH = "/api/v1/sessions";
    private static final SortFields SORT = SortFields.of("s.id", "number", "number", "s.number", "startDate", "s.startDate");

    private final SourceCatalog sources;
    private final InferredValues inferred;

    SessionResource(SourceCatalog sources, InferredValues inferred) {
        this.sources = sources;
        this.inferred = inferred;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(operationId = "listSessions", summary = "List sessions",
            description = "The sessions of the Commission in the dataset, CND 60 (2017) to CND 69 (2026), with dates, venue, chair, segments (including reconvened parts), "
                    + "participation figures with their qualifiers, side-event and resolution totals, the report symbol and outcomeStatus, which says plainly "
                    + "when a session's outcomes are not yet known (CND 69).")
    public ListPage<SessionView> list(
            @Parameter(description = "Sort order: number, startDate; prefix - for descending. Default number.", example = "-number") @QueryParam("sort") String sort,
            @BeanParam UpdatedSince updatedSince,
            @BeanParam IdFilter ids,
            @BeanParam PageParameters paging,
            @Context UriInfo uri) {
        var errors = new ParameterErrors();
        var idValues = ids.slugs(errors);
        var since = updatedSince.instant(errors);
        PageRequest page = paging.request(errors);
        SORT.check(errors, sort);
        errors.throwIfAny();
        Where where = new Where().and("s.id in :ids", "ids", idValues).and("s.updatedAt > :updatedSince", "updatedSince", since);
        return Lists.page(Session.<Session>find("from Session s" + where.clause() + SORT.orderBy(sort), where.parameters()), page, uri,
                s -> SessionView.from(s, sources, inferred));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getSession", summary = "Get a session", description = "One session by its id, cnd-<number> (case-insensitive). 404 problem for an unknown id.")
    public SessionView get(@Parameter(description = "The session's id.", example = "cnd-68") @PathParam("id") String id) {
        return Session.<Session>findByIdOptional(id.toLowerCase(Locale.ROOT)).map(s -> SessionView.from(s, sources, inferred))
                .orElseThrow(() -> ProblemException.notFound("No session has the id '" + Text.quote(id) + "'."));
    }
}
