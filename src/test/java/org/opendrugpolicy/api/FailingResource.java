package org.opendrugpolicy.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Exists only in tests: an endpoint that fails, to see what a client gets from an unexpected error. */
@Path("/test-only/failure")
public class FailingResource {
    @GET
    @Operation(hidden = true)
    public String fail() {
        throw new IllegalStateException("secret internal detail at org.example.Db.connect(Db.java:42)");
    }
}
