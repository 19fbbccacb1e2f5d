package org.opendrugpolicy.sideevent;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
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
import org.opendrugpolicy.api.Where;
import org.opendrugpolicy.source.SourceCatalog;

@Path(SideEventResource.PATH)
@Tag(name = "Side events", description = "Side events, their organizers and ordered co-hosts.")
@IndexLink(name = "side-events", items = "side_events")
@Produces(MediaType.APPLICATION_JSON)
public class SideEventResource {
    static final String PATH = "/api/v1/side-events";
    private static final SortFields SORT = SortFields.of("e.id", "session,title",
            "title", "e.title", "attendance", "e.attendance", "session", "e.session.number");
    private static final RecordList<SideEvent> LIST = RecordList.of((query, parameters) -> SideEvent.<SideEvent>find(query, parameters), "SideEvent e", SORT);
    private static final String HOSTED_BY = SideEventFilters.HOSTED_BY;
    private static final Groups GROUPS = Groups.of("SideEvent e", "e.attendance",
            "session", new Groups.Dimension("s.id", "s.name", "join e.session s"),
            "organizer", new Groups.Dimension("o.id", "o.name", "left join e.organizer o"),
            "host", new Groups.Dimension("coalesce(ho.id, hc.iso3)", "coalesce(ho.name, hc.name)", "left join e.hosts h left join h.organization ho left join h.country hc"),
            "topic", new Groups.Dimension("t.id", "t.name", "left join e.topics tl left join tl.topic t"));

    @Inject SourceCatalog sources;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Include({"session:session:sessions", "organizer:organizer:organizations", "hosts:hosts.party:party", "topics:topics:topics"})
    @Operation(operationId = "listSideEvents", summary = "List side events",
            description = "Side events held around the sessions, with organizer, ordered co-hosts and topics inline."
                    + " Sort order: title, attendance, session; prefix - for descending. Default session,title.")
    public RestResponse<ListPage<SideEventView>> list(
            @BeanParam SideEventFilters filters,
            @BeanParam ListParameters request) {
        return LIST.page(request, filters, e -> SideEventView.from(e, sources));
    }

    @GET
    @Path("groups")
    @Operation(operationId = "groupSideEvents", summary = "Count side events by a field",
            description = "Side events matching the list's filters, counted per session, organizer, host (organization or country) or topic, "
                    + "with the attendance of each group: sum and average over the events with a figure, and how many have one.")
    public Groups.GroupList groups(
            @Parameter(description = "The field to group by: session, organizer, host or topic.", required = true,
                    schema = @Schema(enumeration = {"session", "organizer", "host", "topic"}), example = "organizer") @QueryParam("by") String by,
            @BeanParam SideEventFilters filters) {
        return GROUPS.count(by, filters);
    }

    @GET
    @Path("{id}")
    @Include({"session:session:sessions", "organizer:organizer:organizations", "hosts:hosts.party:party", "topics:topics:topics"})
    @Operation(operationId = "getSideEvent", summary = "Get a side event", description = "One side event by its id (case-insensitive), with organizer and ordered co-hosts.")
    public SideEventView get(
            @BeanParam IncludeParameter include,
            @Parameter(description = "The side event's id.", example = "cnd-68-clarifying-harm-reduction") @PathParam("id") String id) {
        return SideEventView.from(LIST.byId(id, "side event"), sources);
    }

    /** Side events the organization organized, co-organized or co-hosted; served under /organizations/{id}/side-events. */
    public RestResponse<ListPage<SideEventView>> involving(String organizationId, ListParameters request) {
        return LIST.page(request, errors -> new Where().and("(e.organizer.id in :organization or " + HOSTED_BY.formatted("organization") + ")",
                "organization", List.of(organizationId)), e -> SideEventView.from(e, sources));
    }
}
