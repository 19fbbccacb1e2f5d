package org.opendrugpolicy.session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendrugpolicy.change.Tracked;
import org.opendrugpolicy.country.CountryRef;
import org.opendrugpolicy.source.SourceCatalog;
import org.opendrugpolicy.source.SourceRef;

@Schema(name = "Session", description = "A session of the Commission on Narcotic Drugs.")
record SessionView(
        @Schema(required = true, examples = "cnd-68") String id,
        @Schema(required = true, examples = "68") int number,
        @Schema(required = true, examples = "2025") int year,
        @Schema(required = true, examples = "68th session of the Commission on Narcotic Drugs") String name,
        @Schema(required = true, examples = "2025-03-10") LocalDate startDate,
        @Schema(required = true, examples = "2025-03-14") LocalDate endDate,
        @Schema(required = true) Venue venue,
        @Schema(description = "The chair; null where no source names one.") Chair chair,
        @Schema(description = "Number of participants where a source gives one.", examples = "2000") Integer participants,
        @Schema(description = "Other sourced facts and caveats.") String note,
        @Schema(required = true) List<Segment> segments,
        @Schema(required = true) List<SourceRef> sources,
        @Schema(required = true, description = Tracked.CREATED_AT, examples = "2026-11-23T00:00:00Z") Instant createdAt,
        @Schema(required = true, description = Tracked.UPDATED_AT, examples = "2026-11-23T00:00:00Z") Instant updatedAt,
        @Schema(required = true, description = Tracked.UPDATED_IN, examples = "2026.11.23") String updatedIn,
        @Schema(required = true) Links links) {

    @Schema(name = "Venue")
    record Venue(@Schema(required = true, examples = "Vienna") String city, @Schema(required = true) CountryRef country,
            @Schema(examples = "UNODC headquarters") String name) {}

    @Schema(name = "Chair")
    record Chair(@Schema(examples = "Ambassador Shambhu S. Kumaran") String name, CountryRef country) {}

    @Schema(name = "SessionSegment")
    record Segment(@Schema(required = true, examples = "1") int position, @Schema(required = true, examples = "Regular segment") String name,
            @Schema(required = true, examples = "2025-03-10") LocalDate startDate, @Schema(required = true, examples = "2025-03-14") LocalDate endDate,
            String note, @Schema(required = true) List<SourceRef> sources) {}

    @Schema(name = "SessionLinks")
    record Links(@Schema(required = true, examples = "/api/v1/sessions/cnd-68") String self,
            @Schema(required = true, examples = "/api/v1/resolutions?session=cnd-68") String resolutions,
            @Schema(required = true, examples = "/api/v1/side-events?session=cnd-68") String sideEvents,
            @Schema(required = true, examples = "/api/v1/meetings?session=cnd-68") String meetings,
            @Schema(required = true, examples = "/api/v1/sponsors?session=cnd-68") String sponsors) {}

    static SessionView from(Session s, SourceCatalog sources) {
        Chair chair = s.chairName == null && s.chairCountry == null ? null : new Chair(s.chairName, CountryRef.from(s.chairCountry));
        return new SessionView(s.id, s.number, s.year, s.name, s.startDate, s.endDate,
                new Venue(s.city, CountryRef.from(s.country), s.venue), chair, s.participants, s.note,
                s.segments.stream().map(g -> new Segment(g.position, g.name, g.startDate, g.endDate, g.note, sources.cite(g.sourceIds))).toList(),
                sources.cite(s.sourceIds),
                s.createdAt, s.updatedAt, s.updatedIn,
                new Links(SessionResource.PATH + "/" + s.id, "/api/v1/resolutions?session=" + s.id, "/api/v1/side-events?session=" + s.id,
                        "/api/v1/meetings?session=" + s.id, "/api/v1/sponsors?session=" + s.id));
    }
}
