package org.opendrugpolicy.meeting;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.opendrugpolicy.api.Groups;
import org.opendrugpolicy.api.Include;
import org.opendrugpolicy.api.IncludeParameter;
import org.opendrugpolicy.api.IndexLink;
import org.opendrugpolicy.api.ListPage;
import org.opendrugpolicy.api.ListParameters;
import org.opendrugpolicy.api.RecordList;
import org.opendrugpolicy.api.SortFields;
import org.opendrugpolicy.source.SourceCatalog;

@Path(MeetingResource.PATH)
@Tag(name = "Meetings", description = "Bilateral and institutional meetings.")
@IndexLink(name = "meetings", items = "meetings")
@Produces(MediaType.APPLICATION_JSON)
public class MeetingResource {
    static final String PATH = "/api/v1/meetings";
    private static final SortFields SORT = SortFields.of("m.id", "session,id", "id", "m.id", "session", "m.session.number", "kind", "m.kind");
    private static final RecordList<Meeting> LIST = RecordList.of((query, parameters) -> Meeting.<Meeting>find(query, parameters), "Meeting m", SORT);
    private static final Groups GROUPS = Groups.of("Meeting m", null,
            "counterpart", new Groups.Dimension("coalesce(mc.iso3, mo.id)", "coalesce(mc.name, mo.name)",
                    "left join m.counterpartCountry mc left join m.counterpartOrganization mo"),
            "kind", new Groups.Dimension("m.kind", "m.kind", ""),
            "session", new Groups.Dimension("ms.id", "ms.name", "join m.session ms"));

    @Inject SourceCatalog sources;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Include({"session:session:sessions", "counterpart:counterpart:party", "reportedBy:reportedBy:organizations"})
    @Operation(operationId = "listMeetings", summary = "List meetings",
            description = "Bilateral meetings with government delegations and institutional meetings with organizations, as the seed articles report them."
                    + " Sort order: session, kind, id; prefix - for descending. Default session,id.")
    public RestResponse<ListPage<MeetingView>> list(
            @BeanParam MeetingFilters filters,
            @BeanParam ListParameters request) {
        return LIST.page(request, filters, m -> MeetingView.from(m, sources));
    }

    @GET
    @Path("{id}")
    @Include({"session:session:sessions", "counterpart:counterpart:party", "reportedBy:reportedBy:organizations"})
    @Operation(operationId = "getMeeting", summary = "Get a meeting", description = "One meeting by its id (case-insensitive). 404 problem for an unknown id.")
    public MeetingView get(
            @BeanParam IncludeParameter include,
            @Parameter(description = "The meeting's id.", example = "cnd-68-colombia") @PathParam("id") String id) {
        return MeetingView.from(LIST.byId(id, "meeting"), sources);
    }

    @GET
    @Path("groups")
    @Operation(operationId = "groupMeetings", summary = "Count meetings by a field",
            description = "Meetings matching the list's filters, counted per counterpart (country or organization), kind or session.")
    public Groups.GroupList groups(
            @Parameter(description = "The field to group by: counterpart, kind or session.", required = true,
                    schema = @Schema(enumeration = {"counterpart", "kind", "session"}), example = "counterpart") @QueryParam("by") String by,
            @BeanParam MeetingFilters filters) {
        return GROUPS.count(by, filters);
    }
}
