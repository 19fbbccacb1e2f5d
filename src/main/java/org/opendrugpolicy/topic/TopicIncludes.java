package org.opendrugpolicy.topic;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import org.opendrugpolicy.api.IncludedRecords;

/** Topics in full, for include=topics. */
@ApplicationScoped
class TopicIncludes implements IncludedRecords {
    @Override
    public String kind() {
        return "topics";
    }

    @Override
    public List<?> find(Collection<String> ids) {
        return IncludedRecords.byId(ids, id -> Topic.<Topic>findById(id)).stream().map(TopicView::from).toList();
    }
}
