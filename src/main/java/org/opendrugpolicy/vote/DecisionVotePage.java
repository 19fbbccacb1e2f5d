package org.opendrugpolicy.vote;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendrugpolicy.api.ListPage;
import org.opendrugpolicy.api.Paged;

/** A page of recorded votes on scheduling decisions (a decision's or a country's), with the same meta as {@link VotePage}. */
@Schema(name = "SchedulingDecisionVotePage", description = "One page of recorded votes on scheduling decisions (one decision's roll-call, or one country's votes), "
        + "with the tally (of one decision) and the roll-call's counts in meta.")
public record DecisionVotePage(
        @Schema(required = true, description = "The votes on this page.") List<DecisionVoteView> data,
        @Schema(required = true) VotePage.Meta meta,
        @Schema(required = true) ListPage.Links links) implements Paged {}
