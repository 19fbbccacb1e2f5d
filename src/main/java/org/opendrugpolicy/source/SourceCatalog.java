package org.opendrugpolicy.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opendrugpolicy.dataset.DatasetLoaded;
import org.opendrugpolicy.dataset.PerRelease;

/**
 * Resolves the source_ids every record carries into citations; sources are few and never change within a release.
 *
 * <p>Indexed on first use after a release is loaded, not before readiness: the process's first Hibernate query costs
 * about 0.4 s of start-up while the query engine starts, a cost the entity cache warm-up, in the background, usually
 * bears first.
 */
@ApplicationScoped
public class SourceCatalog {
    private final PerRelease<Map<String, SourceRef>> byId = new PerRelease<>(() -> Source.<Source>listAll().stream()
            .map(SourceRef::from).collect(Collectors.toUnmodifiableMap(SourceRef::id, Function.identity())));

    void forget(@Observes DatasetLoaded loaded) {
        byId.forget();
    }

    /** The citations for a semicolon-separated list of source ids (validated when the dataset was loaded). */
    public List<SourceRef> cite(String sourceIds) {
        if (sourceIds == null || sourceIds.isEmpty()) {
            return List.of();
        }
        Map<String, SourceRef> index = byId.get();
        return Arrays.stream(sourceIds.split(";")).map(index::get).toList();
    }
}
