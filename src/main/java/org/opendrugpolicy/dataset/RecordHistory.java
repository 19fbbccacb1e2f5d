package org.opendrugpolicy.dataset;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The history of every record ({@code record_changes.csv}), checked against the releases and the current
 * tables: which release created each record and which last changed it, and which ids were deleted.
 *
 * <p>A record id is its table's primary key; for a composite key, the key's fields joined with
 * {@value #SEPARATOR} in primaryKey order. The checks: a record is created before it is updated or
 * deleted, and never after its deletion; a current record's last change is created or updated and a
 * deleted id is absent from its table; every current record has an entry; a change to a row that
 * another table's records embed ({@code x-embeddedIn}) marks that record too, in the same release.
 */
public final class RecordHistory {
    public static final String RESOURCE = "record_changes";
    public static final String RELEASES = "releases";
    public static final String SEPARATOR = "|";

    /** A release in order: its 1-based sequence number and the instant it stands for (its date at 00:00Z). */
    public record Release(String version, LocalDate releasedOn, int seq) {
        public Instant instant() {
            return releasedOn.atStartOfDay(ZoneOffset.UTC).toInstant();
        }
    }

    /** Where one record stands: the release that created it and the one that last changed it. */
    public record Stamp(Release created, Release updated) {}

    /** Per row of record_changes, in file order: values the changes feed queries by. */
    public record Entry(int seq, int createdSeq, boolean last) {}

    /** One row of record_changes.csv: its index in the file. */
    private record Change(int index, Release release, String change, long line) {}

    private final List<Release> releases;
    private final Map<String, Map<String, Stamp>> stamps;
    private final List<Entry> entries;

    private RecordHistory(List<Release> releases, Map<String, Map<String, Stamp>> stamps, List<Entry> entries) {
        this.releases = releases;
        this.stamps = stamps;
        this.entries = entries;
    }

    /**
     * What the service keeps of a history once its release is loaded: the releases and the tables that have a history,
     * no per-record stamp or entry (those are in the database, written by the load).
     */
    static RecordHistory served(List<Release> releases, List<String> tables) {
        Map<String, Map<String, Stamp>> stamps = new LinkedHashMap<>();
        tables.forEach(t -> stamps.put(t, Map.of()));
        return new RecordHistory(List.copyOf(releases), stamps, List.of());
    }

    /** The releases oldest first (by date, then version), numbered from 1 in that order. */
    static List<Release> inOrder(List<Release> releases) {
        List<Release> sorted = new ArrayList<>(releases);
        sorted.sort(Comparator.comparing(Release::releasedOn).thenComparing(Release::version));
        for (int i = 0; i < sorted.size(); i++) {
            sorted.set(i, new Release(sorted.get(i).version(), sorted.get(i).releasedOn(), i + 1));
        }
        return sorted;
    }

    /** Releases oldest first. */
    public List<Release> releases() {
        return releases;
    }

    /** Whether the table's records have a history (every table but the releases and the history itself). */
    public boolean tracks(String table) {
        return stamps.containsKey(table);
    }

    /** The tables whose records have a history, in package order. */
    public List<String> tables() {
        return List.copyOf(stamps.keySet());
    }

    /** The stamp of one current record, by its record id. */
    public Stamp stamp(String table, String recordId) {
        return stamps.get(table).get(recordId);
    }

    /** One entry per row of record_changes.csv, in the same order. */
    public List<Entry> entries() {
        return entries;
    }

    /** The record id of a row: its primary-key values joined with {@value #SEPARATOR}. */
    static String recordId(DatasetReader.ParsedTable table, Object[] row) {
        return recordId(row, table.resource().schema().primaryKeyFields().stream().mapToInt(table::column).toArray());
    }

    /** The record id of a row whose key is in these columns. */
    static String recordId(Object[] row, int[] keyColumns) {
        return Arrays.stream(keyColumns).mapToObj(c -> String.valueOf(row[c])).collect(Collectors.joining(SEPARATOR));
    }

    /** The history, or null when the package has none; adds an error for every inconsistency. */
    static RecordHistory check(Map<String, DatasetReader.ParsedTable> tables, List<DatasetError> errors) {
        DatasetReader.ParsedTable history = tables.get(RESOURCE);
        DatasetReader.ParsedTable releaseTable = tables.get(RELEASES);
        if (history == null || releaseTable == null || !history.isComplete() || !releaseTable.isComplete()) {
            return null;
        }
        List<Release> releases = new ArrayList<>();
        for (Object[] row : releaseTable.rows()) {
            if (row[releaseTable.column("version")] != null && row[releaseTable.column("released_on")] != null) {
                releases.add(new Release((String) row[releaseTable.column("version")], (LocalDate) row[releaseTable.column("released_on")], 0));
            }
        }
        releases = inOrder(releases);
        Map<String, Release> byVersion = new LinkedHashMap<>();
        releases.forEach(r -> byVersion.put(r.version(), r));

        // Current record ids per tracked table, with their lines.
        Map<String, Map<String, Long>> current = new LinkedHashMap<>();
        for (DatasetReader.ParsedTable table : tables.values()) {
            String name = table.resource().name();
            if (name.equals(RESOURCE) || name.equals(RELEASES)) {
                continue;
            }
            Map<String, Long> ids = new HashMap<>();
            List<String> key = table.resource().schema().primaryKeyFields();
            for (int r = 0; r < table.rows().size(); r++) {
                Object[] row = table.rows().get(r);
                if (key.size() > 1) {
                    for (String field : key) {
                        Object value = row[table.column(field)];
                        if (value != null && value.toString().contains(SEPARATOR)) {
                            errors.add(new DatasetError(table.resource().path(), table.lines().get(r), table.column(field) + 1, field, "record-id",
                                    "'" + value + "' contains '" + SEPARATOR + "', which joins the fields of a record id in " + RESOURCE + ".csv"));
                        }
                    }
                }
                ids.putIfAbsent(recordId(table, row), table.lines().get(r));
            }
            current.put(name, ids);
        }

        int cRelease = history.column("release");
        int cTable = history.column("table_name");
        int cId = history.column("record_id");
        int cChange = history.column("change");
        String file = history.resource().path();
        // Each record's changes, in release order.
        Map<String, Map<String, List<Change>>> changes = new LinkedHashMap<>();
        for (int r = 0; r < history.rows().size(); r++) {
            Object[] row = history.rows().get(r);
            Release release = byVersion.get((String) row[cRelease]);
            String table = (String) row[cTable];
            if (release == null || table == null || row[cId] == null || row[cChange] == null) {
                continue; // a bad value or a dangling release is reported already
            }
            if (!current.containsKey(table)) {
                errors.add(new DatasetError(file, history.lines().get(r), cTable + 1, "table_name", "history",
                        "'" + table + "' is not a table of this package"));
                continue;
            }
            changes.computeIfAbsent(table, t -> new HashMap<>()).computeIfAbsent((String) row[cId], id -> new ArrayList<>())
                    .add(new Change(r, release, (String) row[cChange], history.lines().get(r)));
        }

        Entry[] entries = new Entry[history.rows().size()];
        Map<String, Map<String, Stamp>> stamps = new LinkedHashMap<>();
        Map<String, Set<String>> marked = new HashMap<>(); // "table|release" -> ids changed in that release
        for (var table : current.entrySet()) {
            String name = table.getKey();
            String path = tables.get(name).resource().path();
            Map<String, Stamp> tableStamps = new HashMap<>();
            stamps.put(name, tableStamps);
            Map<String, List<Change>> byId = changes.getOrDefault(name, Map.of());
            for (var record : byId.entrySet()) {
                String id = record.getKey();
                List<Change> list = record.getValue();
                list.sort(Comparator.comparingInt(c -> c.release().seq()));
                Change created = null;
                Change deleted = null;
                for (Change c : list) {
                    marked.computeIfAbsent(name + SEPARATOR + c.release().version(), k -> new HashSet<>()).add(id);
                    String what = name + " '" + id + "' is " + c.change() + " in " + c.release().version();
                    if (deleted != null) {
                        errors.add(new DatasetError(file, c.line(), cChange + 1, "change", "history",
                                what + " after its deletion in " + deleted.release().version() + "; a deleted id never comes back"));
                    } else if (c.change().equals("created")) {
                        if (created != null) {
                            errors.add(new DatasetError(file, c.line(), cChange + 1, "change", "history",
                                    what + " but was already created in " + created.release().version()));
                        }
                        created = c;
                    } else if (created == null) {
                        errors.add(new DatasetError(file, c.line(), cChange + 1, "change", "history", what + " before it is created"));
                    } else if (c.change().equals("deleted")) {
                        deleted = c;
                    }
                }
                Change last = list.get(list.size() - 1);
                for (Change c : list) {
                    entries[c.index()] = new Entry(c.release().seq(), created == null ? c.release().seq() : created.release().seq(), c == last);
                }
                Long line = table.getValue().get(id);
                if (line != null && last.change().equals("deleted")) {
                    errors.add(new DatasetError(file, last.line(), cChange + 1, "change", "history",
                            name + " '" + id + "' is deleted in " + last.release().version() + " but is still in " + path + " (line " + line + ")"));
                } else if (line == null && !last.change().equals("deleted") && tables.get(name).isComplete()) {
                    // asked only of a table read whole: one that was not may hold the record in the part not read
                    errors.add(new DatasetError(file, last.line(), cChange + 1, "change", "history",
                            name + " '" + id + "' was last " + last.change() + " in " + last.release().version() + " but is not in " + path
                                    + "; record its deletion"));
                } else if (line != null && created != null) {
                    tableStamps.put(id, new Stamp(created.release(), last.release()));
                }
            }
            for (var row : table.getValue().entrySet()) {
                if (!byId.containsKey(row.getKey())) {
                    errors.add(new DatasetError(path, row.getValue(), 0, null, "history",
                            "'" + row.getKey() + "' has no entry in " + file + "; every record needs the release that created it"));
                }
            }
        }
        embedded(tables, changes, marked, file, cChange, errors);
        if (!errors.isEmpty()) {
            return null; // nothing is loaded, and rows skipped above would leave gaps in the entries
        }
        return new RecordHistory(List.copyOf(releases), stamps, List.of(entries));
    }

    /** A change to an embedded row must mark its parent record in the same release. */
    private static void embedded(Map<String, DatasetReader.ParsedTable> tables, Map<String, Map<String, List<Change>>> changes,
            Map<String, Set<String>> marked, String file, int cChange, List<DatasetError> errors) {
        for (DatasetReader.ParsedTable table : tables.values()) {
            DataPackage.EmbeddedIn in = table.resource().schema().embeddedIn();
            if (in == null) {
                continue;
            }
            int keyIndex = table.resource().schema().primaryKeyFields().indexOf(in.fields());
            if (keyIndex < 0) {
                continue; // the parent is only known from the key; other layouts are not checked
            }
            for (var record : changes.getOrDefault(table.resource().name(), Map.of()).entrySet()) {
                String parent = record.getKey().split(Pattern.quote(SEPARATOR), -1)[keyIndex];
                for (Change c : record.getValue()) {
                    if (!marked.getOrDefault(in.resource() + SEPARATOR + c.release().version(), Set.of()).contains(parent)) {
                        errors.add(new DatasetError(file, c.line(), cChange + 1, "change", "history",
                                table.resource().name() + " '" + record.getKey() + "' is " + c.change() + " in " + c.release().version()
                                        + " but its " + in.resource() + " record '" + parent + "', which embeds it, has no change in that release; mark it updated"));
                    }
                }
            }
        }
    }
}
