package org.opendrugpolicy.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opendrugpolicy.dataset.DatasetLoaded;

/** Resolves the source_ids every record carries into citations; sources are few and never change within a release. */
@ApplicationScoped
public class SourceCatalog {
    private volatile Map<String, SourceRef> byId = Map.of();

    void index(@Observes DatasetLoaded loaded) {
        byId = Source.<Source>streamAll().map(SourceRef::from).collect(Collectors.toUnmodifiableMap(SourceRef::id, Function.identity()));
    }

    /** The citations for a semicolon-separated list of source ids (validated when the dataset was loaded). */
    public List<SourceRef> cite(String sourceIds) {
        if (sourceIds == null || sourceIds.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(sourceIds.split(";")).map(byId::get).toList();
    }
}
