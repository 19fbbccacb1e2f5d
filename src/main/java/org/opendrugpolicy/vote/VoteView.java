package org.opendrugpolicy.vote;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendrugpolicy.country.CountryRef;
import org.opendrugpolicy.session.SessionRef;
import org.opendrugpolicy.source.SourceRef;

@Schema(name = "Vote", description = "How one Member State, named in a roll-call, voted on one resolution.")
public record VoteView(
        @Schema(required = true) VotedResolution resolution,
        @Schema(required = true) CountryRef country,
        @Schema(required = true, enumeration = {"in-favour", "against", "abstaining"}, examples = "in-favour") String vote,
        @Schema(description = "Caveats on this row, such as how the transcript lists the state.") String note,
        @Schema(required = true) List<SourceRef> sources) implements RollCallView {

    @Schema(name = "VotedResolution", description = "The resolution voted on.")
    public record VotedResolution(
            @Schema(required = true, examples = "cnd-68-l6") String id,
            @Schema(required = true, examples = "E/CN.7/2025/L.6/Rev.1") String symbol,
            @Schema(required = true, description = "The session that adopted it, as everywhere a session is nested.") SessionRef session,
            @Schema(required = true, examples = "https://api.opendrugpolicy.org/api/v1/resolutions/cnd-68-l6") String href) {}
}
