package org.opendrugpolicy.meeting;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
import org.opendrugpolicy.api.IdFilter;
import org.opendrugpolicy.api.ListPage;
import org.opendrugpolicy.api.Lists;
import org.opendrugpolicy.api.PageParameters;
import org.opendrugpolicy.api.PageRequest;
import org.opendrugpolicy.api.ParameterErrors;
import org.opendrugpolicy.api.SortFields;
import org.opendrugpolicy.api.Where;
import org.opendrugpolicy.source.SourceCatalog;

@Path("/api/v1/meetings")
@Tag(name = "Meetings")
@Produces(MediaType.APPLICATION_JSON)
public class MeetingResource {
    private static final SortFields SORT = SortFields.of("m.id", "session,id", "id", "m.id", "session", "m.session.number", "kind", "m.kind");

    private final SourceCatalog sources;

    MeetingResource(SourceCatalog sources) {
        this.sources = sources;
    }

    @GET
    @Operation(operationId = "listMeetings", summary = "List meetings",
            description = "Bilateral meetings with government delegations and institutional meetings with organizations, as the seed articles report them.")
    public ListPage<MeetingView> list(
            @Parameter(description = "Only meetings of this session.", example = "cnd-68") @QueryParam("session") String session,
            @Parameter(description = "Only meetings with this counterpart: a country (ISO alpha-3) or an organization (its id).", example = "FIN") @QueryParam("counterpart") String counterpart,
            @Parameter(description = "Only meetings of this kind.", schema = @Schema(enumeration = {"bilateral", "institutional"})) @QueryParam("kind") String kind,
            @Parameter(description = "Sort order: session, kind, id; prefix - for descending. Default session,id.", example = "-session") @QueryParam("sort") String sort,
            @BeanParam IdFilter ids,
            @BeanParam PageParameters paging,
            @Context UriInfo uri) {
        var errors = new ParameterErrors();
        var idValues = ids.slugs(errors);
        String sessionValue = errors.text("session", session);
        String counterpartValue = errors.text("counterpart", counterpart);
        String kindValue = errors.oneOf("kind", kind, Set.of("bilateral", "institutional"));
        PageRequest page = paging.request(errors);
        errors.throwIfAny();
        Where where = new Where()
                .and("m.id in :ids", "ids", idValues)
                .and("m.session.id = :session", "session", sessionValue == null ? null : sessionValue.toLowerCase(Locale.ROOT))
                .and("(m.counterpartCountry.iso3 = upper(:counterpart) or m.counterpartOrganization.id = lower(:counterpart))", "counterpart", counterpartValue)
                .and("m.kind = :kind", "kind", kindValue);
        return Lists.page(Meeting.<Meeting>find("from Meeting m" + where.clause() + SORT.orderBy(sort), where.parameters()),
                page, uri, m -> MeetingView.from(m, sources));
    }
}
