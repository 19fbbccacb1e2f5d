package org.opendrugpolicy.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import org.opendrugpolicy.api.FilterOrder;

/**
 * CORS for a public, read-only API without credentials: every answer, with or without an {@code Origin}, carries
 * {@code Access-Control-Allow-Origin: *} and the same exposed headers, so an answer a shared cache or CDN stored for
 * one site (or for a request without {@code Origin}) is right for every other site, and {@code Vary} needs no
 * {@code Origin}. A preflight is answered here, before rate limiting, and browsers may keep it for a day.
 *
 * <p>Our own code because neither library answers the same bytes whatever the {@code Origin}: Quarkus' CORS filter
 * echoes the caller's origin even when configured with {@code *}, and Vert.x's {@code CorsHandler} adds its headers
 * only to requests that carry an {@code Origin}. (No cookies or authorization exist, so {@code *} gives nothing away;
 * a browser never sends credentials to a {@code *} answer.)
 */
class PublicCors {
    /** After the request id (1000), so a preflight carries it; before the timeout, rate limit and response cache. */
    static final int PRIORITY = FilterOrder.CORS;
    static final String ALLOW_METHODS = "GET, HEAD, OPTIONS";
    /**
     * Every response header the contract or the README promises that a browser hides from scripts unless exposed
     * (Cache-Control, Content-Length, Content-Type and Last-Modified are readable anyway).
     */
    static final String EXPOSE_HEADERS = "Content-Disposition, ETag, Link, Retry-After, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, "
            + "RateLimit-Reset";
    /** Seconds a browser may reuse a preflight's answer. */
    static final String MAX_AGE = "86400";

    void register(@Observes Filters filters) {
        filters.register(PublicCors::answer, PRIORITY);
    }

    private static void answer(RoutingContext context) {
        MultiMap headers = context.response().headers();
        headers.set("Access-Control-Allow-Origin", "*");
        headers.set("Access-Control-Expose-Headers", EXPOSE_HEADERS);
        var request = context.request();
        if (request.method() == HttpMethod.OPTIONS && request.getHeader("Origin") != null
                && request.getHeader("Access-Control-Request-Method") != null) {
            headers.set("Access-Control-Allow-Methods", ALLOW_METHODS);
            // Any request header (If-None-Match, X-Request-Id, ...): with no credentials, the wildcard is honoured by browsers.
            headers.set("Access-Control-Allow-Headers", "*");
            headers.set("Access-Control-Max-Age", MAX_AGE);
            context.response().setStatusCode(204).end();
            return;
        }
        context.next();
    }
}
