package org.opendrugpolicy.http;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.sql.SQLException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Exists only in tests: an endpoint whose database cannot be reached, as a pool's connection attempt reports it (SQL
 * state 08001, wrapped by the persistence layer), to see what a client gets from a database outage without stopping one.
 */
@Path("/test-only/database-away")
public class DatabaseAwayResource {
    @GET
    @Operation(hidden = true)
    public String away() {
        throw new IllegalStateException("Unable to acquire JDBC Connection",
                new SQLException("Connection to localhost:5432 refused", "08001"));
    }
}
