package org.opendrugpolicy.vote;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendrugpolicy.country.CountryRef;
import org.opendrugpolicy.session.SessionRef;
import org.opendrugpolicy.source.SourceRef;

/** A recorded vote on a scheduling decision: the form of {@link VoteView}, with the decision in place of the resolution. */
@Schema(name = "SchedulingDecisionVote", description = "How one Member State, named in a roll-call, voted on one scheduling decision.")
public record DecisionVoteView(
        @Schema(required = true) VotedDecision decision,
        @Schema(required = true) CountryRef country,
        @Schema(required = true, enumeration = {"in-favour", "against", "abstaining"}, examples = "in-favour") String vote,
        @Schema(description = "Caveats on this row.") String note,
        @Schema(required = true) List<SourceRef> sources) implements RollCallView {

    @Schema(name = "VotedSchedulingDecision", description = "The scheduling decision voted on.")
    public record VotedDecision(
            @Schema(required = true, examples = "cnd-63-rec-5-1") String id,
            @Schema(required = true, examples = "Delete cannabis and cannabis resin from Schedule IV of the 1961 Convention") String subject,
            @Schema(required = true, description = "The session that decided it, as everywhere a session is nested.") SessionRef session,
            @Schema(required = true, examples = "https://api.opendrugpolicy.org/api/v1/scheduling-decisions/cnd-63-rec-5-1") String href) {}
}
