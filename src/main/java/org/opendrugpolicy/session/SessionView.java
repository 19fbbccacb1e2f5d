package org.opendrugpolicy.session;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendrugpolicy.change.RecordStamps;
import org.opendrugpolicy.provenance.InferredField;
import org.opendrugpolicy.provenance.InferredValues;
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
        @Schema(description = "How exact participants is: exact, about, at-least, more-than or nearly (as the source words it); null where there is no figure.",
                enumeration = {"exact", "about", "at-least", "more-than", "nearly"}, examples = "more-than") String participantsQualifier,
        @Schema(description = "Number of Member States taking part, where a source gives it.", examples = "130") Integer memberStates,
        @Schema(description = "How exact memberStates is.", enumeration = {"exact", "about", "at-least", "more-than", "nearly"}, examples = "nearly") String memberStatesQualifier,
        @Schema(description = "Number of intergovernmental organizations taking part, where a source gives it.", examples = "40") Integer igos,
        @Schema(description = "Number of non-governmental organizations taking part, where a source gives it.", examples = "200") Integer ngos,
        @Schema(description = "How exact ngos is.", enumeration = {"exact", "about", "at-least", "more-than", "nearly"}, examples = "more-than") String ngosQualifier,
        @Schema(description = "Total side events held around the session as a source counts them (a session fact: the side events listed in "
                + "/api/v1/side-events are only those the dataset describes); null where unconfirmed.", examples = "100") Integer sideEventsTotal,
        @Schema(description = "How exact sideEventsTotal is.", enumeration = {"exact", "about", "at-least", "more-than", "nearly"}, examples = "about") String sideEventsTotalQualifier,
        @Schema(description = "Number of resolutions the session adopted, as a source counts them; null where unconfirmed or not yet known.", examples = "10")
        Integer resolutionsAdopted,
        @Schema(description = "How exact resolutionsAdopted is.", enumeration = {"exact", "about", "at-least", "more-than", "nearly"}, examples = "exact") String resolutionsAdoptedQualifier,
        @Schema(description = "UN document symbol of the session's report, where known.", examples = "E/2017/28") String reportSymbol,
        @Schema(description = "reported: the session's outcomes (resolutions, scheduling decisions) are known from its report or press; not-yet-reported: "
                + "they are not yet known, and the outcome fields of its records stay null until a source gives them.",
                enumeration = {"reported", "not-yet-reported"}, examples = "reported") String outcomeStatus,
        @Schema(description = "Other sourced facts and caveats.") String note,
        @Schema(required = true) List<Segment> segments,
        @Schema(required = true) List<SourceRef> sources,
        @Schema(required = true, description = InferredValues.DESCRIPTION) List<InferredField> inferred,
        @JsonUnwrapped RecordStamps stamps,
        @Schema(required = true) Links links) {

    @Schema(name = "Venue")
    record Venue(@Schema(required = true, examples = "Vienna") String city, @Schema(required = true) CountryRef country,
            @Schema(examples = "UNODC headquarters") String name) {}

    @Schema(name = "Chair")
    record Chair(@Schema(examples = "Ambassador Shambhu S. Kumaran") String name, CountryRef country) {}

    @Schema(name = "SessionSegment")
    record Segment(@Schema(required = true, examples = "1") int position, @Schema(required = true, examples = "Regular segment") String name,
            @Schema(description = "What part of the session it is.", enumeration = {"opening-meeting", "regular", "high-level", "ministerial", "reconvened"},
                    examples = "regular") String kind,
            @Schema(description = "held (the dates a source gives for a held segment), announced (planned dates) or contested (sources disagree: see /api/v1/conflicts).",
                    enumeration = {"held", "announced", "contested"}, examples = "held") String datesStatus,
            @Schema(description = "hybrid where the segment was held in person and online; null otherwise or where unknown.", examples = "hybrid") String format,
            @Schema(required = true, examples = "2025-03-10") LocalDate startDate, @Schema(required = true, examples = "2025-03-14") LocalDate endDate,
            String note, @Schema(required = true) List<SourceRef> sources) {}

    @Schema(name = "SessionLinks")
    record Links(@Schema(required = true, examples = "https://api.opendrugpolicy.org/api/v1/sessions/cnd-68") String self,
            @Schema(required = true, examples = "https://api.opendrugpolicy.org/api/v1/resolutions?session=cnd-68") String resolutions,
            @Schema(required = true, examples = "https://api.opendrugpolicy.org/api/v1/side-events?session=cnd-68") String sideEvents,
            @Schema(required = true, examples = "https://api.opendrugpolicy.org/api/v1/meetings?session=cnd-68") String meetings,
            @Schema(required = true, examples = "https://api.opendrugpolicy.org/api/v1/sponsors?session=cnd-68") String sponsors,
            @Schema(required = true, examples = "https://api.opendrugpolicy.org/api/v1/scheduling-decisions?session=cnd-68") String schedulingDecisions,
            @Schema(required = true, examples = "https://api.opendrugpolicy.org/api/v1/bureau-members?session=cnd-68") String bureau) {}

    static SessionView from(Session s, SourceCatalog sources, InferredValues inferred) {
        Chair chair = s.chairName == null && s.chairCountry == null ? null : new Chair(s.chairName, CountryRef.from(s.chairCountry));
        return new SessionView(s.id, s.number, s.year, s.name, s.startDate, s.endDate,
                new Venue(s.city, CountryRef.from(s.country), s.venue), chair, s.participants,
                s.participantsQualifier, s.memberStates, s.memberStatesQualifier, s.igos, s.ngos, s.ngosQualifier, s.sideEventsTotal, s.sideEventsTotalQualifier,
                s.resolutionsAdopted, s.resolutionsAdoptedQualifier, s.reportSymbol, s.outcomeStatus, s.note,
                s.segments.stream().map(g -> new Segment(g.position, g.name, g.kind, g.datesStatus, g.format, g.startDate, g.endDate, g.note, sources.cite(g.sourceIds))).toList(),
                sources.cite(s.sourceIds), inferred.of("sessions", s.id),
                RecordStamps.of(s),
                new Links(SessionResource.PATH + "/" + s.id, "/api/v1/resolutions?session=" + s.id, "/api/v1/side-events?session=" + s.id,
                        "/api/v1/meetings?session=" + s.id, "/api/v1/sponsors?session=" + s.id,
                        "/api/v1/scheduling-decisions?session=" + s.id, "/api/v1/bureau-members?session=" + s.id));
    }
}
