package org.opendrugpolicy.meeting;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendrugpolicy.api.IndexLink;
import org.opendrugpolicy.api.IdFilter;
import org.opendrugpolicy.api.Groups;
import org.opendrugpolicy.api.Include;
import org.opendrugpolicy.api.IncludeParameter;
import org.opendrugpolicy.api.ListPage;
import org.opendrugpolicy.api.Lists;
import org.opendrugpolicy.api.PageParameters;
import org.opendrugpolicy.api.PageRequest;
import org.opendrugpolicy.api.ParameterErrors;
import org.opendrugpolicy.api.SortFields;
import org.opendrugpolicy.api.UpdatedSince;
import org.opendrugpolicy.api.Where;
import org.opendrugpolicy.source.SourceCatalog;

@Path("/api/v1/meetings")
@Tag(name = "Meetings", description = "Bilateral and institutional meetings.")
@IndexLink(name = "meetings")
@Produces(MediaType.APPLICATION_JSON)
public class MeetingResource {
    private static final SortFields SORT = SortFields.of("m.id", "session,id", "id", "m.id", "session", "m.session.number", "kind", "m.kind");
    private static final Groups GROUPS = Groups.of("Meeting m", null,
            "counterpart", new Groups.Dimension("coalesce(mc.iso3, mo.id)", "coalesce(mc.name, mo.name)",
                    "left join m.counterpartCountry mc left join m.counterpartOrganization mo"),
            "kind", new Groups.Dimension("m.kind", "m.kind", ""),
            "session", new Groups.Dimension("ms.id", "ms.name", "join m.session ms"));

    private final SourceCatalog sources;

    MeetingResource(SourceCatalog sources) {
        this.sources = sources;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Include({"session:session:sessions", "counterpart:counterpart:party", "reportedBy:reportedBy:organizations"})
    @Operation(operationId = "listMeetings", summary = "List meetings",
            description = "Bilateral meetings with government delegations and institutional meetings with organizations, as the seed articles report them. include= accepts: session, counterpart, reportedBy.")
    public ListPage<MeetingView> list(
            @BeanParam IncludeParameter include,
            @BeanParam MeetingFilters filters,
            @Parameter(description = "Sort order: session, kind, id; prefix - for descending. Default session,id.", example = "-session") @QueryParam("sort") String sort,
            @BeanParam UpdatedSince updatedSince,
            @BeanParam IdFilter ids,
            @BeanParam PageParameters paging,
            @Context UriInfo uri) {
        var errors = new ParameterErrors();
        Where where = filters.where(errors).and("m.id in :ids", "ids", ids.slugs(errors))
                .and("m.updatedAt > :updatedSince", "updatedSince", updatedSince.instant(errors));
        PageRequest page = paging.request(errors);
        SORT.check(errors, sort);
        errors.throwIfAny();
        return Lists.page(Meeting.<Meeting>find("from Meeting m" + where.clause() + SORT.orderBy(sort), where.parameters()),
                page, uri, m -> MeetingView.from(m, sources));
    }

    @GET
    @Path("groups")
    @Operation(operationId = "groupMeetings", summary = "Count meetings by a field",
            description = "Meetings matching the list's filters, counted per counterpart (country or organization), kind or session.")
    public Groups.GroupList groups(
            @Parameter(description = "The field to group by: counterpart, kind or session.", required = true,
                    schema = @Schema(enumeration = {"counterpart", "kind", "session"}), example = "counterpart") @QueryParam("by") String by,
            @BeanParam MeetingFilters filters) {
        var errors = new ParameterErrors();
        String field = GROUPS.by(errors, by);
        Where where = filters.where(errors);
        errors.throwIfAny();
        return GROUPS.count(field, where);
    }
}
