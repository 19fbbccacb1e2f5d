package org.opendrugpolicy.substance;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendrugpolicy.api.IndexLink;
import org.opendrugpolicy.api.IdFilter;
import org.opendrugpolicy.api.ListPage;
import org.opendrugpolicy.api.Lists;
import org.opendrugpolicy.api.PageParameters;
import org.opendrugpolicy.api.PageRequest;
import org.opendrugpolicy.api.ParameterErrors;
import org.opendrugpolicy.api.ProblemException;
import org.opendrugpolicy.api.SortFields;
import org.opendrugpolicy.api.Text;
import org.opendrugpolicy.api.UpdatedSince;
import org.opendrugpolicy.api.Where;
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

    private final SourceCatalog sources;
    private final InferredValues inferred;
    private final SchedulingDecisionResource decisions;

    SubstanceResource(SourceCatalog sources, InferredValues inferred, SchedulingDecisionResource decisions) {
        this.sources = sources;
        this.inferred = inferred;
        this.decisions = decisions;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(operationId = "listSubstances", summary = "List substances",
            description = "The substances (and groups of substances) put to the Commission for a change in their international control, "
                    + "from the CND history fact sheet (sources hist-h*), with their other names. 400 problem for a malformed filter or sort.")
    public ListPage<SubstanceView> list(
            @Parameter(description = "Words that must all appear in the name, id or an alias; case and accents are ignored.", example = "fentanyl") @QueryParam("q") String q,
            @Parameter(description = "Only substances of this class (as a source gives it, e.g. synthetic-cannabinoid, fentanyl-precursor).",
                    example = "synthetic-cannabinoid") @QueryParam("class") String substanceClass,
            @Parameter(description = "Sort order: name, class; prefix - for descending. Default name.", example = "class,name") @QueryParam("sort") String sort,
            @BeanParam UpdatedSince updatedSince,
            @BeanParam IdFilter ids,
            @BeanParam PageParameters paging,
            @Context UriInfo uri) {
        var errors = new ParameterErrors();
        String text = errors.text("q", q);
        String classValue = errors.text("class", substanceClass);
        Where where = new Where().and("s.substanceClass = :class", "class", classValue == null ? null : classValue.toLowerCase(Locale.ROOT))
                .and("s.id in :ids", "ids", ids.slugs(errors))
                .and("s.updatedAt > :updatedSince", "updatedSince", updatedSince.instant(errors))
                .search("s.searchText", text);
        PageRequest page = paging.request(errors);
        SORT.check(errors, sort);
        errors.throwIfAny();
        return Lists.page(Substance.<Substance>find("from Substance s" + where.clause() + SORT.orderBy(sort), where.parameters()),
                page, uri, s -> SubstanceView.from(s, sources, inferred));
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
                    + "404 problem for an unknown substance.")
    public ListPage<SchedulingDecisionView> schedulingDecisions(
            @Parameter(description = "The substance's id.", example = "cannabis") @PathParam("id") String id,
            @Parameter(description = "Sort order: session, decidedOn, subject; prefix - for descending. Default session,id.", example = "-session") @QueryParam("sort") String sort,
            @BeanParam PageParameters paging,
            @Context UriInfo uri) {
        return decisions.ofSubstance(find(id).id, sort, paging, uri);
    }

    private static Substance find(String id) {
        return Substance.<Substance>findByIdOptional(id.toLowerCase(Locale.ROOT))
                .orElseThrow(() -> ProblemException.notFound("No substance has the id '" + Text.quote(id) + "'."));
    }
}
