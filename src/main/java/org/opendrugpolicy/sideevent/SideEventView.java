package org.opendrugpolicy.sideevent;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendrugpolicy.change.RecordStamps;
import org.opendrugpolicy.country.CountryRef;
import org.opendrugpolicy.organization.Party;
import org.opendrugpolicy.organization.OrganizationRef;
import org.opendrugpolicy.session.SessionRef;
import org.opendrugpolicy.source.SourceCatalog;
import org.opendrugpolicy.source.SourceRef;
import org.opendrugpolicy.topic.TopicRef;

@Schema(name = "SideEvent", description = "A side event held around a session, with its organizer and co-hosts in the order the source lists them.")
public record SideEventView(
        @Schema(required = true, examples = "cnd-68-clarifying-harm-reduction") String id,
        @Schema(required = true, examples = "Clarifying Harm Reduction: A Return to Public Health and Global Well-Being") String title,
        @Schema(required = true) SessionRef session,
        @Schema(description = "The organizing organization; null where no source names one.") OrganizationRef organizer,
        @Schema(description = "The organizer's name exactly as the source writes it.", examples = "International Federation of the Red Cross and Red Crescent Societies") String organizerNameAsListed,
        @Schema(description = "Number of attendees; null where no source gives one.", examples = "40") Integer attendance,
        @Schema(description = "How the attendance figure was read from the source.") String attendanceNote,
        @Schema(description = "What the event was about, from the source.") String description,
        @Schema(required = true, enumeration = {"side-event", "special-event"}, description = "A side event, or a special event the session's programme lists apart.", examples = "side-event") String kind,
        @Schema(required = true, description = "False where the source breaks the title off (the title then ends with …).", examples = "true") boolean titleComplete,
        @Schema(description = "The day the event was held (ISO 8601 date); null where no source gives it.", examples = "2019-03-14") LocalDate heldOn,
        @Schema(description = "The time as the source writes it (Vienna local time); null where no source gives it.", examples = "13:10-14:00") String timeAsListed,
        @Schema(description = "The room as the source names it; null where no source gives it.", examples = "Conference Room M2") String room,
        @Schema(required = true, description = "False where the source's list of organizers is cut off, so hosts lists only the first ones.", examples = "true") boolean hostsComplete,
        @Schema(required = true, description = "Co-hosts in the source's order.") List<Host> hosts,
        @Schema(required = true) List<TopicRef> topics,
        @Schema(required = true) List<SourceRef> sources,
        @JsonUnwrapped RecordStamps stamps,
        @Schema(required = true) Links links) {

    @Schema(name = "SideEventHost", description = "A co-host: a country or an organization, with the name as the source lists it.")
    public record Host(
            @Schema(required = true, examples = "1") int position,
            @Schema(required = true, enumeration = {"co-host", "co-organizer"}, examples = "co-host") String role,
            @Schema(required = true) Party party,
            @Schema(required = true, examples = "Villa Maraini Foundation") String nameAsListed,
            @Schema(required = true) List<SourceRef> sources) {}

    @Schema(name = "SideEventLinks")
    public record Links(@Schema(required = true, examples = "https://api.opendrugpolicy.org/api/v1/side-events/cnd-68-clarifying-harm-reduction") String self,
            @Schema(required = true, examples = "https://api.opendrugpolicy.org/api/v1/sessions/cnd-68") String session) {}

    static SideEventView from(SideEvent e, SourceCatalog sources) {
        return new SideEventView(e.id, e.title, SessionRef.from(e.session), OrganizationRef.from(e.organizer), e.organizerNameAsListed,
                e.attendance, e.attendanceNote, e.description, e.kind, e.titleComplete, e.heldOn, e.timeAsListed, e.room, e.hostsComplete,
                e.hosts.stream().map(h -> new Host(h.position, h.role,
                        h.organization != null ? Party.organization(h.organization.id, h.organization.name) : Party.country(CountryRef.from(h.country)),
                        h.nameAsListed, sources.cite(h.sourceIds))).toList(),
                TopicRef.of(e.topics, sources), sources.cite(e.sourceIds),
                RecordStamps.of(e),
                new Links(SideEventResource.PATH + "/" + e.id, SessionRef.href(e.session.id)));
    }
}
