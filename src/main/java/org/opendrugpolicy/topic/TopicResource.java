package org.opendrugpolicy.topic;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendrugpolicy.api.IndexLink;
import org.opendrugpolicy.api.IdFilter;
import org.opendrugpolicy.api.PageRequest;
import org.opendrugpolicy.api.ParameterErrors;
import org.opendrugpolicy.api.UpdatedSince;
import org.opendrugpolicy.api.Where;
import org.opendrugpolicy.api.ListPage;
import org.opendrugpolicy.api.Lists;
import org.opendrugpolicy.api.PageParameters;

@Path("/api/v1/topics")
@Tag(name = "Topics", description = "The topic vocabulary.")
@IndexLink(name = "topics")
@Produces(MediaType.APPLICATION_JSON)
public class TopicResource {

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(operationId = "listTopics", summary = "List topics",
            description = "The topic vocabulary, by name: the values the topic filter of resolutions and side events accepts.")
    public ListPage<TopicView> list(@BeanParam UpdatedSince updatedSince, @BeanParam IdFilter ids, @BeanParam PageParameters paging, @Context UriInfo uri) {
        var errors = new ParameterErrors();
        var idValues = ids.slugs(errors);
        var since = updatedSince.instant(errors);
        PageRequest page = paging.request(errors);
        errors.throwIfAny();
        Where where = new Where().and("t.id in :ids", "ids", idValues).and("t.updatedAt > :updatedSince", "updatedSince", since);
        return Lists.page(Topic.<Topic>find("from Topic t" + where.clause() + " order by t.name, t.id", where.parameters()), page, uri, TopicView::from);
    }
}
