package org.opendrugpolicy.topic;

import jakarta.inject.Singleton;
import org.opendrugpolicy.api.IncludedRecords;
import org.opendrugpolicy.source.SourceCatalog;

/** Topics in full, for include=topics. */
@Singleton
class TopicIncludes extends IncludedRecords.ById<Topic> {
    TopicIncludes(SourceCatalog sources) {
        super("topics", id -> Topic.findById(id), (Topic topic) -> TopicView.from(topic, sources));
    }
}
