package org.opendrugpolicy.vote;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.jboss.resteasy.reactive.RestResponse;
import org.opendrugpolicy.api.ListPage;
import org.opendrugpolicy.api.Lists;
import org.opendrugpolicy.country.CountryRef;
import org.opendrugpolicy.session.SessionRef;
import org.opendrugpolicy.source.SourceCatalog;

/**
 * Recorded votes (on resolutions and on scheduling decisions), seen from the record voted on or from a country. The
 * resources live with resolutions, scheduling decisions and countries (their paths share those prefixes); the queries
 * live here.
 */
@ApplicationScoped
public class RecordedVotes {
    public static final Set<String> VOTES = Set.of("in-favour", "against", "abstaining");
    private static final String ROLL_CALL_ORDER = "case v.vote when 'in-favour' then 0 when 'against' then 1 else 2 end, v.country.name";

    private final SourceCatalog sources;

    RecordedVotes(SourceCatalog sources) {
        this.sources = sources;
    }

    /**
     * One resolution's roll-call, in favour first, then against, then abstaining, each by country name.
     *
     * @param tally the tally the resolution records, or null where no source gives one
     */
    public RestResponse<VotePage> ofResolution(String resolutionId, VotePage.Tally tally, RollCallParameters.Request request) {
        List<VoteView> votes = resolutionVotes("where v.resolutionId = ?1 order by " + ROLL_CALL_ORDER, resolutionId);
        return page(votes, tally, votes.isEmpty() ? recordedOnDecisions(resolutionId) : List.of(), VotePage::new, request);
    }

    /**
     * The roll-calls of the scheduling decisions a resolution took (decision 63/17 took WHO recommendation 5.1 on cannabis):
     * the same vote, recorded once, on the decision; empty for most.
     */
    private static List<VotePage.RecordedOn> recordedOnDecisions(String resolutionId) {
        return Vote.getEntityManager().createQuery("select distinct d.id from SchedulingDecision d where d.decidedBy.id = ?1 "
                + "and exists (select 1 from SchedulingVote v where v.decisionId = d.id) order by d.id", String.class)
                .setParameter(1, resolutionId).getResultList().stream()
                .map(id -> new VotePage.RecordedOn(id, "/api/v1/scheduling-decisions/" + id + "/votes")).toList();
    }

    /**
     * One scheduling decision's roll-call, in the same form and order as a resolution's.
     *
     * @param tally the tally the decision records, or null where no source gives all three counts
     */
    public RestResponse<DecisionVotePage> ofSchedulingDecision(String decisionId, VotePage.Tally tally, RollCallParameters.Request request) {
        return page(decisionVotes("where v.decisionId = ?1 order by " + ROLL_CALL_ORDER, decisionId), tally, List.of(), DecisionVotePage::new, request);
    }

    /** One country's votes on resolutions, by adoption date and symbol. */
    public RestResponse<VotePage> ofCountry(String iso3, RollCallParameters.Request request) {
        return page(resolutionVotes("where v.country.iso3 = ?1 order by r.adoptedOn, r.symbol", iso3), null, null, VotePage::new, request);
    }

    /** One country's votes on scheduling decisions, by session, date of decision and id. */
    public RestResponse<DecisionVotePage> ofCountryOnSchedulingDecisions(String iso3, RollCallParameters.Request request) {
        return page(decisionVotes("where v.country.iso3 = ?1 order by s.number, d.decidedOn, d.id", iso3), null, null, DecisionVotePage::new, request);
    }

    private List<DecisionVoteView> decisionVotes(String where, String parameter) {
        return rows(SchedulingVote.class, "select v, d.subject, s.id, s.name, s.year from SchedulingVote v "
                + "join SchedulingDecision d on d.id = v.decisionId join d.session s " + where, parameter,
                (v, row) -> new DecisionVoteView(new DecisionVoteView.VotedDecision(v.decisionId, (String) row[1], session(row),
                        "/api/v1/scheduling-decisions/" + v.decisionId), CountryRef.from(v.country), v.vote, v.note, sources.cite(v.sourceIds)));
    }

    private List<VoteView> resolutionVotes(String where, String parameter) {
        // Resolution is another package's entity; it is joined by entity name, so no Java type crosses over.
        return rows(Vote.class, "select v, r.symbol, s.id, s.name, s.year from Vote v join Resolution r on r.id = v.resolutionId join r.session s " + where,
                parameter, (v, row) -> new VoteView(new VoteView.VotedResolution(v.resolutionId, (String) row[1], session(row),
                        "/api/v1/resolutions/" + v.resolutionId), CountryRef.from(v.country), v.vote, v.note, sources.cite(v.sourceIds)));
    }

    /** The rows of a query that selects (vote, text, session id, name, year), each made into its view. */
    private static <E extends RollCallEntry, V> List<V> rows(Class<E> entity, String query, String parameter, BiFunction<E, Object[], V> view) {
        return Vote.getEntityManager().createQuery(query, Object[].class).setParameter(1, parameter).getResultList().stream()
                .map(row -> view.apply(entity.cast(row[0]), row)).toList();
    }

    /** The session of a row selected as (vote, text, session id, name, year). */
    private static SessionRef session(Object[] row) {
        return SessionRef.of((String) row[2], (String) row[3], ((Number) row[4]).intValue());
    }

    /** A page of a roll-call, in the page type of its operation. */
    private interface PageOf<V, P> {
        P of(List<V> data, VotePage.Meta meta, ListPage.Links links);
    }

    /**
     * One page of a roll-call (or, with CSV asked for, all its rows), with the tally, the named rows and (where a tally is given) the unnamed votes in meta.
     *
     * @param recordedOn the decisions where the same vote's roll-call is recorded instead (empty for a decision's own); null: a
     *                   country's votes, with neither note nor recordedOn
     */
    private static <V extends RollCallView, P> RestResponse<P> page(List<V> all, VotePage.Tally tally, List<VotePage.RecordedOn> recordedOn, PageOf<V, P> pageOf,
            RollCallParameters.Request request) {
        VotePage.Tally named = count(all);
        VotePage.Tally unnamed = tally == null ? null
                : new VotePage.Tally(tally.inFavour() - named.inFavour(), tally.against() - named.against(), tally.abstaining() - named.abstaining());
        List<V> matching = request.vote() == null ? all : all.stream().filter(v -> v.vote().equals(request.vote())).toList();
        return Lists.answer(matching, request.page(), request.uri(), page -> pageOf.of(page.data(), new VotePage.Meta(page.meta().total(),
                page.meta().page(), page.meta().size(), page.meta().pages(), tally, named, unnamed, recordedOn == null ? null : describe(tally, named, unnamed, recordedOn), recordedOn),
                page.links()));
    }

    private static VotePage.Tally count(List<? extends RollCallView> votes) {
        int inFavour = 0;
        int against = 0;
        int abstaining = 0;
        for (RollCallView v : votes) {
            switch (v.vote()) {
                case "in-favour" -> inFavour++;
                case "against" -> against++;
                default -> abstaining++;
            }
        }
        return new VotePage.Tally(inFavour, against, abstaining);
    }

    private static String describe(VotePage.Tally tally, VotePage.Tally named, VotePage.Tally unnamed, List<VotePage.RecordedOn> recordedOn) {
        if (!recordedOn.isEmpty()) {
            return "No state's vote is named here: the roll-call of this vote is recorded on the scheduling decision it took ("
                    + String.join(" and ", recordedOn.stream().map(VotePage.RecordedOn::decision).toList()) + "; its link is in meta.recordedOn).";
        }
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
