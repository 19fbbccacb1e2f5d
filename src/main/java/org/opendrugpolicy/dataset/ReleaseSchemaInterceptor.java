package org.opendrugpolicy.dataset;

import io.agroal.api.AgroalPoolInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Points every new database connection at the schema of the release this replica serves, so that entities and
 * queries name tables without a schema and without a release column. Set once per connection, when the pool
 * creates it: {@link ReleaseSchemas} empties the pool when it switches, and a replica switches once, at start-up.
 */
@ApplicationScoped
class ReleaseSchemaInterceptor implements AgroalPoolInterceptor {
    private volatile String schema;

    void use(String schema) {
        this.schema = schema;
    }

    /** The schema new connections use; null until the release is in the database. */
    String schema() {
        return schema;
    }

    @Override
    public void onConnectionCreate(Connection connection) {
        String current = schema;
        if (current == null) {
            return;
        }
        try {
            connection.setSchema(current);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not select the release schema " + current + ": " + e.getMessage(), e);
        }
    }
}
