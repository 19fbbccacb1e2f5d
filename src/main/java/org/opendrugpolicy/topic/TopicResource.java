package org.opendrugpolicy.topic;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.opendrugpolicy.api.Filters;
import org.opendrugpolicy.api.IndexLink;
import org.opendrugpolicy.api.ListPage;
import org.opendrugpolicy.api.ListParameters;
import org.opendrugpolicy.api.RecordList;
import org.opendrugpolicy.api.SortFields;

@Path("/api/v1/topics")
@Tag(name = "Topics", description = "The topic vocabulary.")
@IndexLink(name = "topics")
@Produces(MediaType.APPLICATION_JSON)
public class TopicResource {
    private static final RecordList<Topic> LIST = RecordList.of((query, parameters) -> Topic.<Topic>find(query, parameters), "Topic t", SortFields.of("t.id", "name", "name", "t.name"));

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(operationId = "listTopics", summary = "List topics",
            description = "The topic vocabulary, by name: the values the topic filter of resolutions and side events accepts. Sort order: name; prefix - for descending. Default name.")
    public RestResponse<ListPage<TopicView>> list(@BeanParam ListParameters request) {
        return LIST.page(request, Filters.NONE, TopicView::from);
    }
}
