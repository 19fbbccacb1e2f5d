package org.opendrugpolicy.scheduling;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendrugpolicy.change.RecordStamps;
import org.opendrugpolicy.provenance.InferredField;
import org.opendrugpolicy.provenance.InferredValues;
import org.opendrugpolicy.resolution.ResolutionRef;
import org.opendrugpolicy.session.SessionRef;
import org.opendrugpolicy.source.SourceCatalog;
import org.opendrugpolicy.source.SourceRef;
import org.opendrugpolicy.substance.SubstanceRef;

/** A scheduling decision as the API serves it. */
@Schema(name = "SchedulingDecision", description = "A change in the scope of international control put to the Commission: one WHO or INCB "
        + "recommendation, or a group decided together, with the substances it concerns, convention, schedules, outcome and tally where recorded. "
        + "Data: data/scheduling_decisions.csv, from the CND history fact sheet (sources hist-h*).")
public record SchedulingDecisionView(
        @Schema(required = true, examples = "cnd-63-rec-5-1") String id,
        @Schema(required = true) SessionRef session,
        @Schema(description = "Date of the decision (or of the postponement); null where no source gives it.", examples = "2020-12-02") LocalDate decidedOn,
        @Schema(description = "Who recommended it: who (the World Health Organization) or incb (the International Narcotics Control Board).",
                enumeration = {"who", "incb"}, examples = "who") String recommendedBy,
        @Schema(description = "The WHO Expert Committee on Drug Dependence meeting that recommended it, by number; null where none or unknown.", examples = "41") Integer ecddMeeting,
        @Schema(description = "The recommendation's number in the WHO letter, where a source gives it.", examples = "5.1") String recommendationNumber,
        @Schema(required = true, description = "What was put to the Commission, in words.", examples = "Delete cannabis and cannabis resin from Schedule IV of the 1961 Convention") String subject,
        @Schema(description = "The change proposed.", enumeration = {"add", "move", "delete", "amend", "maintain"}, examples = "delete") String proposedChange,
        @Schema(description = "For a move between conventions, the convention it leaves; otherwise null.", enumeration = {"1961", "1971", "1988"}, examples = "1971") String fromConvention,
        @Schema(description = "The convention concerned: 1961, 1971 or 1988; null where unknown.", enumeration = {"1961", "1971", "1988"}, examples = "1961") String convention,
        @Schema(required = true, description = "The schedules (1961, 1971) or tables (1988) concerned, in the source's order; several where a substance is placed in two at once. Empty where unknown.",
                examples = "[\"IV\"]") List<String> schedules,
        @Schema(description = "What the Commission decided; null while not yet known (a session whose outcomes are not yet reported, see the session's outcomeStatus).",
                enumeration = {"added", "moved", "deleted", "amended", "maintained", "rejected", "postponed"}, examples = "deleted") String outcome,
        @Schema(description = "How it was decided: vote (a recorded vote), unanimous, or no-vote (rejected or postponed without a vote); null where unknown.",
                enumeration = {"vote", "unanimous", "no-vote"}, examples = "vote") String voting,
        @Schema(description = "The recorded tally; null where no source gives one (a unanimous decision has no counts). A count a source leaves out is null.") Votes votes,
        @Schema(description = "The numbered decision that took it (e.g. decision 63/17); null where none is recorded.") ResolutionRef decidedBy,
        @Schema(description = "When the change took effect, where a source gives it.", examples = "2020-12-02") LocalDate effectiveOn,
        @Schema(description = "Caveats and sourced detail.") String note,
        @Schema(required = true, description = "The substances concerned, in the source's order, each with its sources.") List<Substance> substances,
        @Schema(required = true) List<SourceRef> sources,
        @Schema(required = true, description = InferredValues.DESCRIPTION) List<InferredField> inferred,
        @JsonUnwrapped RecordStamps stamps,
        @Schema(required = true) Links links) {

    @Schema(name = "SchedulingVotes", description = "Votes in favour, against and abstaining, as recorded; each null where no source gives it.")
    public record Votes(@Schema(examples = "27") Integer inFavour, @Schema(examples = "25") Integer against, @Schema(examples = "1") Integer abstaining) {}

    @Schema(name = "SchedulingDecisionSubstance", description = "A substance a decision concerns.")
    public record Substance(@Schema(required = true, examples = "1") int position, @Schema(required = true) SubstanceRef substance,
            @Schema(required = true) List<SourceRef> sources) {}

    @Schema(name = "SchedulingDecisionLinks")
    public record Links(@Schema(required = true, examples = "https://api.opendrugpolicy.org/api/v1/scheduling-decisions/cnd-63-rec-5-1") String self,
            @Schema(required = true, examples = "https://api.opendrugpolicy.org/api/v1/sessions/cnd-63") String session,
            @Schema(required = true, description = "The roll-call (empty where no source names the states).", examples = "https://api.opendrugpolicy.org/api/v1/scheduling-decisions/cnd-63-rec-5-1/votes") String votes) {}

    static SchedulingDecisionView from(SchedulingDecision d, SourceCatalog sources, InferredValues inferred) {
        Votes votes = d.votesInFavour == null && d.votesAgainst == null && d.votesAbstaining == null ? null
                : new Votes(d.votesInFavour, d.votesAgainst, d.votesAbstaining);
        List<String> schedules = d.schedules == null || d.schedules.isEmpty() ? List.of() : Arrays.asList(d.schedules.split(";"));
        String self = SchedulingDecisionResource.PATH + "/" + d.id;
        return new SchedulingDecisionView(d.id, SessionRef.from(d.session), d.decidedOn, d.recommendedBy, d.ecddMeeting, d.recommendationNumber,
                d.subject, d.proposedChange, d.fromConvention, d.convention, schedules, d.outcome, d.voting, votes, ResolutionRef.from(d.decidedBy),
                d.effectiveOn, d.note,
                d.substances.stream().map(e -> new Substance(e.position, SubstanceRef.from(e.substance), sources.cite(e.sourceIds))).toList(),
                sources.cite(d.sourceIds), inferred.of("scheduling_decisions", d.id), RecordStamps.of(d),
                new Links(self, SessionRef.href(d.session.id), self + "/votes"));
    }
}
