package org.opendrugpolicy.http;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Context;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import org.opendrugpolicy.api.ProblemType;
import org.opendrugpolicy.api.Text;

/**
 * Answers 503 with Retry-After when a request has had no answer for {@code odp.limits.request-timeout}, so that a
 * stuck query cannot hold a client forever. The work itself is not interrupted: when it ends, its answer is
 * dropped, because Vert.x refuses to write on a response that has ended. Nothing reaches the connection after the
 * 503, so a keep-alive client can go on using it. A response whose head is written (an export streaming to a slow
 * client) is left alone: the idle timeout guards those.
 *
 * <p>One periodic sweep instead of a timer per request: {@link Edge} hands over only the requests that go on to the
 * REST layer (an answer from memory is sent at once and needs no watch), they are kept in a set while they run, and a
 * timer every tenth of the time-out (at most {@value #MAX_SWEEP_MILLIS} ms) answers those over it. So the 503 comes
 * between the time-out and the time-out plus one sweep period.
 */
@Singleton
class RequestTimeout {
    static final long MAX_SWEEP_MILLIS = 100;
    private static final Logger LOG = Logger.getLogger(RequestTimeout.class);

    /**
     * A request being answered by the REST layer, with the headers the edge gave it (request id, security, CORS). Not a
     * record: the set compares identities, not headers.
     */
    private static final class Watched {
        final RoutingContext context;
        final Context vertxContext;
        final long deadline;
        final MultiMap before;

        Watched(RoutingContext context, Context vertxContext, long deadline, MultiMap before) {
            this.context = context;
            this.vertxContext = vertxContext;
            this.deadline = deadline;
            this.before = before;
        }
    }

    private final long millis;
    private final String waited;
    private final String retryAfter;
    private final Set<Watched> running = ConcurrentHashMap.newKeySet();
    private long sweeper = -1;

    RequestTimeout(RequestLimitsConfig limits) {
        this.millis = limits.requestTimeout().toMillis();
        this.waited = millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
        this.retryAfter = String.valueOf(Math.max(1, (millis + 999) / 1000));
    }

    void start(@Observes StartupEvent started, Vertx vertx) {
        if (millis > 0) {
            sweeper = vertx.setPeriodic(Math.max(1, Math.min(MAX_SWEEP_MILLIS, millis / 10)), id -> sweep());
        }
    }

    void stop(@Observes ShutdownEvent stopped, Vertx vertx) {
        if (sweeper >= 0) {
            vertx.cancelTimer(sweeper);
        }
    }

    /** Watches a request that goes on to the REST layer, until its response ends or its head is written. */
    void watch(RoutingContext context) {
        if (millis <= 0) {
            return;
        }
        // The headers so far are ours (request id, security, CORS); anything added later belongs to the late answer.
        MultiMap before = HttpHeaders.headers().addAll(context.response().headers());
        Watched watched = new Watched(context, Vertx.currentContext(), System.nanoTime() + millis * 1_000_000, before);
        running.add(watched);
        context.addEndHandler(ended -> running.remove(watched));
    }

    private void sweep() {
        long now = System.nanoTime();
        for (Watched watched : running) {
            HttpServerResponse response = watched.context.response();
            if (response.headWritten() || response.closed()) {
                running.remove(watched);
            } else if (now - watched.deadline >= 0) {
                running.remove(watched);
                // On the request's own event loop, as a timer of its own would have run.
                if (watched.vertxContext == null) {
                    expire(watched);
                } else {
                    watched.vertxContext.runOnContext(v -> expire(watched));
                }
            }
        }
    }

    private void expire(Watched watched) {
        RoutingContext context = watched.context;
        HttpServerResponse response = context.response();
        // Vert.x guards a response's state with its connection's lock: holding it, the late answer (on a worker
        // thread) cannot write its head between this check and the end of the 503.
        synchronized (context.request().connection()) {
            if (response.headWritten() || response.closed()) {
                return;
            }
            response.headers().clear().addAll(watched.before).set(HttpHeaders.RETRY_AFTER, retryAfter);
            TransportProblems.send(context, ProblemType.REQUEST_TIMEOUT,
                    "No answer within " + waited + "; the service is busy. Retry after " + retryAfter + " s.");
        }
        LOG.warnf("No answer within %s, answered 503: %s %s (request id %s)", waited, context.request().method(),
                Text.quote(String.valueOf(context.request().uri()), 300), Edge.requestIdOf(response));
    }
}
