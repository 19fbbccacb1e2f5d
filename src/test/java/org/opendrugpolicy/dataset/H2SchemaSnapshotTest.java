package org.opendrugpolicy.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.tools.RunScript;
import org.junit.jupiter.api.Test;

/**
 * The migrated H2 schema that the build writes ({@link H2SchemaSnapshot}) and start-up restores instead of migrating is
 * the schema the migrations make, column by column, key by key and index by index; and Flyway's validation, which
 * start-up runs on it, refuses it when it does not come from this build's migrations.
 */
class H2SchemaSnapshotTest {
    private static final String SCHEMA = "ODP_NEXT";

    private static Connection database(String url) throws SQLException {
        return DriverManager.getConnection(url, "odp", "");
    }

    private static String url() {
        return "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;NON_KEYWORDS=YEAR,VALUE";
    }

    private static Flyway flyway(String url) {
        return Flyway.configure().dataSource(url, "odp", "").locations("classpath:db/migration", "classpath:db/vendor/h2")
                .schemas(SCHEMA).defaultSchema(SCHEMA).createSchemas(true).load();
    }

    private static void restore(Connection connection) throws Exception {
        try (InputStream in = H2SchemaSnapshotTest.class.getClassLoader().getResourceAsStream(H2SchemaSnapshot.RESOURCE)) {
            assertNotNull(in, H2SchemaSnapshot.RESOURCE + " is missing: the build's process-classes step writes it");
            RunScript.execute(connection, new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    /** Every row of a query on the schema's metadata, each as one line, in order. */
    private static List<String> rows(Connection connection, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            ResultSetMetaData meta = result.getMetaData();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.append(meta.getColumnLabel(i)).append('=').append(result.getString(i)).append(' ');
                }
                rows.add(row.toString().trim());
            }
        }
        return rows;
    }

    /** The schema's shape: names are the migrations' own; H2's generated constraint names are left out. */
    private static List<String> shape(Connection connection) throws SQLException {
        List<String> shape = new ArrayList<>();
        shape.addAll(rows(connection, "SELECT TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION,"
                + " NUMERIC_SCALE, IS_NULLABLE, COLUMN_DEFAULT FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = '" + SCHEMA
                + "' ORDER BY TABLE_NAME, ORDINAL_POSITION"));
        shape.addAll(rows(connection, "SELECT I.TABLE_NAME, I.INDEX_NAME, I.INDEX_TYPE_NAME, C.COLUMN_NAME, C.ORDINAL_POSITION, C.ORDERING_SPECIFICATION"
                + " FROM INFORMATION_SCHEMA.INDEXES I JOIN INFORMATION_SCHEMA.INDEX_COLUMNS C ON C.INDEX_SCHEMA = I.INDEX_SCHEMA"
                + " AND C.INDEX_NAME = I.INDEX_NAME WHERE I.INDEX_SCHEMA = '" + SCHEMA + "' AND I.INDEX_NAME NOT LIKE 'CONSTRAINT%'"
                + " AND I.INDEX_NAME NOT LIKE 'PRIMARY_KEY%' ORDER BY I.TABLE_NAME, I.INDEX_NAME, C.ORDINAL_POSITION"));
        shape.addAll(rows(connection, "SELECT T.TABLE_NAME, T.CONSTRAINT_TYPE, K.COLUMN_NAME, K.ORDINAL_POSITION,"
                + " R.UNIQUE_CONSTRAINT_NAME IS NOT NULL AS REFERENCES_ANOTHER FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS T"
                + " LEFT JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE K ON K.CONSTRAINT_SCHEMA = T.CONSTRAINT_SCHEMA AND K.CONSTRAINT_NAME = T.CONSTRAINT_NAME"
                + " LEFT JOIN INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS R ON R.CONSTRAINT_SCHEMA = T.CONSTRAINT_SCHEMA AND R.CONSTRAINT_NAME = T.CONSTRAINT_NAME"
                + " WHERE T.CONSTRAINT_SCHEMA = '" + SCHEMA + "' ORDER BY T.TABLE_NAME, T.CONSTRAINT_TYPE, K.COLUMN_NAME, K.ORDINAL_POSITION"));
        shape.addAll(rows(connection, "SELECT TABLE_NAME, CHECK_CLAUSE FROM INFORMATION_SCHEMA.CHECK_CONSTRAINTS C JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS T"
                + " ON T.CONSTRAINT_SCHEMA = C.CONSTRAINT_SCHEMA AND T.CONSTRAINT_NAME = C.CONSTRAINT_NAME WHERE C.CONSTRAINT_SCHEMA = '" + SCHEMA
                + "' ORDER BY TABLE_NAME, CHECK_CLAUSE"));
        return shape;
    }

    @Test
    void theRestoredSchemaIsTheMigratedOne() throws Exception {
        String migratedUrl = url();
        String restoredUrl = url();
        try (Connection migrated = database(migratedUrl); Connection restored = database(restoredUrl)) {
            try (Statement statement = migrated.createStatement()) {
                statement.execute("CREATE SCHEMA \"" + SCHEMA + "\"");
            }
            flyway(migratedUrl).migrate();
            restore(restored);
            List<String> expected = shape(migrated);
            assertTrue(expected.size() > 100, "the migrations make tables, columns, keys and indexes: " + expected.size() + " rows");
            assertEquals(expected, shape(restored));
            assertEquals(rows(migrated, "SELECT \"version\", \"checksum\" FROM \"" + SCHEMA + "\".\"flyway_schema_history\" ORDER BY \"installed_rank\""),
                    rows(restored, "SELECT \"version\", \"checksum\" FROM \"" + SCHEMA + "\".\"flyway_schema_history\" ORDER BY \"installed_rank\""));
            assertEquals(0, rows(restored, "SELECT * FROM INFORMATION_SCHEMA.USERS WHERE USER_NAME <> 'ODP'").size(), "the script makes no user");
        }
    }

    @Test
    void flywayValidatesTheRestoredSchemaAndRefusesOneFromOtherMigrations() throws Exception {
        String restoredUrl = url();
        try (Connection restored = database(restoredUrl)) {
            restore(restored);
            assertTrue(flyway(restoredUrl).validateWithResult().validationSuccessful, "the script is this build's migrations");
            // A script from another build: one migration's checksum differs from the one in the classes.
            try (Statement statement = restored.createStatement()) {
                statement.executeUpdate("UPDATE \"" + SCHEMA + "\".\"flyway_schema_history\" SET \"checksum\" = \"checksum\" + 1 WHERE \"version\" = '4'");
            }
            assertFalse(flyway(restoredUrl).validateWithResult().validationSuccessful, "another build's schema is refused");
        }
    }
}
