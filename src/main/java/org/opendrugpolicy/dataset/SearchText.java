package org.opendrugpolicy.dataset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.opendrugpolicy.api.Text;

/**
 * The {@code search_text} column that the {@code q} filter searches: a record's words, accent- and
 * case-folded, computed once as its row is inserted, from the columns its entity declares with {@link Searchable}.
 */
final class SearchText {
    static final String COLUMN = "search_text";

    /** Table name to what its entity declares with {@link Searchable}. */
    private final Map<String, Searchable> searchable;
    /** Alias table to record id to its other names. */
    private final Map<String, Map<String, List<String>>> aliases = new HashMap<>();

    SearchText(ValidatedDataset dataset, Map<String, Searchable> searchable) {
        this.searchable = searchable;
        for (Searchable declared : searchable.values()) {
            ValidatedDataset.Table table = declared.aliases().isEmpty() ? null : dataset.tables().get(declared.aliases());
            if (table != null) {
                int alias = fieldNames(table).indexOf("alias");
                Map<String, List<String>> byRecord = aliases.computeIfAbsent(declared.aliases(), t -> new HashMap<>());
                table.rows().forEach(row -> byRecord.computeIfAbsent((String) row[0], id -> new ArrayList<>()).add((String) row[alias]));
            }
        }
    }

    /** The search text of each row of a table, or null when the table has no search_text column. */
    Function<Object[], String> of(ValidatedDataset.Table table) {
        Searchable declared = searchable.get(table.resource().name());
        if (declared == null) {
            return null;
        }
        List<String> fields = fieldNames(table);
        int[] columns = Arrays.stream(declared.value()).mapToInt(fields::indexOf).toArray();
        int id = declared.aliases().isEmpty() ? -1 : fields.indexOf("id");
        Map<String, List<String>> others = aliases.getOrDefault(declared.aliases(), Map.of());
        return row -> {
            List<String> parts = new ArrayList<>();
            for (int column : columns) {
                parts.add((String) row[column]);
            }
            if (id >= 0) {
                parts.addAll(others.getOrDefault((String) row[id], List.of()));
            }
            return Text.foldAll(parts);
        };
    }

    private static List<String> fieldNames(ValidatedDataset.Table table) {
        return table.resource().schema().fields().stream().map(DataPackage.Field::name).toList();
    }
}
