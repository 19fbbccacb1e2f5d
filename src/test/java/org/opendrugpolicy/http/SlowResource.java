package org.opendrugpolicy.http;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Exists only in tests: an endpoint that takes as long as it is told, to see what a client gets from a request timeout. */
@Path("/test-only/slow")
public class SlowResource {
    private static final Map<Integer, Semaphore> FINISHED = new ConcurrentHashMap<>();

    /** One permit per answer computed for this duration, even one computed too late to be sent. */
    static Semaphore finished(int millis) {
        return FINISHED.computeIfAbsent(millis, m -> new Semaphore(0));
    }

    @GET
    @Operation(hidden = true)
    public String slow(@QueryParam("millis") int millis) throws InterruptedException {
        Thread.sleep(millis);
        finished(millis).release();
        return "slept " + millis + " ms";
    }
}
