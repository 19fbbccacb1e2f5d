package org.opendrugpolicy.resolution;

import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.opendrugpolicy.api.Filters;
import org.opendrugpolicy.api.IdFilter;
import org.opendrugpolicy.api.ParameterErrors;
import org.opendrugpolicy.api.Text;
import org.opendrugpolicy.api.Where;

/** The resolution filters, shared by the list and its groups (as a {@code @BeanParam}). */
public class ResolutionFilters implements Filters {
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,3}/[0-9]{1,3}");
    @Parameter(description = "Only resolutions of these sessions (ids)." + ParameterErrors.ANY_OF, example = "cnd-68") @QueryParam("session") String session;
    @Parameter(description = "Only resolutions one of these countries is claimed to have sponsored (ISO alpha-3, case-insensitive), by a claim of claimStatus."
            + ParameterErrors.ANY_OF, example = "CHL") @QueryParam("sponsor") String sponsor;
    @Parameter(description = ClaimStatuses.DESCRIPTION + " Here: which claims sponsor= and the groups by sponsor count.") @QueryParam(ClaimStatuses.PARAMETER) List<String> claimStatus;
    private List<String> claimStatuses = ClaimStatuses.DEFAULT;
    @Parameter(description = "UN document symbols of the drafts, exact but case-insensitive: one, or up to 100 comma-separated (symbols contain / and . but never a comma).", example = "E/CN.7/2025/L.2/Rev.1,E/CN.7/2025/L.6/Rev.1") @QueryParam("symbol") String symbol;
    @Parameter(description = "Official numbers, exact: one, or up to 100 comma-separated (a resolution 62/1, a decision 63/17). "
            + "Texts whose number no source confirms have none and never match.", example = "63/17") @QueryParam("number") String number;
    @Parameter(description = "Only texts of this kind.", schema = @Schema(enumeration = {"resolution", "decision", "declaration"})) @QueryParam("kind") String kind;
    @Parameter(description = "Only resolutions adopted this way.", schema = @Schema(enumeration = {"vote", "consensus"})) @QueryParam("adoption") String adoption;
    @Parameter(description = "Only resolutions with one of these topics (see /api/v1/topics)." + ParameterErrors.ANY_OF, example = "prevention") @QueryParam("topic") String topic;
    @Parameter(description = "Words that must all appear in the symbol, official number, title, summary or quoted text; case and accents are ignored "
            + "(q=63/17 finds resolution 63/17, and any other whose text contains 63/17; number=63/17 is the exact lookup).", example = "harm reduction") @QueryParam("q") String q;

    /** The where clause of these filters, adding any error to the request's. */
    @Override
    public Where where(ParameterErrors errors) {
        var sessions = errors.slugs("session", session);
        var sponsors = errors.codes("sponsor", sponsor);
        var symbols = errors.codes("symbol", symbol);
        var numbers = errors.list("number", number, IdFilter.MAX);
        if (numbers != null && !numbers.stream().allMatch(n -> NUMBER.matcher(n).matches())) {
            errors.add("number", "must be official numbers such as 63/17 (session/number), got '" + Text.quote(number) + "'");
            numbers = null;
        }
        String kindValue = errors.oneOf("kind", kind, Set.of("resolution", "decision", "declaration"));
        String adoptionValue = errors.oneOf("adoption", adoption, Set.of("vote", "consensus"));
        var topics = errors.slugs("topic", topic);
        String text = errors.text("q", q);
        claimStatuses = ClaimStatuses.parse(errors, claimStatus);
        return new Where()
                .and("r.session.id in :session", "session", sessions)
                .and("exists (select 1 from Resolution r2 join r2.sponsorships sp2 where r2.id = r.id and sp2.country.iso3 in :sponsor and sp2.claimStatus in "
                        + ClaimStatuses.literals(claimStatuses) + ")", "sponsor", sponsors)
                .and("upper(r.symbol) in :symbols", "symbols", symbols)
                .and("r.resolutionNumber in :numbers", "numbers", numbers)
                .and("r.kind = :kind", "kind", kindValue)
                .and("r.adoption = :adoption", "adoption", adoptionValue)
                .and("exists (select 1 from Resolution r3 join r3.topics t3 where r3.id = r.id and t3.topic.id in :topic)", "topic", topics)
                .search("r.searchText", text);
    }

    /** The claim statuses asked for, once {@link #where} has read them. */
    List<String> claimStatuses() {
        return claimStatuses;
    }
}
