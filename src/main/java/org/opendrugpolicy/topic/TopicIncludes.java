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
        return Topic.<Topic>list("from Topic t where t.id in ?1 order by t.id", ids).stream().map(TopicView::from).toList();
    }
}
