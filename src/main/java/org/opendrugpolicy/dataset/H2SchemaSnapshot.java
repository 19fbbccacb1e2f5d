package org.opendrugpolicy.dataset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.flywaydb.core.Flyway;

/**
 * A build step (run by the pom's exec-maven-plugin, at process-classes): runs this build's Flyway migrations into an
 * empty in-memory H2 schema named {@value ReleaseSchemas#NEXT} and writes that schema, with Flyway's history table, as
 * H2's own SQL script ({@value #RESOURCE} in the classes).
 *
 * <p>An embedded H2 database starts empty at every start-up, so the service used to migrate it every time, and H2 runs
 * each {@code ALTER TABLE ... ADD COLUMN} of the later migrations by copying the table: the largest part of what Flyway
 * cost a start. {@link ReleaseSchemas} restores this script instead (a few {@code CREATE} statements), then has Flyway
 * validate it against the migrations in the jar, as before: a script that does not match them is dropped and the
 * migrations run as they used to. PostgreSQL never uses it.
 */
public final class H2SchemaSnapshot {
    /** Where the script is, on the classpath. */
    public static final String RESOURCE = "db/h2/odp_next.sql";

    private H2SchemaSnapshot() {}

    /** {@code args[0]}: the classes directory, where the migrations are and the script is written. */
    public static void main(String[] args) throws Exception {
        Path classes = Path.of(args[0]);
        Path script = classes.resolve(RESOURCE);
        Files.createDirectories(script.getParent());
        String schema = ReleaseSchemas.NEXT.toUpperCase(java.util.Locale.ROOT);
        // The service's own URL options and user, so that the script restores into its database as made here.
        String url = "jdbc:h2:mem:snapshot;DB_CLOSE_DELAY=-1;NON_KEYWORDS=YEAR,VALUE";
        try (Connection connection = DriverManager.getConnection(url, "odp", "")) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA \"" + schema + "\"");
            }
            Flyway.configure(H2SchemaSnapshot.class.getClassLoader())
                    .dataSource(url, "odp", "")
                    .locations("classpath:db/migration", "classpath:db/vendor/h2")
                    .schemas(schema).defaultSchema(schema).createSchemas(true)
                    .load().migrate();
            try (Statement statement = connection.createStatement()) {
                statement.execute("SCRIPT NOPASSWORDS NOSETTINGS TO '" + script.toAbsolutePath().toString().replace("'", "''") + "' SCHEMA \"" + schema + "\"");
            }
        }
        // The schema only: no user of this build's database (the service's own user runs the script) and no owner.
        String sql = Files.readString(script);
        String kept = sql.lines().filter(line -> !line.startsWith("CREATE USER "))
                .map(line -> line.replace(" AUTHORIZATION \"ODP\"", "")).collect(java.util.stream.Collectors.joining("\n", "", "\n"));
        if (kept.contains("AUTHORIZATION") || kept.contains("CREATE USER") || !kept.contains("CREATE SCHEMA IF NOT EXISTS \"" + schema + "\";")) {
            throw new IllegalStateException("H2's SCRIPT output changed form: check " + script);
        }
        Files.writeString(script, kept);
        System.out.println("Wrote the migrated H2 schema " + schema + " to " + script);
    }
}
