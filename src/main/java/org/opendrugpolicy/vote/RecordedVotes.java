package org.opendrugpolicy.vote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.opendrugpolicy.api.ListPage;
import org.opendrugpolicy.api.Lists;
import org.opendrugpolicy.api.PageRequest;
import org.opendrugpolicy.country.CountryRef;
import org.opendrugpolicy.source.SourceCatalog;

/**
 * Recorded votes, seen from a resolution or from a country. The resources live with resolutions and
 * countries (their paths share those prefixes); the queries live here.
 */
@ApplicationScoped
public class RecordedVotes {
    public static final Set<String> VOTES = Set.of("in-favour", "against", "abstaining");
    // Resolution is another package's entity; it is joined by entity name, so no Java type crosses over.
    private static final String SELECT = "select v, r.symbol, r.session.id from Vote v join Resolution r on r.id = v.resolutionId ";

    private final SourceCatalog sources;

    RecordedVotes(SourceCatalog sources) {
        this.sources = sources;
    }

    /**
     * One resolution's roll-call, in favour first, then against, then abstaining, each by country name.
     *
     * @param tally the tally the resolution records, or null where no source gives one
     * @param vote  only rows with this vote, or null for all
     */
    public VotePage ofResolution(String resolutionId, VotePage.Tally tally, String vote, PageRequest page, UriInfo uri) {
        List<VoteView> all = query("where v.resolutionId = ?1 order by case v.vote when 'in-favour' then 0 when 'against' then 1 else 2 end, v.country.name",
                resolutionId);
        VotePage.Tally named = count(all);
        VotePage.Tally unnamed = tally == null ? null
                : new VotePage.Tally(tally.inFavour() - named.inFavour(), tally.against() - named.against(), tally.abstaining() - named.abstaining());
        return page(all, vote, tally, named, unnamed, describe(tally, named, unnamed), page, uri);
    }

    /**
     * One scheduling decision's roll-call, in the same form and order as a resolution's.
     *
     * @param tally the tally the decision records, or null where no source gives all three counts
     */
    public DecisionVotePage ofSchedulingDecision(String decisionId, VotePage.Tally tally, String vote, PageRequest request, UriInfo uri) {
        List<DecisionVoteView> all = SchedulingVote.getEntityManager().createQuery("select v, d.subject, d.session.id from SchedulingVote v "
                + "join SchedulingDecision d on d.id = v.decisionId where v.decisionId = ?1 "
                + "order by case v.vote when 'in-favour' then 0 when 'against' then 1 else 2 end, v.country.name", Object[].class)
                .setParameter(1, decisionId).getResultList().stream()
                .map(row -> {
                    SchedulingVote v = (SchedulingVote) row[0];
                    return new DecisionVoteView(new DecisionVoteView.VotedDecision(v.decisionId, (String) row[1], (String) row[2],
                            "/api/v1/scheduling-decisions/" + v.decisionId), CountryRef.from(v.country), v.vote, v.note, sources.cite(v.sourceIds));
                }).toList();
        VotePage.Tally named = count(all.stream().map(DecisionVoteView::vote).toList());
        VotePage.Tally unnamed = tally == null ? null
                : new VotePage.Tally(tally.inFavour() - named.inFavour(), tally.against() - named.against(), tally.abstaining() - named.abstaining());
        List<DecisionVoteView> matching = vote == null ? all : all.stream().filter(v -> v.vote().equals(vote)).toList();
        ListPage<DecisionVoteView> page = Lists.page(matching, request, uri);
        return new DecisionVotePage(page.data(), new VotePage.Meta(page.meta().total(), page.meta().page(), page.meta().size(), page.meta().pages(),
                tally, named, unnamed, describe(tally, named, unnamed)), page.links());
    }

    /** One country's votes, by adoption date and symbol. */
    public VotePage ofCountry(String iso3, String vote, PageRequest page, UriInfo uri) {
        List<VoteView> all = query("where v.country.iso3 = ?1 order by r.adoptedOn, r.symbol", iso3);
        return page(all, vote, null, count(all), null, null, page, uri);
    }

    private List<VoteView> query(String where, String parameter) {
        return Vote.getEntityManager().createQuery(SELECT + where, Object[].class).setParameter(1, parameter).getResultList().stream()
                .map(row -> {
                    Vote v = (Vote) row[0];
                    String resolutionHref = "/api/v1/resolutions/" + v.resolutionId;
                    return new VoteView(new VoteView.VotedResolution(v.resolutionId, (String) row[1], (String) row[2], resolutionHref),
                            CountryRef.from(v.country), v.vote, v.note, sources.cite(v.sourceIds));
                }).toList();
    }

    private static VotePage page(List<VoteView> all, String vote, VotePage.Tally tally, VotePage.Tally named, VotePage.Tally unnamed, String note,
            PageRequest request, UriInfo uri) {
        List<VoteView> matching = vote == null ? all : all.stream().filter(v -> v.vote().equals(vote)).toList();
        ListPage<VoteView> page = Lists.page(matching, request, uri);
        return new VotePage(page.data(), new VotePage.Meta(page.meta().total(), page.meta().page(), page.meta().size(), page.meta().pages(),
                tally, named, unnamed, note), page.links());
    }

    private static VotePage.Tally count(List<?> votes) {
        int inFavour = 0;
        int against = 0;
        int abstaining = 0;
        for (Object v : votes) {
            String value = v instanceof VoteView view ? view.vote() : (String) v;
            switch (value) {
                case "in-favour" -> inFavour++;
                case "against" -> against++;
                default -> abstaining++;
            }
        }
        return new VotePage.Tally(inFavour, against, abstaining);
    }

    private static String describe(VotePage.Tally tally, VotePage.Tally named, VotePage.Tally unnamed) {
        if (tally == null) {
            return named.inFavour() + named.against() + named.abstaining() == 0 ? "No source gives a tally or a roll-call for this record." : null;
        }
        List<String> gaps = new ArrayList<>();
        gap(gaps, "in favour", tally.inFavour(), named.inFavour(), unnamed.inFavour());
        gap(gaps, "against", tally.against(), named.against(), unnamed.against());
        gap(gaps, "abstaining", tally.abstaining(), named.abstaining(), unnamed.abstaining());
        if (named.inFavour() + named.against() + named.abstaining() == 0) {
            return "A source gives the tally but no roll-call: no state's vote is named.";
        }
        return gaps.isEmpty() ? null : "Tally and roll-call differ: " + String.join("; ", gaps) + ". Unnamed votes have no row; they are never guessed.";
    }

    private static void gap(List<String> gaps, String label, int tally, int named, int unnamed) {
        if (unnamed != 0) {
            gaps.add("the tally counts " + tally + " " + label + " but the roll-call names " + named + ": " + unnamed + " unnamed");
        }
    }
}
