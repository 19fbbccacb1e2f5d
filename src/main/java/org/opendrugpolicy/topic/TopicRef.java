package org.opendrugpolicy.topic;

import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendrugpolicy.source.SourceCatalog;
import org.opendrugpolicy.source.SourceRef;

/**
 * A topic as a record that carries it shows it: the topic's id, name and description (data/topics.csv) and the sources
 * of the link itself (source_ids of data/resolution_topics.csv or data/side_event_topics.csv), which say why this record
 * has this topic, and the link to the topic's own record, {@link TopicView}, which cites the topic's own sources.
 */
@Schema(name = "TopicRef", description = "A topic from the dataset's vocabulary, as records that carry it show it, with the sources that give the record this topic.")
public record TopicRef(
        @Schema(required = true, examples = "harm-reduction") String id,
        @Schema(required = true, examples = "Harm reduction") String name,
        @Schema(examples = "Measures that reduce the health and social harms of drug use.") String description,
        @Schema(required = true, description = "The sources that give this record this topic, the first the main one: the source_ids of its row in "
                + "data/resolution_topics.csv or data/side_event_topics.csv. The topic's definition cites its own sources at /api/v1/topics/{id}.")
        List<SourceRef> sources,
        @Schema(required = true, description = "The topic as a record of its own, with its definition's sources and history.",
                examples = "https://api.opendrugpolicy.org/api/v1/topics/harm-reduction") String href) {

    private static final Comparator<TopicLink> BY_NAME = Comparator.comparing((TopicLink link) -> link.topic.name).thenComparing(link -> link.topic.id);

    /** A record's topics by name, each with the sources of its link. */
    public static List<TopicRef> of(List<TopicLink> links, SourceCatalog sources) {
        return links.stream().sorted(BY_NAME)
                .map(link -> new TopicRef(link.topic.id, link.topic.name, link.topic.description, sources.cite(link.sourceIds), href(link.topic.id)))
                .toList();
    }

    /** Where the topic with this id is served: the one place links to a topic take it from. */
    static String href(String id) {
        return TopicResource.PATH + "/" + id;
    }
}
