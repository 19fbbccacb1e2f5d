package org.opendrugpolicy.dataset;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Table;
import jakarta.persistence.metamodel.EntityType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Loads the dataset at start-up. When the database already holds the release (found by its identity, the hash of its
 * files' bytes), nothing is read: the replica serves the release's schema. Otherwise it reads and validates every file,
 * then, unless another replica has meanwhile, inserts every table, and whatever else a release stores
 * ({@link ReleaseContent}), into the release's own schema in one transaction ({@link ReleaseSchemas}). If anything is
 * wrong, start-up fails and nothing is served.
 */
@ApplicationScoped
public class DatasetLoader {
    private static final Logger LOG = Logger.getLogger(DatasetLoader.class);
    static final String BUNDLED = "dataset";

    private final DatasetConfig config;
    private final ReleaseSchemas schemas;
    private final Event<DatasetLoaded> loaded;
    private volatile DatasetVersion version;
    private volatile DatasetFiles files;
    private volatile DataPackage dataPackage;
    private volatile Map<String, Integer> rowCounts = Map.of();
    private volatile RecordHistory history;
    private volatile ReleaseSchemas.Loaded release;

    /** Field-injected: the start-up test drives the loader through its constructor, with no database. */
    @Inject
    EntityManagerFactory entities;

    /** What else a release stores when it is loaded (the exports): field-injected, as {@link #entities}. */
    @Inject
    Instance<ReleaseContent> contents;

    DatasetLoader(DatasetConfig config, ReleaseSchemas schemas, Event<DatasetLoaded> loaded) {
        this.config = config;
        this.schemas = schemas;
        this.loaded = loaded;
    }

    /** The entities' {@link Searchable} declarations, by table. */
    private Map<String, Searchable> searchable() {
        Map<String, Searchable> byTable = new HashMap<>();
        for (EntityType<?> entity : entities.getMetamodel().getEntities()) {
            Searchable searchable = entity.getJavaType().getAnnotation(Searchable.class);
            Table table = entity.getJavaType().getAnnotation(Table.class);
            if (searchable != null && table != null) {
                byTable.put(table.name(), searchable);
            }
        }
        return byTable;
    }

    void onStart(@Observes StartupEvent start) {
        long began = System.nanoTime();
        DatasetFiles files = config.directory().map(DatasetFiles::directory).orElseGet(() -> DatasetFiles.classpath(BUNDLED));
        // The release's identity from its bytes alone (hashed, not parsed): when another replica has loaded it, nothing
        // of the files is read or checked again, and nothing of the data is held here (start-up and memory stay flat).
        DatasetReader.Identity identity = DatasetReader.identify(files);
        DataPackage dataPackage;
        DatasetVersion version;
        ReleaseSchemas.Loaded release;
        if (identity != null && schemas.isRegistered(identity.version())) {
            dataPackage = identity.dataPackage();
            version = identity.version();
            LOG.infof("Release %s is in the database: its files were hashed (%d ms), not read", version.tag(), (System.nanoTime() - began) / 1_000_000);
            release = schemas.ensure(version, connection -> {
                throw new IllegalStateException("Release " + version.tag() + " was registered a moment ago and is gone (dropped by hand?): start again");
            });
        } else {
            // The values are checked against the columns of this build's migrations, as a release's schema will have them.
            ValidatedDataset dataset = DatasetReader.read(files, () -> schemas.columnLimits());
            LOG.infof("Read and checked release %s from %s in %d ms", dataset.version().tag(), files.describe(), (System.nanoTime() - began) / 1_000_000);
            Map<String, Searchable> searchable = searchable();
            release = schemas.ensure(dataset.version(), connection -> {
                Map<String, Integer> counts = insertAll(connection, dataset, searchable);
                for (ReleaseContent content : contents) {
                    content.store(connection, files, dataset.dataPackage(), dataset.version(), counts);
                }
                return counts;
            });
            dataPackage = dataset.dataPackage();
            version = dataset.version();
        }
        schemas.serve(release);
        this.rowCounts = Collections.unmodifiableMap(release.rowCounts());
        this.release = release;
        this.files = files;
        this.dataPackage = dataPackage;
        // Only the releases and the tracked tables: each record's stamps are in the database, where the load wrote them.
        this.history = hasHistory(dataPackage) ? RecordHistory.served(schemas.releases(release), trackedTables(dataPackage)) : null;
        QuarkusTransaction.requiringNew().run(() -> loaded.fire(new DatasetLoaded(version)));
        this.version = version;
        LOG.infof("Serving dataset %s from %s (schema %s, %s) after %d ms: %s", version.tag(), files.describe(), release.schema(),
                release.loadedHere() ? "loaded by this replica" : "loaded before", (System.nanoTime() - began) / 1_000_000,
                rowCounts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")));
    }

    /** A package has a history when it has both the history and the releases (the reader then checked it whole). */
    private static boolean hasHistory(DataPackage pkg) {
        List<String> names = pkg.resources().stream().map(DataPackage.Resource::name).toList();
        return names.contains(RecordHistory.RESOURCE) && names.contains(RecordHistory.RELEASES);
    }

    /** The tables whose records have a history: every table but the releases and the history itself, in package order. */
    private static List<String> trackedTables(DataPackage pkg) {
        return pkg.resources().stream().map(DataPackage.Resource::name)
                .filter(n -> !n.equals(RecordHistory.RESOURCE) && !n.equals(RecordHistory.RELEASES)).toList();
    }

    /** Every table, in package order (referenced tables first), into the empty schema of a new release. */
    private static Map<String, Integer> insertAll(Connection connection, ValidatedDataset dataset, Map<String, Searchable> searchable)
            throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        SearchText searchText = new SearchText(dataset, searchable);
        for (ValidatedDataset.Table table : dataset.tables().values()) {
            insert(connection, table, dataset.history(), searchText.of(table));
            counts.put(table.resource().name(), table.rows().size());
        }
        return counts;
    }

    /**
     * Inserts one table's rows; with a history, a tracked table also gets each record's created_at, updated_at
     * and updated_in, and the history itself the sequence numbers the changes feed queries by. A table the q
     * filter searches gets its search_text ({@code searchText} is null for the others).
     */
    private static void insert(Connection connection, ValidatedDataset.Table table, RecordHistory history, Function<Object[], String> searchText)
            throws SQLException {
        var fields = table.resource().schema().fields();
        String name = table.resource().name();
        List<String> columns = new ArrayList<>(fields.stream().map(DataPackage.Field::name).toList());
        boolean stamped = history != null && history.tracks(name);
        boolean changes = history != null && name.equals(RecordHistory.RESOURCE);
        if (stamped) {
            columns.addAll(List.of("created_at", "updated_at", "updated_in"));
        } else if (changes) {
            columns.addAll(List.of("seq", "created_seq", "is_last"));
        }
        if (searchText != null) {
            columns.add(SearchText.COLUMN);
        }
        String marks = columns.stream().map(f -> "?").collect(Collectors.joining(", "));
        List<String> key = table.resource().schema().primaryKeyFields();
        int[] keyColumns = key.stream().mapToInt(k -> fields.stream().map(DataPackage.Field::name).toList().indexOf(k)).toArray();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + name + " (" + String.join(", ", columns) + ") VALUES (" + marks + ")")) {
            int pending = 0;
            for (int r = 0; r < table.rows().size(); r++) {
                Object[] row = table.rows().get(r);
                for (int i = 0; i < row.length; i++) {
                    Object value = row[i] instanceof LocalDate date ? java.sql.Date.valueOf(date) : row[i];
                    insert.setObject(i + 1, value);
                }
                if (stamped) {
                    RecordHistory.Stamp stamp = history.stamp(name, RecordHistory.recordId(row, keyColumns));
                    insert.setObject(row.length + 1, stamp.created().instant().atOffset(ZoneOffset.UTC));
                    insert.setObject(row.length + 2, stamp.updated().instant().atOffset(ZoneOffset.UTC));
                    insert.setString(row.length + 3, stamp.updated().version());
                } else if (changes) {
                    RecordHistory.Entry entry = history.entries().get(r);
                    insert.setInt(row.length + 1, entry.seq());
                    insert.setInt(row.length + 2, entry.createdSeq());
                    insert.setBoolean(row.length + 3, entry.last());
                }
                if (searchText != null) {
                    insert.setString(columns.size(), searchText.apply(row));
                }
                insert.addBatch();
                if (++pending == 1000) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            insert.executeBatch();
        }
    }

    /** The release being served; null until the dataset is loaded. */
    public DatasetVersion version() {
        return version;
    }

    /**
     * Where the release being served is (its hash is the release's: start-up checked it). Read only to load it, or to
     * render an export again that neither the local disk nor the database holds.
     */
    public DatasetFiles files() {
        return files;
    }

    public DataPackage dataPackage() {
        return dataPackage;
    }

    /** The records' history and the releases in order; null when the dataset has no record_changes table. */
    public RecordHistory history() {
        return history;
    }

    public Map<String, Integer> rowCounts() {
        return rowCounts;
    }

    /**
     * The key that signs this release's cursors: made by the replica that loaded the release and stored with it, so
     * every replica serving the release signs and checks with the same one. Null until the release is loaded.
     */
    public String cursorSecret() {
        ReleaseSchemas.Loaded current = release;
        return current == null ? null : current.cursorSecret();
    }

    /** The database schema that holds the release being served; null until it is loaded. */
    public String schema() {
        ReleaseSchemas.Loaded current = release;
        return current == null ? null : current.schema();
    }

    public boolean isLoaded() {
        return version != null;
    }
}
