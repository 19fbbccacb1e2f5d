package org.opendrugpolicy.conflict;

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
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendrugpolicy.api.IndexLink;
import org.opendrugpolicy.api.ListPage;
import org.opendrugpolicy.api.Lists;
import org.opendrugpolicy.api.PageParameters;
import org.opendrugpolicy.api.PageRequest;
import org.opendrugpolicy.api.ParameterErrors;
import org.opendrugpolicy.api.ProblemException;
import org.opendrugpolicy.api.SortFields;
import org.opendrugpolicy.api.Text;
import org.opendrugpolicy.api.UpdatedSince;
import org.opendrugpolicy.api.Where;
import org.opendrugpolicy.source.SourceCatalog;

/** The conflicts between sources the dataset records, each with both (or all) claims and their sources. */
@Path(ConflictResource.PATH)
@Tag(name = "Conflicts", description = "Where sources disagree: each conflict with the claims and their sources, and which claim the record holds.")
@IndexLink(name = "conflicts", items = "conflicts")
@Produces(MediaType.APPLICATION_JSON)
public class ConflictResource {
    static final String PATH = "/api/v1/conflicts";
    private static final Set<String> STATUSES = Set.of("unresolved", "version-a-preferred", "version-b-preferred", "both-compatible");
    // ids are c1..c19: sort by their number, not as text
    private static final SortFields SORT = SortFields.of("c.id", "id", "id", "cast(substring(c.id, 2) as Integer)", "session", "c.session.number");

    private final SourceCatalog sources;

    ConflictResource(SourceCatalog sources) {
        this.sources = sources;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(operationId = "listConflicts", summary = "List conflicts between sources",
            description = "Every recorded disagreement between sources, with its claims in order, the sources of each and whether the record holds it. "
                    + "400 problem for a malformed filter or sort.")
    public ListPage<ConflictView> list(
            @Parameter(description = "Only conflicts about this session.", example = "cnd-63") @QueryParam("session") String session,
            @Parameter(description = "Only conflicts with this status.", schema = @Schema(enumeration = {"unresolved", "version-a-preferred", "version-b-preferred", "both-compatible"}))
            @QueryParam("status") String status,
            @Parameter(description = "Only conflicts with a claim about a record of this dataset table.", example = "scheduling_decisions") @QueryParam("table") String table,
            @Parameter(description = "Sort order: id, session; prefix - for descending. Default id (c1, c2, ... c19).", example = "session") @QueryParam("sort") String sort,
            @BeanParam UpdatedSince updatedSince,
            @BeanParam PageParameters paging,
            @Context UriInfo uri) {
        var errors = new ParameterErrors();
        String sessionValue = errors.text("session", session);
        String statusValue = errors.oneOf("status", status, STATUSES);
        String tableValue = errors.text("table", table);
        Where where = new Where().and("c.session.id = :session", "session", sessionValue == null ? null : sessionValue.toLowerCase(Locale.ROOT))
                .and("c.status = :status", "status", statusValue)
                .and("exists (select 1 from Conflict c2 join c2.claims a2 where c2.id = c.id and a2.tableName = :table)", "table",
                        tableValue == null ? null : tableValue.toLowerCase(Locale.ROOT))
                .and("c.updatedAt > :updatedSince", "updatedSince", updatedSince.instant(errors));
        PageRequest page = paging.request(errors);
        SORT.check(errors, sort);
        errors.throwIfAny();
        return Lists.page(Conflict.<Conflict>find("from Conflict c" + where.clause() + SORT.orderBy(sort), where.parameters()),
                page, uri, c -> ConflictView.from(c, sources));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getConflict", summary = "Get a conflict", description = "One conflict by its id (c1, c2, ...), with its claims and their sources. "
            + "404 problem for an unknown id.")
    public ConflictView get(@Parameter(description = "The conflict's id.", example = "c1") @PathParam("id") String id) {
        return Conflict.<Conflict>findByIdOptional(id.toLowerCase(Locale.ROOT)).map(c -> ConflictView.from(c, sources))
                .orElseThrow(() -> ProblemException.notFound("No conflict has the id '" + Text.quote(id) + "'."));
    }
}
