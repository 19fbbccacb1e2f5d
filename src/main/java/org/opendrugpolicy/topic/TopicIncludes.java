package org.opendrugpolicy.topic;

import jakarta.inject.Singleton;
import org.opendrugpolicy.api.IncludedRecords;

/** Topics in full, for include=topics. */
@Singleton
class TopicIncludes extends IncludedRecords.ById<Topic> {
    TopicIncludes() {
        super("topics", id -> Topic.findById(id), TopicView::from);
    }
}
