package org.opendrugpolicy.dataset;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Releases in the database, on H2 and (in the postgresql-tests execution) on PostgreSQL: each in its own schema,
 * loaded once, registered only when complete. The releases made here are fictitious versions loaded beside the one
 * this application serves, which must go on answering from its own schema throughout.
 */
@QuarkusTest
class ReleaseSchemasTest {
    /** The management interface (its own port: health, readiness, metrics), ending in /q/. */
    @TestHTTPResource(management = true)
    String management;

    @Inject
    ReleaseSchemas schemas;
    @Inject
    DatasetLoader loader;
    @Inject
    AgroalDataSource dataSource;

    private static DatasetVersion fictitious() {
        String hash = UUID.randomUUID().toString().replace("-", "") + "00000000000000000000000000000000";
        return DatasetVersion.of("1999.01.01", "1999-01-01T00:00:00Z", hash.substring(0, 64));
    }

    /** Inserts one topic, so the load is visible, and counts how often it was asked to. */
    private static ReleaseSchemas.Inserter oneTopic(AtomicInteger calls) {
        return connection -> {
            calls.incrementAndGet();
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO topics (id, name) VALUES ('only', 'The only topic')");
            }
            return Map.of("topics", 1);
        };
    }

    private int count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        }
    }

    private String registry() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            // The replica's connections read the release's schema; the registry is in the database's default one.
            return connection.getMetaData().storesUpperCaseIdentifiers() ? "PUBLIC.ODP_RELEASES" : "public.odp_releases";
        }
    }

    /**
     * The reader checks values against the columns of this build's migrations, read from odp_next (on PostgreSQL as on
     * H2, not from the default schema, which holds no tables); the next load takes that schema over instead of
     * migrating one of its own.
     */
    @Test
    void columnLimitsComeFromTheNextReleasesSchemaWhichTheNextLoadTakes() throws SQLException {
        ColumnLimits limits = schemas.columnLimits();
        assertEquals(500, limits.of("side_event_hosts", "name_as_listed").maxLength());
        assertEquals(2, limits.of("countries", "iso2").maxLength());
        assertEquals(Integer.MAX_VALUE, limits.of("side_events", "attendance").max());
        assertTrue(schemaExists(ReleaseSchemas.NEXT));

        DatasetVersion version = fictitious();
        schemas.ensure(version, oneTopic(new AtomicInteger()));
        assertFalse(schemaExists(ReleaseSchemas.NEXT), "the load migrated a schema of its own instead of taking odp_next");
        assertTrue(schemaExists(ReleaseSchemas.schemaName(version, false)));
        // Asked again, it prepares the next one.
        assertEquals(500, schemas.columnLimits().of("side_event_hosts", "name_as_listed").maxLength());
        assertTrue(schemaExists(ReleaseSchemas.NEXT));
    }

    private boolean schemaExists(String name) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String spelled = connection.getMetaData().storesUpperCaseIdentifiers() ? name.toUpperCase(java.util.Locale.ROOT) : name;
            try (ResultSet schemas = connection.getMetaData().getSchemas(connection.getCatalog(), spelled)) {
                while (schemas.next()) {
                    if (schemas.getString("TABLE_SCHEM").equals(spelled)) {
                        return true;
                    }
                }
                return false;
            }
        }
    }

    @Test
    void readinessNamesTheReleaseAndTheSchemaThatHoldsIt() {
        String tag = loader.version().tag();
        given().get(management + "health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'dataset' }.data.version", equalTo(tag))
                .body("checks.find { it.name == 'dataset' }.data.schema", equalTo(loader.schema()));
        assertTrue(loader.schema().equalsIgnoreCase(("release_" + loader.version().version() + "_" + loader.version().sha256().substring(0, 12)).replace('.', '_')),
                loader.schema());
    }

    @Test
    void aReleaseIsLoadedOnceAndFoundTheNextTime() throws Exception {
        DatasetVersion version = fictitious();
        AtomicInteger calls = new AtomicInteger();

        ReleaseSchemas.Loaded first = schemas.ensure(version, oneTopic(calls));
        ReleaseSchemas.Loaded again = schemas.ensure(version, oneTopic(calls));

        assertTrue(first.loadedHere());
        assertFalse(again.loadedHere());
        assertEquals(1, calls.get(), "the second start loaded the release again");
        assertEquals(first.schema(), again.schema());
        assertEquals(first.cursorSecret(), again.cursorSecret(), "replicas of one release must sign cursors with one key");
        assertEquals(Map.of("topics", 1), again.rowCounts());
        assertEquals(1, count("SELECT count(*) FROM " + first.schema() + ".topics"));
        assertEquals(1, count("SELECT count(*) FROM " + registry() + " WHERE schema_name = '" + first.schema() + "'"));
        // The release this application serves is untouched, and still the one it answers from.
        given().get("/api/v1").then().statusCode(200).body("dataset.tag", equalTo(loader.version().tag()));
        given().get("/api/v1/topics").then().statusCode(200).body("data.id", org.hamcrest.Matchers.not(hasItem("only")));
    }

    @Test
    void replicasStartingTogetherLoadOnceAndTheOthersWait() throws Exception {
        DatasetVersion version = fictitious();
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService replicas = Executors.newFixedThreadPool(4);
        try {
            List<Future<ReleaseSchemas.Loaded>> starts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                starts.add(replicas.submit(() -> {
                    go.await();
                    return schemas.ensure(version, connection -> {
                        pause(500); // a load that takes a while, so the others arrive during it
                        return oneTopic(calls).insert(connection);
                    });
                }));
            }
            go.countDown();
            int loadedHere = 0;
            for (Future<ReleaseSchemas.Loaded> start : starts) {
                ReleaseSchemas.Loaded loaded = start.get(120, TimeUnit.SECONDS);
                loadedHere += loaded.loadedHere() ? 1 : 0;
                assertEquals(Map.of("topics", 1), loaded.rowCounts());
            }
            assertEquals(1, calls.get());
            assertEquals(1, loadedHere);
        } finally {
            replicas.shutdownNow();
        }
    }

    @Test
    void aFailedLoadIsNeverRegisteredAndTheNextStartFinishesTheJob() throws Exception {
        DatasetVersion version = fictitious();
        String schema = ReleaseSchemas.schemaName(version, dataSource.getConnection().getMetaData().storesUpperCaseIdentifiers());

        IllegalStateException failed = assertThrows(IllegalStateException.class, () -> schemas.ensure(version, connection -> {
            oneTopic(new AtomicInteger()).insert(connection);
            throw new SQLException("the replica died here");
        }));
        assertTrue(failed.getMessage().contains(version.tag()), failed.getMessage());
        assertEquals(0, count("SELECT count(*) FROM " + registry() + " WHERE schema_name = '" + schema + "'"));
        assertEquals(0, count("SELECT count(*) FROM " + schema + ".topics"), "rows of a failed load are visible");

        AtomicInteger calls = new AtomicInteger();
        ReleaseSchemas.Loaded retried = schemas.ensure(version, oneTopic(calls));
        assertTrue(retried.loadedHere());
        assertEquals(1, calls.get());
        assertEquals(1, count("SELECT count(*) FROM " + schema + ".topics"));
    }

    @Test
    void aSchemaWhoseMigrationsDifferFromThisBuildsIsRefused() throws Exception {
        DatasetVersion version = fictitious();
        ReleaseSchemas.Loaded loaded = schemas.ensure(version, oneTopic(new AtomicInteger()));
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            String history = connection.getMetaData().storesUpperCaseIdentifiers() ? "\"flyway_schema_history\"" : "flyway_schema_history";
            statement.executeUpdate("UPDATE " + loaded.schema() + "." + history + " SET " + quoted(connection, "checksum") + " = 12345 WHERE "
                    + quoted(connection, "version") + " = '1'");
        }

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> schemas.ensure(version, oneTopic(new AtomicInteger())));
        assertTrue(refused.getMessage().contains("does not match this build's migrations"), refused.getMessage());
        assertTrue(refused.getMessage().contains(loaded.schema()), refused.getMessage());
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String quoted(Connection connection, String column) throws SQLException {
        return connection.getMetaData().storesUpperCaseIdentifiers() ? "\"" + column + "\"" : column;
    }

    @Test
    void aReplicaThatHasNotLoadedServesNothing() {
        assertNull(new DatasetLoader(null, null, null).schema());
        assertNull(new DatasetLoader(null, null, null).cursorSecret());
    }
}
