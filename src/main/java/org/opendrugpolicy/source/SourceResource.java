package org.opendrugpolicy.source;

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

@Path(SourceResource.PATH)
@Tag(name = "Sources", description = "The documents every fact comes from.")
@IndexLink(name = "sources", items = "sources")
@Produces(MediaType.APPLICATION_JSON)
public class SourceResource {
    static final String PATH = "/api/v1/sources";
    private static final SortFields SORT = SortFields.of("s.id", "title", "id", "s.id", "title", "s.title", "publishedOn", "s.publishedOn", "kind", "s.kind");
    private static final RecordList<Source> LIST = RecordList.of((query, parameters) -> Source.<Source>find(query, parameters), "Source s", SORT);

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(operationId = "listSources", summary = "List sources",
            description = "Every document the dataset's facts come from: the two seed articles, the web pages that confirm or correct them, and the reference data for countries."
                    + " Sort order: title, id, publishedOn, kind; prefix - for descending. Default title.")
    public RestResponse<ListPage<SourceView>> list(
            @BeanParam SourceFilters filters,
            @BeanParam ListParameters request) {
        return LIST.page(request, filters, SourceView::from);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getSource", summary = "Get a source", description = "One source by its id (case-insensitive).")
    public SourceView get(@Parameter(description = "The source's id.", example = "seed-knowmad-cnd68") @PathParam("id") String id) {
        return SourceView.from(LIST.byId(id, "source"));
    }
}
