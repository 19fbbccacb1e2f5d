package org.opendrugpolicy;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * When the tests are built for PostgreSQL ({@code -Dquarkus.datasource.db-kind=postgresql}, as the pom's
 * postgresql-tests execution does), every {@code @QuarkusTest} application uses one private {@link PostgresServer}
 * for the whole test JVM: applications that start with another dataset load it as another release, beside the
 * others, as replicas do. On H2 (the default) this does nothing.
 */
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {
    /** Whether this test run is built for PostgreSQL. */
    public static boolean active() {
        return "postgresql".equals(System.getProperty("quarkus.datasource.db-kind"));
    }

    @Override
    public Map<String, String> start() {
        if (!active()) {
            return Map.of();
        }
        PostgresServer server = PostgresServer.shared();
        return Map.of("quarkus.datasource.jdbc.url", server.jdbcUrl(PostgresServer.USER), "quarkus.datasource.username", PostgresServer.USER);
    }

    @Override
    public void stop() {
        // The server serves every application of this JVM; PostgresServer.shared() stops it when the JVM exits.
    }
}
