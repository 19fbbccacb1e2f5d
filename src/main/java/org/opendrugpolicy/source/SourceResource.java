package org.opendrugpolicy.source;

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
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
import org.opendrugpolicy.api.UpdatedSince;
import org.opendrugpolicy.api.Where;

@Path(SourceResource.PATH)
@Tag(name = "Sources", description = "The documents every fact comes from.")
@IndexLink(name = "sources", items = "sources")
@Produces(MediaType.APPLICATION_JSON)
public class SourceResource {
    static final String PATH = "/api/v1/sources";
    private static final SortFields SORT = SortFields.of("s.id", "title", "id", "s.id", "title", "s.title", "publishedOn", "s.publishedOn", "kind", "s.kind");

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(operationId = "listSources", summary = "List sources",
            description = "Every document the dataset's facts come from: the two seed articles, the web pages that confirm or correct them, and the reference data for countries.")
    public ListPage<SourceView> list(
            @Parameter(description = "Only sources of this kind.", schema = @Schema(enumeration = {"seed", "web", "reference", "compilation"})) @QueryParam("kind") String kind,
            @Parameter(description = "Words that must all appear in the title, publisher or URL (case and accents ignored).", example = "idpc") @QueryParam("q") String q,
            @Parameter(description = "Sort order: title, id, publishedOn, kind; prefix - for descending. Default title.", example = "-publishedOn") @QueryParam("sort") String sort,
            @BeanParam UpdatedSince updatedSince,
            @BeanParam IdFilter ids,
            @BeanParam PageParameters paging,
            @Context UriInfo uri) {
        var errors = new ParameterErrors();
        var idValues = ids.slugs(errors);
        String kindValue = errors.oneOf("kind", kind, Set.of("seed", "web", "reference", "compilation"));
        String text = errors.text("q", q);
        var since = updatedSince.instant(errors);
        PageRequest page = paging.request(errors);
        SORT.check(errors, sort);
        errors.throwIfAny();
        Where where = new Where().and("s.id in :ids", "ids", idValues).and("s.kind = :kind", "kind", kindValue).search("s.searchText", text)
                .and("s.updatedAt > :updatedSince", "updatedSince", since);
        return Lists.page(Source.<Source>find("from Source s" + where.clause() + SORT.orderBy(sort), where.parameters()), page, uri, SourceView::from);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getSource", summary = "Get a source", description = "One source by its id (case-insensitive).")
    public SourceView get(@Parameter(description = "The source's id.", example = "seed-knowmad-cnd68") @PathParam("id") String id) {
        return Source.<Source>findByIdOptional(id.toLowerCase(Locale.ROOT)).map(SourceView::from)
                .orElseThrow(() -> ProblemException.notFound("No source has the id '" + org.opendrugpolicy.api.Text.quote(id) + "'."));
    }
}
