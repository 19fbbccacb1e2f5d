package org.opendrugpolicy.provenance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opendrugpolicy.dataset.DatasetLoaded;
import org.opendrugpolicy.dataset.PerRelease;
import org.opendrugpolicy.source.SourceCatalog;

/**
 * Which fields of which records are inferred (data/inferred_values.csv), held in memory: the table is small and
 * changes only with a release, so a record's view marks its inferred fields without a query. Indexed on first use
 * after a load ({@link PerRelease}), not before readiness.
 */
@ApplicationScoped
public class InferredValues {
    /** The description of the {@code inferred} field every view that carries it shares. */
    public static final String DESCRIPTION = "The fields of this record whose values are inferred, not stated by a source "
            + "(from data/inferred_values.csv), by column name; empty when every value is stated.";

    private final SourceCatalog sources;
    private final PerRelease<Map<String, List<InferredValue>>> byRecord = new PerRelease<>(InferredValues::index);

    InferredValues(SourceCatalog sources) {
        this.sources = sources;
    }

    void forget(@Observes DatasetLoaded loaded) {
        byRecord.forget();
    }

    private static Map<String, List<InferredValue>> index() {
        Map<String, List<InferredValue>> all = new HashMap<>();
        for (InferredValue v : InferredValue.<InferredValue>list("order by field")) {
            all.computeIfAbsent(v.tableName + "\u0000" + v.recordId, k -> new ArrayList<>()).add(v);
        }
        return Map.copyOf(all);
    }

    /** The inferred fields of one record of a table (the CSV table's name), by field name. */
    public List<InferredField> of(String table, String recordId) {
        return byRecord.get().getOrDefault(table + "\u0000" + recordId, List.of()).stream()
                .map(v -> new InferredField(v.field, v.note, sources.cite(v.sourceIds))).toList();
    }
}
