package org.opendrugpolicy.topic;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendrugpolicy.change.RecordStamps;

/** A topic as a record of its own (the topic list, include=topics), with its history; TopicRef is the short form records embed. */
@Schema(name = "Topic", description = "A topic from the dataset's vocabulary.")
record TopicView(
        @Schema(required = true, examples = "harm-reduction") String id,
        @Schema(required = true, examples = "Harm reduction") String name,
        @Schema(examples = "Measures that reduce the health and social harms of drug use.") String description,
        @JsonUnwrapped RecordStamps stamps) {

    static TopicView from(Topic topic) {
        return new TopicView(topic.id, topic.name, topic.description, RecordStamps.of(topic));
    }
}
