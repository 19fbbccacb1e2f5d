package org.opendrugpolicy.sideevent;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.opendrugpolicy.api.Filters;
import org.opendrugpolicy.api.ParameterErrors;
import org.opendrugpolicy.api.Where;

/** The side-event filters, shared by the list and its groups (as a {@code @BeanParam}). */
public class SideEventFilters implements Filters {
    static final String HOSTED_BY = "exists (select 1 from SideEvent e2 join e2.hosts h2 where e2.id = e.id "
            + "and (h2.organization.id in :%1$s or lower(h2.country.iso3) in :%1$s))";

    @Parameter(description = "Only side events of these sessions (ids)." + ParameterErrors.ANY_OF, example = "cnd-68") @QueryParam("session") String session;
    @Parameter(description = "Only side events organized by one of these organizations (ids)." + ParameterErrors.ANY_OF,
            example = "international-association-for-hospice-and-palliative-care") @QueryParam("organizer") String organizer;
    @Parameter(description = "Only side events co-hosted by one of these organizations (ids) or countries (ISO alpha-3)." + ParameterErrors.ANY_OF,
            example = "villa-maraini") @QueryParam("host") String host;
    @Parameter(description = "Only side events with one of these topics (see /api/v1/topics)." + ParameterErrors.ANY_OF, example = "harm-reduction") @QueryParam("topic") String topic;
    @Parameter(description = "Only side events with at least this many attendees (events without a figure are left out).",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "0"), example = "30") @QueryParam("minAttendance") String minAttendance;
    @Parameter(description = "Words that must all appear in the title, description or organizer name; case and accents are ignored.", example = "harm reduction") @QueryParam("q") String q;

    /** The where clause of these filters, adding any error to the request's. */
    @Override
    public Where where(ParameterErrors errors) {
        var sessions = errors.slugs("session", session);
        var organizers = errors.slugs("organizer", organizer);
        var hosts = errors.slugs("host", host);
        var topics = errors.slugs("topic", topic);
        Integer minimum = minAttendance == null ? null : errors.integer("minAttendance", minAttendance, 0, Integer.MAX_VALUE, 0);
        String text = errors.text("q", q);
        return new Where()
                .and("e.session.id in :session", "session", sessions)
                .and("e.organizer.id in :organizer", "organizer", organizers)
                .and(HOSTED_BY.formatted("host"), "host", hosts)
                .and("exists (select 1 from SideEvent e3 join e3.topics t3 where e3.id = e.id and t3.topic.id in :topic)", "topic", topics)
                .and("e.attendance >= :minimum", "minimum", minimum)
                .search("e.searchText", text);
    }
}
