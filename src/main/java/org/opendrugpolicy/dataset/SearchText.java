package org.opendrugpolicy.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.opendrugpolicy.api.Text;

/**
 * The {@code search_text} column that the {@code q} filter searches: a record's words, accent- and
 * case-folded, computed once as its row is inserted. An organization is found by its aliases too.
 */
final class SearchText {
    static final String COLUMN = "search_text";
    private static final Map<String, List<String>> COLUMNS = Map.of(
            "countries", List.of("name", "official_name", "iso3", "iso2"),
            "sources", List.of("id", "title", "publisher", "url", "ref"),
            "resolutions", List.of("symbol", "title", "summary", "key_text"),
            "side_events", List.of("title", "description", "organizer_name_as_listed"),
            "organizations", List.of("id", "name", "acronym"));

    private final Map<String, List<String>> aliases = new HashMap<>();

    SearchText(ValidatedDataset dataset) {
        ValidatedDataset.Table table = dataset.tables().get("organization_aliases");
        if (table != null) {
            List<String> fields = fieldNames(table);
            int organization = fields.indexOf("organization_id");
            int alias = fields.indexOf("alias");
            table.rows().forEach(row -> aliases.computeIfAbsent((String) row[organization], id -> new ArrayList<>()).add((String) row[alias]));
        }
    }

    /** The search text of each row of a table, or null when the table has no search_text column. */
    Function<Object[], String> of(ValidatedDataset.Table table) {
        String name = table.resource().name();
        if (!COLUMNS.containsKey(name)) {
            return null;
        }
        List<String> fields = fieldNames(table);
        int[] columns = COLUMNS.get(name).stream().mapToInt(fields::indexOf).toArray();
        int id = name.equals("organizations") ? fields.indexOf("id") : -1;
        return row -> {
            List<String> parts = new ArrayList<>();
            for (int column : columns) {
                parts.add((String) row[column]);
            }
            if (id >= 0) {
                parts.addAll(aliases.getOrDefault((String) row[id], List.of()));
            }
            return Text.foldAll(parts);
        };
    }

    private static List<String> fieldNames(ValidatedDataset.Table table) {
        return table.resource().schema().fields().stream().map(DataPackage.Field::name).toList();
    }
}
