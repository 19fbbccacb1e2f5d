package org.opendrugpolicy.resolution;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendrugpolicy.change.RecordStamps;
import org.opendrugpolicy.provenance.InferredField;
import org.opendrugpolicy.provenance.InferredValues;
import org.opendrugpolicy.country.CountryRef;
import org.opendrugpolicy.session.SessionRef;
import org.opendrugpolicy.source.SourceCatalog;
import org.opendrugpolicy.source.SourceRef;
import org.opendrugpolicy.topic.TopicRef;

@Schema(name = "Resolution", description = "A resolution adopted by the Commission, identified by its draft's UN document symbol, or a decision or declaration known by its official number.")
record ResolutionView(
        @Schema(required = true, examples = "cnd-68-l2") String id,
        @Schema(description = "UN document symbol of the draft as adopted; null for a text known only by its official number.", examples = "E/CN.7/2025/L.2/Rev.1") String symbol,
        @Schema(description = "Caveats on the symbol (revision unconfirmed, amendments).") String symbolNote,
        @Schema(description = "Official resolution number; null while no source confirms it.", examples = "68/1") String resolutionNumber,
        @Schema(description = "resolution, decision or declaration; null where no source says.", enumeration = {"resolution", "decision", "declaration"}, examples = "decision") String kind,
        @Schema(required = true, examples = "Promoting comprehensive, scientific evidence-based and multisectoral national systems of drug use prevention for children") String title,
        @Schema(required = true, enumeration = {"official", "draft", "press-translation", "descriptive"}, examples = "draft") String titleStatus,
        @Schema(description = "false where the source breaks the official title off: the title is kept as far as it goes; null where unknown.", examples = "true") Boolean titleComplete,
        @Schema(required = true) SessionRef session,
        @Schema(description = "Whether it was adopted; null where no source says (a draft whose fate is unknown).", examples = "true") Boolean adopted,
        @Schema(enumeration = {"vote", "consensus"}, description = "How it was adopted: vote or consensus; null where no source says.", examples = "vote") String adoption,
        @Schema(examples = "2025-03-14") LocalDate adoptedOn,
        @Schema(description = "Recorded tally; null where no source gives one.") Votes votes,
        @Schema(description = "Member State that called the vote.") CountryRef voteCalledBy,
        @Schema(description = "What it does, from the sources; null where no source says more than the title.") String summary,
        @Schema(description = "Verbatim operative text quoted by a source.") String keyText,
        @Schema(description = "Caveats and conflicts between sources.") String note,
        @Schema(required = true) List<TopicRef> topics,
        @Schema(required = true, description = "Sponsorship claims, main sponsors first, each with its status and sources.") List<SponsorshipView> sponsors,
        @Schema(required = true) List<SourceRef> sources,
        @Schema(required = true, description = InferredValues.DESCRIPTION) List<InferredField> inferred,
        @JsonUnwrapped RecordStamps stamps,
        @Schema(required = true) Links links) {

    @Schema(name = "Votes")
    record Votes(@Schema(examples = "30") Integer inFavour, @Schema(examples = "3") Integer against, @Schema(examples = "18") Integer abstaining) {}

    @Schema(name = "ResolutionLinks")
    record Links(@Schema(required = true, examples = "https://api.opendrugpolicy.org/api/v1/resolutions/cnd-68-l2") String self,
            @Schema(required = true, examples = "https://api.opendrugpolicy.org/api/v1/resolutions/cnd-68-l2/sponsors") String sponsors,
            @Schema(required = true, examples = "https://api.opendrugpolicy.org/api/v1/sessions/cnd-68") String session,
            @Schema(required = true, description = "The recorded votes (empty where no roll-call is known).", examples = "https://api.opendrugpolicy.org/api/v1/resolutions/cnd-68-l2/votes") String votes,
            @Schema(required = true, description = "The scheduling decisions this text took (empty for most: a numbered decision such as 63/17 "
                    + "takes one; their roll-calls are recorded there).",
                    examples = "https://api.opendrugpolicy.org/api/v1/scheduling-decisions?decidedBy=cnd-63-dec-63-17") String schedulingDecisions) {}

    /** The scheduling decisions' list filtered by the text that took them (that package refers to this one, not back). */
    private static final String SCHEDULING_DECISIONS = "/api/v1/scheduling-decisions?decidedBy=";

    static ResolutionView from(Resolution r, SourceCatalog sources, InferredValues inferred) {
        Votes votes = r.votesInFavour == null && r.votesAgainst == null && r.votesAbstaining == null ? null
                : new Votes(r.votesInFavour, r.votesAgainst, r.votesAbstaining);
        return new ResolutionView(r.id, r.symbol, r.symbolNote, r.resolutionNumber, r.kind, r.title, r.titleStatus, r.titleComplete, SessionRef.from(r.session),
                r.adopted, r.adoption, r.adoptedOn, votes, CountryRef.from(r.voteCalledBy), r.summary, r.keyText, r.note,
                TopicRef.of(r.topics, sources), sponsors(r, sources), sources.cite(r.sourceIds), inferred.of("resolutions", r.id),
                RecordStamps.of(r),
                new Links(ResolutionResource.PATH + "/" + r.id, ResolutionResource.PATH + "/" + r.id + "/sponsors", SessionRef.href(r.session.id),
                        ResolutionResource.PATH + "/" + r.id + "/votes", SCHEDULING_DECISIONS + r.id));
    }

    /** Main sponsors before co-sponsors, then by country name. */
    static List<SponsorshipView> sponsors(Resolution r, SourceCatalog sources) {
        return r.sponsorships.stream()
                .sorted(Comparator.comparing((Resolution.Sponsorship s) -> !"main-sponsor".equals(s.role)).thenComparing(s -> s.country.name))
                .map(s -> SponsorshipView.from(s, sources)).toList();
    }
}
