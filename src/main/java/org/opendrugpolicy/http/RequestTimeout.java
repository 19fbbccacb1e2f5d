package org.opendrugpolicy.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.opendrugpolicy.api.FilterOrder;
import org.opendrugpolicy.api.Text;

/**
 * Answers 503 with Retry-After when a request has had no answer for {@code odp.limits.request-timeout}, so that a
 * stuck query cannot hold a client forever. The work itself is not interrupted: when it ends, its answer is
 * dropped, because Vert.x refuses to write on a response that has ended. Nothing reaches the connection after the
 * 503, so a keep-alive client can go on using it. A response whose head is written (an export streaming to a slow
 * client) is left alone: the idle timeout guards those.
 */
class RequestTimeout {
    /** Filter priority: after the request id (1000) and CORS (300), so the 503 carries their headers. */
    static final int PRIORITY = FilterOrder.TIMEOUT;

    private static final Logger LOG = Logger.getLogger(RequestTimeout.class);

    void register(@Observes Filters filters, RequestLimitsConfig limits) {
        long millis = limits.requestTimeout().toMillis();
        if (millis <= 0) {
            return;
        }
        String waited = millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
        String retryAfter = String.valueOf(Math.max(1, (millis + 999) / 1000));
        filters.register(context -> {
            // The headers so far are ours (request id, security, CORS); anything added later belongs to the late answer.
            MultiMap before = HttpHeaders.headers().addAll(context.response().headers());
            long timer = context.vertx().setTimer(millis, id -> expire(context, before, waited, retryAfter));
            context.addEndHandler(ended -> context.vertx().cancelTimer(timer));
            context.next();
        }, PRIORITY);
    }

    private static void expire(RoutingContext context, MultiMap before, String waited, String retryAfter) {
        HttpServerResponse response = context.response();
        // Vert.x guards a response's state with its connection's lock: holding it, the late answer (on a worker
        // thread) cannot write its head between this check and the end of the 503.
        synchronized (context.request().connection()) {
            if (response.headWritten() || response.closed()) {
                return;
            }
            response.headers().clear().addAll(before).set(HttpHeaders.RETRY_AFTER, retryAfter);
            TransportProblems.send(context, 503, "request-timeout", "Service unavailable",
                    "No answer within " + waited + "; the service is busy. Retry after " + retryAfter + " s.");
        }
        LOG.warnf("No answer within %s, answered 503: %s %s (request id %s)", waited, context.request().method(),
                Text.quote(String.valueOf(context.request().uri()), 300), RequestIds.of(response));
    }
}
