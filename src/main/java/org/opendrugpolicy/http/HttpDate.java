package org.opendrugpolicy.http;

import io.netty.handler.codec.DateFormatter;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.util.Date;

/**
 * The {@code Date} header: RFC 9110 §6.6.1 asks an origin server with a clock to send one on every 2xx, 3xx and 4xx
 * answer, and caches (a CDN, a browser) compute an answer's age and freshness from it. Vert.x sends none, and its
 * static files' handler writes a one-digit day ({@code Wed, 2 Dec 2026}) that is no IMF-fixdate; so the edge sets it
 * on every answer, API, explorer and Quarkus's own, in IMF-fixdate.
 */
final class HttpDate {
    /** A second and its IMF-fixdate: formatted once a second, not once an answer. */
    private record Stamp(long second, String text) {}

    private static volatile Stamp last = new Stamp(-1, "");

    private HttpDate() {}

    /**
     * Dates an API answer now, as the edge receives the request: nothing after the edge sets a Date, and a headers-end
     * hook on every answer took item by id to 0.80x and by symbol to 0.90x of the commit before in {@code src/bench/ab.sh},
     * where setting it here measures 0.99x and 0.98x. Any other answer (the explorer's and Swagger UI's static files,
     * whose handler sets its own Date as it sends) is dated as its head is written ({@link StaticFiles}).
     */
    static void stamp(RoutingContext context) {
        String path = context.request().path();
        if (path != null && path.startsWith(Edge.API_PREFIX)) {
            context.response().headers().set(HttpHeaders.DATE, now());
        } else {
            StaticFiles.watch(context);
        }
    }

    /** Now, in IMF-fixdate ({@code Wed, 02 Dec 2026 07:00:00 GMT}). */
    static String now() {
        long second = System.currentTimeMillis() / 1000;
        Stamp stamp = last;
        if (stamp.second() != second) {
            // Netty's formatter writes the two-digit day RFC 9110 requires (the JDK's RFC_1123_DATE_TIME does not)
            stamp = new Stamp(second, DateFormatter.format(new Date(second * 1000)));
            last = stamp;
        }
        return stamp.text();
    }
}
