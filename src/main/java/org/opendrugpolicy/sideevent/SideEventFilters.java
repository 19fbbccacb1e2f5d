package org.opendrugpolicy.sideevent;

import jakarta.ws.rs.QueryParam;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.opendrugpolicy.api.Filters;
import org.opendrugpolicy.api.ParameterErrors;
import org.opendrugpolicy.api.Where;

/** The side-event filters, shared by the list and its groups (as a {@code @BeanParam}). */
public class SideEventFilters implements Filters {
    static final String HOSTED_BY = "exists (select 1 from SideEvent e2 join e2.hosts h2 where e2.id = e.id "
            + "and (h2.organization.id = :%1$s or h2.country.iso3 = upper(:%1$s)))";

    @Parameter(description = "Only side events of this session.", example = "cnd-68") @QueryParam("session") String session;
    @Parameter(description = "Only side events organized by this organization (its id).", example = "international-association-for-hospice-and-palliative-care") @QueryParam("organizer") String organizer;
    @Parameter(description = "Only side events co-hosted by this organization (its id) or country (ISO alpha-3).", example = "villa-maraini") @QueryParam("host") String host;
    @Parameter(description = "Only side events with this topic (see /api/v1/topics).", example = "harm-reduction") @QueryParam("topic") String topic;
    @Parameter(description = "Only side events with at least this many attendees (events without a figure are left out).",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "0"), example = "30") @QueryParam("minAttendance") String minAttendance;
    @Parameter(description = "Words that must all appear in the title, description or organizer name; case and accents are ignored.", example = "harm reduction") @QueryParam("q") String q;

    /** The where clause of these filters, adding any error to the request's. */
    @Override
    public Where where(ParameterErrors errors) {
        String sessionValue = errors.single("session", session);
        String organizerValue = errors.single("organizer", organizer);
        String hostValue = errors.single("host", host);
        String topicValue = errors.single("topic", topic);
        Integer minimum = minAttendance == null ? null : errors.integer("minAttendance", minAttendance, 0, Integer.MAX_VALUE, 0);
        String text = errors.text("q", q);
        return new Where()
                .and("e.session.id = :session", "session", lower(sessionValue))
                .and("e.organizer.id = :organizer", "organizer", lower(organizerValue))
                .and(HOSTED_BY.formatted("host"), "host", lower(hostValue))
                .and("exists (select 1 from SideEvent e3 join e3.topics t3 where e3.id = e.id and t3.id = :topic)", "topic", lower(topicValue))
                .and("e.attendance >= :minimum", "minimum", minimum)
                .search("e.searchText", text);
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }
}
