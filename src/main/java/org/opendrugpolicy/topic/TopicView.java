package org.opendrugpolicy.topic;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendrugpolicy.change.RecordStamps;
import org.opendrugpolicy.source.SourceCatalog;
import org.opendrugpolicy.source.SourceRef;

/** A topic as a record of its own (the topic list and item, include=topics), with its history and sources; TopicRef is the short form records embed. */
@Schema(name = "Topic", description = "A topic from the dataset's vocabulary.")
record TopicView(
        @Schema(required = true, examples = "harm-reduction") String id,
        @Schema(required = true, examples = "Harm reduction") String name,
        @Schema(examples = "Measures that reduce the health and social harms of drug use.") String description,
        @JsonUnwrapped RecordStamps stamps,
        @Schema(required = true, description = "Where the topic and its definition come from (data/topics.csv source_ids).") List<SourceRef> sources,
        @Schema(required = true) Links links) {

    @Schema(name = "TopicLinks")
    record Links(@Schema(required = true, examples = "https://api.opendrugpolicy.org/api/v1/topics/harm-reduction") String self) {}

    static TopicView from(Topic topic, SourceCatalog sources) {
        return new TopicView(topic.id, topic.name, topic.description, RecordStamps.of(topic), sources.cite(topic.sourceIds),
                new Links(TopicRef.href(topic.id)));
    }
}
