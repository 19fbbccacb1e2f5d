package org.opendrugpolicy.dataset;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.ValidateResult;
import org.jboss.logging.Logger;

/**
 * One database schema per release, each loaded once, whatever the number of replicas.
 *
 * <p>A replica computes its release's schema name from the release's version and content hash. Under a database-wide
 * lock ({@code pg_advisory_lock} on PostgreSQL, so that replicas starting together wait instead of loading twice) it
 * looks the schema up in the registry, {@code odp_releases} in the database's default schema. A registered release
 * is complete: the replica loads nothing. Otherwise it drops whatever a killed load left under that name, runs the
 * Flyway migrations into the empty schema, and inserts every table and the registry row in one transaction, so a
 * release is registered exactly when all of it is there. Then the replica's connections use that schema and no other:
 * replicas of release N keep reading N's schema while replicas of N+1 load and serve theirs.
 */
@ApplicationScoped
public class ReleaseSchemas {
    private static final Logger LOG = Logger.getLogger(ReleaseSchemas.class);
    /** The advisory lock's key: any constant that no other application on the database uses ("odp-load" in ASCII). */
    static final long LOCK_KEY = 0x6f64702d6c6f6164L;
    static final String REGISTRY = "odp_releases";
    /** The empty, migrated schema that the next release to load becomes: see {@link #columnLimits()}. */
    static final String NEXT = "odp_next";
    /** An in-memory H2 database lives in this JVM only: a JVM lock serves the same purpose as the advisory one. */
    private static final ReentrantLock IN_PROCESS = new ReentrantLock();

    private final AgroalDataSource dataSource;
    private final Flyway flyway;
    private final ReleaseSchemaInterceptor interceptor;
    private volatile String defaultSchema;
    /** Whether {@link #columnLimits()} validated {@value #NEXT} in an in-process database, where nothing else changes it. */
    private volatile boolean nextValidated;

    ReleaseSchemas(AgroalDataSource dataSource, Flyway flyway, ReleaseSchemaInterceptor interceptor) {
        this.dataSource = dataSource;
        this.flyway = flyway;
        this.interceptor = interceptor;
    }

    /** Inserts a release's rows on a connection whose schema is the release's; returns the row count of each table. */
    @FunctionalInterface
    public interface Inserter {
        Map<String, Integer> insert(Connection connection) throws SQLException;
    }

    /**
     * What the registry holds about a loaded release.
     *
     * @param schema the schema that holds it
     * @param loadedAt when its load was committed
     * @param rowCounts rows per table
     * @param cursorSecret the key that signs this release's cursors, the same on every replica that serves it
     * @param loadedHere whether this replica loaded it (false: another replica had)
     */
    public record Loaded(String schema, OffsetDateTime loadedAt, Map<String, Integer> rowCounts, String cursorSecret, boolean loadedHere) {}

    /**
     * From now on, every connection of this replica reads the given release's schema. An in-process database (H2) has
     * no other reader: the releases of earlier starts in this JVM are dropped, so that memory holds one.
     */
    public void serve(Loaded release) {
        try (Connection connection = dataSource.getConnection()) {
            if (!isPostgres(connection)) {
                dropAllBut(connection, release.schema());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop the releases of earlier starts: " + e.getMessage(), e);
        }
        interceptor.use(release.schema());
        // Connections made before the switch use the default schema: close them (those in use, when returned).
        dataSource.flush(AgroalDataSource.FlushMode.GRACEFUL);
    }

    private void dropAllBut(Connection connection, String schema) throws SQLException {
        String registry = registry(defaultSchema(connection));
        IN_PROCESS.lock();
        try (Statement statement = connection.createStatement()) {
            List<String> others = new ArrayList<>();
            try (ResultSet result = statement.executeQuery("SELECT schema_name FROM " + registry + " WHERE schema_name <> '" + schema + "'")) {
                while (result.next()) {
                    others.add(result.getString(1));
                }
            }
            for (String other : others) {
                statement.execute("DROP SCHEMA IF EXISTS \"" + other + "\" CASCADE");
                statement.executeUpdate("DELETE FROM " + registry + " WHERE schema_name = '" + other + "'");
            }
        } finally {
            IN_PROCESS.unlock();
        }
    }

    private static boolean isPostgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }

