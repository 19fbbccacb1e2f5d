package org.opendrugpolicy.substance;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.opendrugpolicy.api.IndexLink;
import org.opendrugpolicy.api.ListPage;
import org.opendrugpolicy.api.ListParameters;
import org.opendrugpolicy.api.RecordList;
import org.opendrugpolicy.api.SortFields;
import org.opendrugpolicy.provenance.InferredValues;
import org.opendrugpolicy.scheduling.SchedulingDecisionResource;
import org.opendrugpolicy.scheduling.SchedulingDecisionView;
import org.opendrugpolicy.source.SourceCatalog;

/** The substance register: every substance (or group) a scheduling decision concerns, with its other names and history. */
@Path(SubstanceResource.PATH)
@Tag(name = "Substances", description = "The substances those decisions concern, with their other names and history.")
@IndexLink(name = "substances", items = "substances")
@Produces(MediaType.APPLICATION_JSON)
public class SubstanceResource {
    static final String PATH = "/api/v1/substances";
    private static final SortFields SORT = SortFields.of("s.id", "name", "name", "s.name", "class", "s.substanceClass");
    private static final RecordList<Substance> LIST = RecordList.of((query, parameters) -> Substance.<Substance>find(query, parameters), "Substance s", SORT);

    @Inject SourceCatalog sources;
    @Inject InferredValues inferred;
    @Inject SchedulingDecisionResource decisions;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(operationId = "listSubstances", summary = "List substances",
            description = "The substances (and groups of substances) put to the Commission for a change in their international control, "
                    + "from the CND history fact sheet (sources hist-h*), with their other names. 400 problem for a malformed filter or sort."
                    + " Sort order: name, class; prefix - for descending. Default name.")
    public RestResponse<ListPage<SubstanceView>> list(
            @BeanParam SubstanceFilters filters,
            @BeanParam ListParameters request) {
        return LIST.page(request, filters, s -> SubstanceView.from(s, sources, inferred));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getSubstance", summary = "Get a substance",
            description = "One substance by its id (case-insensitive), with its other names. 404 problem for an unknown id.")
    public SubstanceView get(@Parameter(description = "The substance's id.", example = "cannabis") @PathParam("id") String id) {
        return SubstanceView.from(find(id), sources, inferred);
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Path("{id}/scheduling-decisions")
    @Operation(operationId = "listSubstanceSchedulingDecisions", summary = "List a substance's scheduling decisions",
            description = "The substance's history: every scheduling decision on it (alone or in a group decided together), by session. "
                    + "404 problem for an unknown substance."
                    + " Sort order: session, decidedOn, subject, convention; prefix - for descending. Default session (then id).")
    public RestResponse<ListPage<SchedulingDecisionView>> schedulingDecisions(
            @Parameter(description = "The substance's id.", example = "cannabis") @PathParam("id") String id,
            @BeanParam ListParameters request) {
        return decisions.ofSubstance(find(id).id, request);
    }

    private static Substance find(String id) {
        return LIST.byId(id, "substance");
    }
}
