package org.opendrugpolicy.topic;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TopicRef", description = "A topic from the dataset's vocabulary, as records that carry it show it.")
public record TopicRef(
        @Schema(required = true, examples = "harm-reduction") String id,
        @Schema(required = true, examples = "Harm reduction") String name,
        @Schema(examples = "Measures that reduce the health and social harms of drug use.") String description) {

    public static TopicRef from(Topic topic) {
        return new TopicRef(topic.id, topic.name, topic.description);
    }
}
