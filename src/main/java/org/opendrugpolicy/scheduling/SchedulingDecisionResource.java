package org.opendrugpolicy.scheduling;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.opendrugpolicy.api.Groups;
import org.opendrugpolicy.api.Include;
import org.opendrugpolicy.api.IncludeParameter;
import org.opendrugpolicy.api.IndexLink;
import org.opendrugpolicy.api.ListPage;
import org.opendrugpolicy.api.ListParameters;
import org.opendrugpolicy.api.RecordList;
import org.opendrugpolicy.api.SortFields;
import org.opendrugpolicy.api.Where;
import org.opendrugpolicy.provenance.InferredValues;
import org.opendrugpolicy.source.SourceCatalog;
import org.opendrugpolicy.vote.DecisionVotePage;
import org.opendrugpolicy.vote.RecordedVotes;
import org.opendrugpolicy.vote.RollCallParameters;
import org.opendrugpolicy.vote.VotePage;

/**
 * Scheduling decisions: the Commission's decisions on WHO and INCB recommendations to change the international control
 * of substances, from the CND history fact sheet (2017-2026).
 */
@Path(SchedulingDecisionResource.PATH)
@Tag(name = "Scheduling decisions", description = "The Commission's decisions on WHO and INCB recommendations to change the control of substances, with tallies and roll-calls.")
@IndexLink(name = "scheduling-decisions", items = "scheduling_decisions")
@Produces(MediaType.APPLICATION_JSON)
public class SchedulingDecisionResource {
    public static final String PATH = "/api/v1/scheduling-decisions";
    private static final SortFields SORT = SortFields.of("d.id", "session",
            "session", "d.session.number", "decidedOn", "d.decidedOn", "subject", "d.subject", "convention", "d.convention");
    private static final RecordList<SchedulingDecision> LIST = RecordList.of((query, parameters) -> SchedulingDecision.<SchedulingDecision>find(query, parameters), "SchedulingDecision d", SORT);
    private static final Groups GROUPS = Groups.of("SchedulingDecision d", null,
            "session", new Groups.Dimension("s.id", "s.name", "join d.session s"),
            "year", new Groups.Dimension("cast(s.year as String)", "cast(s.year as String)", "join d.session s"),
            "convention", new Groups.Dimension("d.convention", "d.convention", ""),
            "schedule", new Groups.Dimension("d.schedules", "d.schedules", ""),
            "outcome", new Groups.Dimension("d.outcome", "d.outcome", ""),
            "recommendedBy", new Groups.Dimension("d.recommendedBy", "d.recommendedBy", ""));

    @Inject SourceCatalog sources;
    @Inject InferredValues inferred;
    @Inject RecordedVotes votes;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Include({"session:session:sessions", "substances:substances.substance:substances", "decidedBy:decidedBy:resolutions"})
    @Operation(operationId = "listSchedulingDecisions", summary = "List scheduling decisions",
            description = "The Commission's decisions on WHO and INCB recommendations to add, move or delete substances in the schedules of the 1961 and 1971 "
                    + "Conventions and the tables of the 1988 Convention, CND 60 (2017) to CND 69 (2026), with the substances, tally and the numbered decision "
                    + "that took them inline; inferred names the fields no source states. A CND 69 decision's outcome is null: not yet known. "
                    + "Data: data/scheduling_decisions.csv (sources hist-h*). 400 problem for a malformed filter, sort or page."
                    + " Sort order: session, decidedOn, subject, convention; prefix - for descending. Default session (then id).")
    public RestResponse<ListPage<SchedulingDecisionView>> list(
            @BeanParam SchedulingDecisionFilters filters,
            @BeanParam ListParameters request) {
        return LIST.page(request, filters, d -> SchedulingDecisionView.from(d, sources, inferred));
    }

    @GET
    @Path("groups")
    @Operation(operationId = "groupSchedulingDecisions", summary = "Count scheduling decisions by a field",
            description = "Scheduling decisions matching the list's filters, counted per session (key the session id, label its name), year (of the session), "
                    + "convention, schedule (as recorded: a decision placing a substance in two schedules at once is its own group, e.g. I;IV), outcome "
                    + "or recommendedBy: a count per session or year is what a chart of the Commission's work over time draws. Records without a value "
                    + "(an outcome not yet known) form a group with key null. 400 problem for a missing or unknown by.")
    public Groups.GroupList groups(
            @Parameter(description = "The field to group by: session, year, convention, schedule, outcome or recommendedBy.", required = true,
                    schema = @Schema(enumeration = {"session", "year", "convention", "schedule", "outcome", "recommendedBy"}), example = "session")
            @QueryParam("by") String by,
            @BeanParam SchedulingDecisionFilters filters) {
        return GROUPS.count(by, filters);
    }

    @GET
    @Path("{id}")
    @Include({"session:session:sessions", "substances:substances.substance:substances", "decidedBy:decidedBy:resolutions"})
    @Operation(operationId = "getSchedulingDecision", summary = "Get a scheduling decision",
            description = "One scheduling decision by its id (case-insensitive). 404 problem for an unknown id.")
    public SchedulingDecisionView get(
            @BeanParam IncludeParameter include,
            @Parameter(description = "The scheduling decision's id.", example = "cnd-63-rec-5-1") @PathParam("id") String id) {
        return SchedulingDecisionView.from(find(id), sources, inferred);
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Path("{id}/votes")
    @Operation(operationId = "listSchedulingDecisionVotes", summary = "List a scheduling decision's recorded votes",
            description = "How each Member State named in the roll-call voted, in the form of a resolution's votes: in favour first, then against, then "
                    + "abstaining, each by country name. meta.tally is the tally a source reports (null unless all three counts are recorded); "
                    + "meta.rollCall counts the named rows; meta.unnamed is the tally minus the named rows: unnamed votes have no row, they are never guessed. "
                    + "A decision without a roll-call answers 200 with no rows. 404 problem for an unknown id, 400 for an unknown vote.")
    public RestResponse<DecisionVotePage> votes(
            @Parameter(description = "The scheduling decision's id.", example = "cnd-63-rec-5-1") @PathParam("id") String id,
            @BeanParam RollCallParameters rollCall) {
        var request = rollCall.read();
        SchedulingDecision d = find(id);
        return votes.ofSchedulingDecision(d.id, VotePage.Tally.of(d.votesInFavour, d.votesAgainst, d.votesAbstaining), request);
    }

    /** The decisions on one substance, alone or in a group; served under /substances/{id}/scheduling-decisions. */
    public RestResponse<ListPage<SchedulingDecisionView>> ofSubstance(String substanceId, ListParameters request) {
        return LIST.page(request, errors -> new Where().and("exists (select 1 from SchedulingDecision d2 join d2.substances e2 "
                + "where d2.id = d.id and e2.substance.id = :substance)", "substance", substanceId), d -> SchedulingDecisionView.from(d, sources, inferred));
    }

    private static SchedulingDecision find(String id) {
        return LIST.byId(id, "scheduling decision");
    }
}
