package org.opendrugpolicy.sideevent;

import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendrugpolicy.api.IdFilter;
import org.opendrugpolicy.api.ListPage;
import org.opendrugpolicy.api.Lists;
import org.opendrugpolicy.api.PageParameters;
import org.opendrugpolicy.api.PageRequest;
import org.opendrugpolicy.api.PageRequest;
import org.opendrugpolicy.api.ParameterErrors;
import org.opendrugpolicy.api.ProblemException;
import org.opendrugpolicy.api.SortFields;
import org.opendrugpolicy.api.Text;
import org.opendrugpolicy.api.Where;
import org.opendrugpolicy.dataset.DatasetLoaded;
import org.opendrugpolicy.source.SourceCatalog;

@Path(SideEventResource.PATH)
@Tag(name = "Side events")
@Produces(MediaType.APPLICATION_JSON)
public class SideEventResource {
    static final String PATH = "/api/v1/side-events";
    private static final SortFields SORT = SortFields.of("e.id", "session,title",
            "title", "e.title", "attendance", "e.attendance", "session", "e.session.number");
    private static final String HOSTED_BY = "exists (select 1 from SideEvent e2 join e2.hosts h where e2.id = e.id "
            + "and (h.organization.id = :%1$s or h.country.iso3 = upper(:%1$s)))";

    private final SourceCatalog sources;

    SideEventResource(SourceCatalog sources) {
        this.sources = sources;
    }

    static void index(@Observes DatasetLoaded loaded) {
        SideEvent.<SideEvent>streamAll().forEach(e -> {
            List<String> text = new ArrayList<>(List.of(e.title));
            if (e.description != null) {
                text.add(e.description);
            }
            if (e.organizerNameAsListed != null) {
                text.add(e.organizerNameAsListed);
            }
            e.searchText = Text.foldAll(text);
        });
    }

    @GET
    @Operation(operationId = "listSideEvents", summary = "List side events",
            description = "Side events held around the sessions, with organizer, ordered co-hosts and topics inline.")
    public ListPage<SideEventView> list(
            @Parameter(description = "Only side events of this session.", example = "cnd-68") @QueryParam("session") String session,
            @Parameter(description = "Only side events organized by this organization (its id).", example = "international-association-for-hospice-and-palliative-care") @QueryParam("organizer") String organizer,
            @Parameter(description = "Only side events co-hosted by this organization (its id) or country (ISO alpha-3).", example = "villa-maraini") @QueryParam("host") String host,
            @Parameter(description = "Only side events with this topic (see /api/v1/topics).", example = "harm-reduction") @QueryParam("topic") String topic,
            @Parameter(description = "Only side events with at least this many attendees (events without a figure are left out).",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0"), example = "30") @QueryParam("minAttendance") String minAttendance,
            @Parameter(description = "Words that must all appear in the title, description or organizer name; case and accents are ignored.", example = "harm reduction") @QueryParam("q") String q,
            @Parameter(description = "Sort order: title, attendance, session; prefix - for descending. Default session,title.", example = "-attendance") @QueryParam("sort") String sort,
            @BeanParam IdFilter ids,
            @BeanParam PageParameters paging,
            @Context UriInfo uri) {
        var errors = new ParameterErrors();
        var idValues = ids.slugs(errors);
        String sessionValue = errors.text("session", session);
        String organizerValue = errors.text("organizer", organizer);
        String hostValue = errors.text("host", host);
        String topicValue = errors.text("topic", topic);
        Integer minimum = minAttendance == null ? null : errors.integer("minAttendance", minAttendance, 0, Integer.MAX_VALUE, 0);
        String text = errors.text("q", q);
        PageRequest page = paging.request(errors);
        errors.throwIfAny();
        Where where = new Where()
                .and("e.id in :ids", "ids", idValues)
                .and("e.session.id = :session", "session", lower(sessionValue))
                .and("e.organizer.id = :organizer", "organizer", lower(organizerValue))
                .and(HOSTED_BY.formatted("host"), "host", lower(hostValue))
                .and("exists (select 1 from SideEvent e3 join e3.topics t where e3.id = e.id and t.id = :topic)", "topic", lower(topicValue))
                .and("e.attendance >= :minimum", "minimum", minimum)
                .search("e.searchText", text);
        return query(where, sort, page, uri);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getSideEvent", summary = "Get a side event", description = "One side event by its id (case-insensitive), with organizer and ordered co-hosts.")
    public SideEventView get(@Parameter(description = "The side event's id.", example = "cnd-68-clarifying-harm-reduction") @PathParam("id") String id) {
        return SideEvent.<SideEvent>findByIdOptional(id.toLowerCase(Locale.ROOT)).map(e -> SideEventView.from(e, sources))
                .orElseThrow(() -> ProblemException.notFound("No side event has the id '" + Text.quote(id) + "'."));
    }

    /** Side events the organization organized, co-organized or co-hosted; served under /organizations/{id}/side-events. */
    public ListPage<SideEventView> involving(String organizationId, String sort, PageParameters paging, UriInfo uri) {
        Where where = new Where().and("(e.organizer.id = :organization or " + HOSTED_BY.formatted("organization") + ")", "organization", organizationId);
        return query(where, sort, paging.request(), uri);
    }

    private ListPage<SideEventView> query(Where where, String sort, PageRequest page, UriInfo uri) {
        return Lists.page(SideEvent.<SideEvent>find("from SideEvent e" + where.clause() + SORT.orderBy(sort), where.parameters()),
                page, uri, e -> SideEventView.from(e, sources));
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }
}
