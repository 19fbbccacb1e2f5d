package org.opendrugpolicy.vote;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendrugpolicy.api.ListPage;
import org.opendrugpolicy.api.Paged;

/** A page of recorded votes: the usual list envelope, with the tally and what the roll-call names in meta. */
@Schema(name = "VotePage", description = "One page of recorded votes, with the tally and the roll-call's counts in meta.")
public record VotePage(
        @Schema(required = true, description = "The votes on this page.") List<VoteView> data,
        @Schema(required = true) Meta meta,
        @Schema(required = true) ListPage.Links links) implements Paged {

    @Schema(name = "VotePageMeta", description = "Where this page stands, and how the named rows compare with the announced tally.")
    public record Meta(
            @Schema(description = "Number of votes matching the query, on all pages.", examples = "50", required = true) long total,
            @Schema(description = "This page's number, from 1.", examples = "1", required = true) int page,
            @Schema(description = "Records per page.", examples = "20", required = true) int size,
            @Schema(description = "Number of pages (0 when nothing matches).", examples = "3", required = true) int pages,
            @Schema(description = "The tally a source reports for the resolution; null where no source gives one, and on a country's votes.") Tally tally,
            @Schema(required = true, description = "Named rows by vote, over the whole roll-call (not only this page or filter).") Tally rollCall,
            @Schema(description = "Votes in the tally that the roll-call does not name (tally minus named rows); null where there is no tally.") Tally unnamed,
            @Schema(description = "What the roll-call leaves out, in words; null when nothing is.",
                    examples = "The tally counts 18 abstaining but the roll-call names 17: 1 is unnamed and has no row.") String note,
            @Schema(description = "Where the roll-call of this vote is recorded instead: the scheduling decisions this resolution took "
                    + "that hold the vote (decision 63/17 took WHO recommendation 5.1 on cannabis, and its roll-call is recorded there, once). "
                    + "Empty on every other resolution's votes and on a scheduling decision's; null on a country's votes.") List<RecordedOn> recordedOn) {}

    /** A scheduling decision on which the roll-call of a resolution's vote is recorded. */
    @Schema(name = "RollCallRecordedOn", description = "A scheduling decision whose roll-call is the same vote as the resolution's.")
    public record RecordedOn(
            @Schema(required = true, description = "The scheduling decision's id.", examples = "cnd-63-rec-5-1") String decision,
            @Schema(required = true, description = "Its roll-call: an absolute URL.",
                    examples = "https://api.opendrugpolicy.org/api/v1/scheduling-decisions/cnd-63-rec-5-1/votes") String href) {}

    @Schema(name = "Tally", description = "Votes in favour, against and abstaining.")
    public record Tally(
            @Schema(required = true, examples = "30") int inFavour,
            @Schema(required = true, examples = "3") int against,
            @Schema(required = true, examples = "17") int abstaining) {

        /** The tally a record holds, or null unless all three counts are recorded (a count no source gives is never guessed). */
        public static Tally of(Integer inFavour, Integer against, Integer abstaining) {
            return inFavour == null || against == null || abstaining == null ? null : new Tally(inFavour, against, abstaining);
        }
    }
}
