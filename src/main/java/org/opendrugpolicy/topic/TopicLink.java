package org.opendrugpolicy.topic;

import jakarta.persistence.Embeddable;
import jakarta.persistence.ManyToOne;

/**
 * One topic of a record with the sources that tag the record with it: a row of a link table (resolution_topics,
 * side_event_topics), which holds the record's id, the topic_id and the link's own source_ids. Public because
 * resolutions and side events hold their topics so; {@link TopicRef#of} turns them into what their views show.
 */
@Embeddable
public class TopicLink {
    @ManyToOne
    public Topic topic;
    public String sourceIds;
}
