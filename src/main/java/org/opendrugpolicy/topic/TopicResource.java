package org.opendrugpolicy.topic;

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
import org.opendrugpolicy.api.Filters;
import org.opendrugpolicy.api.IndexLink;
import org.opendrugpolicy.api.ListPage;
import org.opendrugpolicy.api.ListParameters;
import org.opendrugpolicy.api.RecordList;
import org.opendrugpolicy.api.SortFields;
import org.opendrugpolicy.source.SourceCatalog;

/** The topic vocabulary (data/topics.csv): the values of the topic filters, each with its sources. */
@Path(TopicResource.PATH)
@Tag(name = "Topics", description = "The topic vocabulary.")
@IndexLink(name = "topics", items = "topics")
@Produces(MediaType.APPLICATION_JSON)
public class TopicResource {
    static final String PATH = "/api/v1/topics";
    private static final RecordList<Topic> LIST = RecordList.of((query, parameters) -> Topic.<Topic>find(query, parameters), "Topic t", SortFields.of("t.id", "name", "name", "t.name"));

    @Inject SourceCatalog sources;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(operationId = "listTopics", summary = "List topics",
            description = "The topic vocabulary, by name: the values the topic filter of resolutions and side events accepts, each with its sources. "
                    + "Sort order: name; prefix - for descending. Default name.")
    public RestResponse<ListPage<TopicView>> list(@BeanParam ListParameters request) {
        return LIST.page(request, Filters.NONE, topic -> TopicView.from(topic, sources));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getTopic", summary = "Get a topic",
            description = "One topic of the vocabulary by its id (case-insensitive), with its sources. 404 problem for an unknown id.")
    public TopicView get(@Parameter(description = "The topic's id.", example = "harm-reduction") @PathParam("id") String id) {
        return TopicView.from(LIST.byId(id, "topic"), sources);
    }
}
