package org.opendrugpolicy.topic;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendrugpolicy.change.Tracked;

/** A topic as a record of its own (the topic list, include=topics), with its history; TopicRef is the short form records embed. */
@Schema(name = "Topic", description = "A topic from the dataset's vocabulary.")
record TopicView(
        @Schema(required = true, examples = "harm-reduction") String id,
        @Schema(required = true, examples = "Harm reduction") String name,
        @Schema(examples = "Measures that reduce the health and social harms of drug use.") String description,
        @Schema(required = true, description = Tracked.CREATED_AT, examples = "2026-11-23T00:00:00Z") Instant createdAt,
        @Schema(required = true, description = Tracked.UPDATED_AT, examples = "2026-11-23T00:00:00Z") Instant updatedAt,
        @Schema(required = true, description = Tracked.UPDATED_IN, examples = "2026.11.23") String updatedIn) {

    static TopicView from(Topic topic) {
        return new TopicView(topic.id, topic.name, topic.description, topic.createdAt, topic.updatedAt, topic.updatedIn);
    }
}
