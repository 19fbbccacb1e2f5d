package org.opendrugpolicy.scheduling;

import jakarta.ws.rs.QueryParam;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.opendrugpolicy.api.Filters;
import org.opendrugpolicy.api.ParameterErrors;
import org.opendrugpolicy.api.Text;
import org.opendrugpolicy.api.Where;

/** The scheduling-decision filters, shared by the list and its groups (as a {@code @BeanParam}). */
public class SchedulingDecisionFilters implements Filters {
    static final Set<String> CONVENTIONS = Set.of("1961", "1971", "1988");
    static final Set<String> OUTCOMES = Set.of("added", "moved", "deleted", "amended", "maintained", "rejected", "postponed");
    static final Set<String> RECOMMENDERS = Set.of("who", "incb");
    static final Set<String> VOTING = Set.of("vote", "unanimous", "no-vote");
    // A word of q matches the decision's subject or recommendation number, or a name or alias of one of its substances.
    private static final String WORD = "(d.searchText like :%1$s escape '!' or exists (select 1 from SchedulingDecision d9 join d9.substances e9 "
            + "where d9.id = d.id and e9.substance.searchText like :%1$s escape '!'))";

    @Parameter(description = "Only decisions of these sessions (ids)." + ParameterErrors.ANY_OF, example = "cnd-68") @QueryParam("session") String session;
    @Parameter(description = "Only decisions under this convention (1961 Single Convention, 1971 Convention on Psychotropic Substances, 1988 Convention).",
            schema = @Schema(enumeration = {"1961", "1971", "1988"})) @QueryParam("convention") String convention;
    @Parameter(description = "Only decisions naming one of these schedules or tables, exact but case-insensitive (I, II, III, IV, Table I, "
            + "Table II); a decision placing a substance in two schedules matches either." + ParameterErrors.ANY_OF, example = "IV") @QueryParam("schedule") String schedule;
    @Parameter(description = "Only decisions on one of these substances (ids), alone or in a group." + ParameterErrors.ANY_OF, example = "cannabis") @QueryParam("substance") String substance;
    @Parameter(description = "Only decisions taken by these numbered decisions (resolution ids, as decidedBy gives them: cnd-63-dec-63-17)."
            + ParameterErrors.ANY_OF, example = "cnd-63-dec-63-17") @QueryParam("decidedBy") String decidedBy;
    @Parameter(description = "Only decisions with this outcome. Outcomes not yet known (CND 69) match none.",
            schema = @Schema(enumeration = {"added", "moved", "deleted", "amended", "maintained", "rejected", "postponed"})) @QueryParam("outcome") String outcome;
    @Parameter(description = "Only decisions recommended by this body.", schema = @Schema(enumeration = {"who", "incb"})) @QueryParam("recommendedBy") String recommendedBy;
    @Parameter(description = "Only decisions taken this way: vote (a recorded vote), unanimous, no-vote (rejected or postponed without a vote).",
            schema = @Schema(enumeration = {"vote", "unanimous", "no-vote"})) @QueryParam("voting") String voting;
    @Parameter(description = "Only decisions of sessions held in this year or later.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1946", maximum = "2100"),
            example = "2020") @QueryParam("yearFrom") String yearFrom;
    @Parameter(description = "Only decisions of sessions held in this year or earlier.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1946", maximum = "2100"),
            example = "2025") @QueryParam("yearTo") String yearTo;
    @Parameter(description = "Words that must all appear in the subject, the recommendation number, or a name or alias of a substance decided; "
            + "case and accents are ignored.", example = "fentanyl") @QueryParam("q") String q;

    /** The where clause of these filters, adding any error to the request's. */
    @Override
    public Where where(ParameterErrors errors) {
        var sessions = errors.slugs("session", session);
        String conventionValue = errors.oneOf("convention", convention, CONVENTIONS);
        var schedules = errors.codes("schedule", schedule);
        var substances = errors.slugs("substance", substance);
        var deciding = errors.slugs("decidedBy", decidedBy);
        String outcomeValue = errors.oneOf("outcome", outcome, OUTCOMES);
        String recommendedByValue = errors.oneOf("recommendedBy", recommendedBy, RECOMMENDERS);
        String votingValue = errors.oneOf("voting", voting, VOTING);
        Integer from = yearFrom == null ? null : errors.integer("yearFrom", yearFrom, 1946, 2100, 0);
        Integer to = yearTo == null ? null : errors.integer("yearTo", yearTo, 1946, 2100, 0);
        if (from != null && to != null && from > to) {
            errors.add("yearTo", "must not be before yearFrom (" + from + "), got " + to);
        }
        String text = errors.text("q", q);
        Where where = new Where()
                .and("d.session.id in :session", "session", sessions)
                .and("d.convention = :convention", "convention", conventionValue)
                .anyOf("concat(';', upper(d.schedules), ';') like :%s escape '!'", "schedule",
                        schedules == null ? null : schedules.stream().map(s -> "%;" + escapeLike(s) + ";%").toList())
                .and("exists (select 1 from SchedulingDecision d2 join d2.substances e2 where d2.id = d.id and e2.substance.id in :substance)", "substance",
                        substances)
                .and("d.decidedBy.id in :decidedBy", "decidedBy", deciding)
                .and("d.outcome = :outcome", "outcome", outcomeValue)
                .and("d.recommendedBy = :recommendedBy", "recommendedBy", recommendedByValue)
                .and("d.voting = :voting", "voting", votingValue)
                .and("d.session.year >= :yearFrom", "yearFrom", from)
                .and("d.session.year <= :yearTo", "yearTo", to);
        if (text != null) {
            String[] words = Text.fold(text).split(" ");
            for (int i = 0; i < words.length; i++) {
                if (!words[i].isEmpty()) {
                    where.and(WORD.formatted("q" + i), "q" + i, "%" + escapeLike(words[i]) + "%");
                }
            }
        }
        return where;
    }

    private static String escapeLike(String word) {
        return word.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