    /**
     * What each column of this build's migrations can hold, for the reader to check values against before the release
     * is known: read from {@value #NEXT}, an empty schema migrated by this build, which the next load of a release
     * renames to that release's schema (so preparing it costs a load nothing). It is made, or made again when another
     * build's migrations made it, under the same lock as loads. On H2 it is restored from the schema the build migrated
     * ({@link H2SchemaSnapshot}) rather than migrated again, and Flyway validates it either way.
     */
    public ColumnLimits columnLimits() {
        try (Connection control = dataSource.getConnection()) {
            boolean postgres = isPostgres(control);
            defaultSchema(control);
            String next = nextName(control);
            lock(control, postgres, next);
            try {
                if (!schemaExists(control, next) || !migrations(next).validateWithResult().validationSuccessful) {
                    drop(control, next);
                    if (postgres || !restore(control, next)) {
                        migrate(control, next);
                    }
                }
                // In-process, nothing but this replica can change the schema before the load renames it: validated once.
                nextValidated = !postgres;
                return ColumnLimits.of(control, next);
            } finally {
                unlock(control, postgres);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the schema of the next release: " + e.getMessage(), e);
        }
    }

    private static void drop(Connection control, String schema) throws SQLException {
        try (Statement statement = control.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
        }
    }

    /**
     * H2: restores the schema this build's migrations made at build time ({@link H2SchemaSnapshot#RESOURCE}) and has
     * Flyway validate it against the migrations in the jar. False, with nothing left behind, when the jar has no such
     * script, it restores under another name, or Flyway finds it does not match: the caller then migrates.
     */
    private boolean restore(Connection control, String next) throws SQLException {
        if (!next.equals(NEXT.toUpperCase(Locale.ROOT))) {
            return false;
        }
        long began = System.nanoTime();
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(H2SchemaSnapshot.RESOURCE)) {
            if (in == null) {
                return false;
            }
            org.h2.tools.RunScript.execute(control, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable " + H2SchemaSnapshot.RESOURCE, e);
        }
        ValidateResult validation = migrations(next).validateWithResult();
        if (!validation.validationSuccessful) {
            LOG.warnf("The migrated schema in %s does not match this build's migrations (%s): running the migrations instead",
                    H2SchemaSnapshot.RESOURCE, validation.errorDetails == null ? validation.invalidMigrations : validation.errorDetails.errorMessage);
            drop(control, next);
            return false;
        }
        LOG.infof("Restored and validated the migrated schema %s in %d ms", next, (System.nanoTime() - began) / 1_000_000);
        return true;
    }

    private static String nextName(Connection connection) throws SQLException {
        return connection.getMetaData().storesUpperCaseIdentifiers() ? NEXT.toUpperCase(Locale.ROOT) : NEXT;
    }

    private static boolean schemaExists(Connection connection, String schema) throws SQLException {
        try (ResultSet schemas = connection.getMetaData().getSchemas(connection.getCatalog(), schema)) {
            return schemas.next();
        }
    }

    /** Creates the schema (so Flyway records no creation of its own, which would name it) and runs every migration. */
    private void migrate(Connection control, String schema) throws SQLException {
        try (Statement statement = control.createStatement()) {
            statement.execute("CREATE SCHEMA \"" + schema + "\"");
        }
        migrations(schema).migrate();
    }

    /**
     * Whether the release is in the database already, looked up without the lock: a registered release is complete (its
     * rows and its registry row commit together), so a replica that finds it here reads none of the release's files and
     * lets {@link #ensure} check the schema under the lock. False when there is no registry yet, or no database answers
     * the lookup: the replica then reads and checks its files, and {@link #ensure} decides.
     */
    public boolean isRegistered(DatasetVersion version) {
        try (Connection control = dataSource.getConnection()) {
            String schema = schemaName(version, control.getMetaData().storesUpperCaseIdentifiers());
            try (PreparedStatement query = control.prepareStatement(
                    "SELECT 1 FROM " + registry(defaultSchema(control)) + " WHERE schema_name = ? AND sha256 = ?")) {
                query.setString(1, schema);
                query.setString(2, version.sha256());
                try (ResultSet result = query.executeQuery()) {
                    return result.next();
                }
            }
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * The release's history of releases, read from the release's own {@code releases} table (what {@link RecordHistory}
     * keeps once a release is loaded): the changes feed needs no file of the release.
     */
    public List<RecordHistory.Release> releases(Loaded release) {
        try (Connection connection = dataSource.getConnection()) {
            String previous = connection.getSchema();
            connection.setSchema(release.schema());
            List<RecordHistory.Release> releases = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("SELECT version, released_on FROM releases")) {
                while (result.next()) {
                    releases.add(new RecordHistory.Release(result.getString(1), result.getObject(2, java.time.LocalDate.class), 0));
                }
            } finally {
                connection.setSchema(previous);
            }
            return RecordHistory.inOrder(releases);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the releases of " + release.schema() + ": " + e.getMessage(), e);
        }
    }

    /** Makes sure the release is in the database, loading it if no replica has; {@link #serve} then switches to it. */
    public Loaded ensure(DatasetVersion version, Inserter inserter) {
        try (Connection control = dataSource.getConnection()) {
            boolean postgres = isPostgres(control);
            String defaultSchema = defaultSchema(control);
            String schema = schemaName(version, control.getMetaData().storesUpperCaseIdentifiers());
            Loaded loaded;
            lock(control, postgres, schema);
            try {
                createRegistry(control, defaultSchema);
                loaded = find(control, defaultSchema, schema);
                if (loaded != null) {
                    checkTables(control, schema, version, loaded.rowCounts().keySet());
                    validate(schema, version);
                    LOG.infof("Release %s is already in the database (schema %s, loaded %s): nothing to load", version.tag(), schema, loaded.loadedAt());
                } else {
                    loaded = load(control, defaultSchema, schema, version, inserter);
                }
            } finally {
                unlock(control, postgres);
            }
            return loaded;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load release " + version.tag() + " into the database: " + e.getMessage(), e);
        }
    }

    /**
     * The schema the database gives a new connection (public on PostgreSQL, PUBLIC on H2): where the registry lives.
     * Read before this replica's connections switch to its release's schema, which {@link #serve} does after ensure.
     */
    private String defaultSchema(Connection connection) throws SQLException {
        if (defaultSchema == null) {
            defaultSchema = connection.getSchema();
        }
        return defaultSchema;
    }

    /** release_ + the version and the first 12 hex digits of the content hash, as the database spells identifiers. */
    static String schemaName(DatasetVersion version, boolean upperCase) {
        String name = ("release_" + version.version() + "_" + version.sha256().substring(0, 12)).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        if (name.length() > 63) {
            name = name.substring(0, 50) + "_" + version.sha256().substring(0, 12);
        }
        return upperCase ? name.toUpperCase(Locale.ROOT) : name;
    }

    private static void lock(Connection control, boolean postgres, String schema) throws SQLException {
        if (!postgres) {
            IN_PROCESS.lock();
            return;
        }
        try (Statement statement = control.createStatement()) {
            // Another replica holding the lock is loading a release: wait for it rather than load twice.
            if (tryLock(statement)) {
                return;
            }
            LOG.infof("Another replica is loading a release; waiting for it before looking for %s", schema);
            statement.execute("SELECT pg_advisory_lock(" + LOCK_KEY + ")");
        }
    }

    private static boolean tryLock(Statement statement) throws SQLException {
        try (ResultSet result = statement.executeQuery("SELECT pg_try_advisory_lock(" + LOCK_KEY + ")")) {
            result.next();
            return result.getBoolean(1);
        }
    }

    private static void unlock(Connection control, boolean postgres) throws SQLException {
        if (!postgres) {
            IN_PROCESS.unlock();
            return;
        }
        try (Statement statement = control.createStatement()) {
            statement.execute("SELECT pg_advisory_unlock(" + LOCK_KEY + ")");
        }
    }

    private static void createRegistry(Connection control, String defaultSchema) throws SQLException {
        try (Statement statement = control.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS " + registry(defaultSchema) + " ("
                    + "schema_name VARCHAR(63) PRIMARY KEY, "
                    + "tag VARCHAR(100) NOT NULL, "
                    + "sha256 VARCHAR(64) NOT NULL, "
                    + "loaded_at TIMESTAMP WITH TIME ZONE NOT NULL, "
                    + "row_counts VARCHAR(8000) NOT NULL, "
                    + "cursor_secret VARCHAR(64) NOT NULL)");
        }
    }

    private static String registry(String defaultSchema) {
        return "\"" + defaultSchema + "\"." + REGISTRY;
    }

    private static Loaded find(Connection control, String defaultSchema, String schema) throws SQLException {
        try (PreparedStatement query = control.prepareStatement(
                "SELECT loaded_at, row_counts, cursor_secret FROM " + registry(defaultSchema) + " WHERE schema_name = ?")) {
            query.setString(1, schema);
            try (ResultSet result = query.executeQuery()) {
                if (!result.next()) {
                    return null;
                }
                return new Loaded(schema, result.getObject(1, OffsetDateTime.class), parseCounts(result.getString(2)), result.getString(3), false);
            }
        } catch (SQLException | RuntimeException e) {
            throw new IllegalStateException("The table " + registry(defaultSchema) + " is not this service's registry of releases"
                    + " (another program's table of that name, or a corrupt one): " + e.getMessage()
                    + ". Use a database of the service's own, or drop that table if it is a leftover.", e);
        }
    }

    /** A registered schema whose migrations differ from this build's is not this build's: refuse to serve it. */
    private void validate(String schema, DatasetVersion version) {
        ValidateResult result = migrations(schema).validateWithResult();
        if (!result.validationSuccessful) {
            String errors = result.invalidMigrations == null ? String.valueOf(result.errorDetails)
                    : result.invalidMigrations.stream().map(m -> m.version + " " + m.description + ": " + m.errorDetails.errorMessage).collect(Collectors.joining("; "));
            throw new IllegalStateException("The database's schema " + schema + " for release " + version.tag()
                    + " does not match this build's migrations (a corrupt schema, or one made by another build of the service): " + errors
                    + ". Drop that schema and its row in " + REGISTRY + " to load the release again.");
        }
    }

    /**
     * A registered release whose schema lacks a table it was loaded with was changed by hand (or by something else):
     * refuse to serve it rather than answer 500 on every request that reads the missing table.
     */
    private static void checkTables(Connection control, String schema, DatasetVersion version, java.util.Set<String> tables) throws SQLException {
        java.util.Set<String> present = new java.util.HashSet<>();
        try (ResultSet result = control.getMetaData().getTables(control.getCatalog(), schema, "%", new String[] {"TABLE"})) {
            while (result.next()) {
                present.add(result.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        List<String> missing = tables.stream().filter(t -> !present.contains(t.toLowerCase(Locale.ROOT))).sorted().toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The database's schema " + schema + " for release " + version.tag() + " is registered in "
                    + REGISTRY + " as loaded, but these tables are missing: " + String.join(", ", missing)
                    + ". The schema is corrupt (changed by hand, or by another program): drop it and its row in " + REGISTRY
                    + " to load the release again.");
        }
    }

    private Flyway migrations(String schema) {
        return Flyway.configure(Thread.currentThread().getContextClassLoader()).configuration(flyway.getConfiguration())
                .schemas(schema).defaultSchema(schema).createSchemas(true).load();
    }

    private Loaded load(Connection control, String defaultSchema, String schema, DatasetVersion version, Inserter inserter) throws SQLException {
        long began = System.nanoTime();
        LOG.infof("Loading release %s into schema %s", version.tag(), schema);
        try (Statement statement = control.createStatement()) {
            // What a replica killed in the middle of a load left behind: never registered, so never served.
            statement.execute("DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
        }
        String next = nextName(control);
        boolean validated = nextValidated;
        nextValidated = false;
        if (schemaExists(control, next) && (validated || migrations(next).validateWithResult().validationSuccessful)) {
            // The schema columnLimits() prepared: already migrated, empty, and this build's.
            try (Statement statement = control.createStatement()) {
                statement.execute("ALTER SCHEMA \"" + next + "\" RENAME TO \"" + schema + "\"");
            }
        } else {
            migrate(control, schema);
        }
        try (Connection data = dataSource.getConnection()) {
            String previous = data.getSchema();
            data.setAutoCommit(false);
            try {
                data.setSchema(schema);
                Map<String, Integer> counts = inserter.insert(data);
                byte[] secret = new byte[32];
                new SecureRandom().nextBytes(secret);
                OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                try (PreparedStatement register = data.prepareStatement("INSERT INTO " + registry(defaultSchema)
                        + " (schema_name, tag, sha256, loaded_at, row_counts, cursor_secret) VALUES (?, ?, ?, ?, ?, ?)")) {
                    register.setString(1, schema);
                    register.setString(2, version.tag());
                    register.setString(3, version.sha256());
                    register.setObject(4, now);
                    register.setString(5, formatCounts(counts));
                    register.setString(6, HexFormat.of().formatHex(secret));
                    register.executeUpdate();
                }
                data.commit();
                LOG.infof("Loaded release %s into schema %s in %d ms", version.tag(), schema, (System.nanoTime() - began) / 1_000_000);
                return new Loaded(schema, now, counts, HexFormat.of().formatHex(secret), true);
            } catch (SQLException | RuntimeException e) {
                data.rollback();
                throw e;
            } finally {
                data.setSchema(previous);
                data.setAutoCommit(true);
            }
        }
    }

    private static String formatCounts(Map<String, Integer> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
    }

    private static Map<String, Integer> parseCounts(String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String pair : text.split(",")) {
            if (!pair.isEmpty()) {
                int eq = pair.indexOf('=');
                counts.put(pair.substring(0, eq), Integer.valueOf(pair.substring(eq + 1)));
            }
        }
        return counts;
    }
}
