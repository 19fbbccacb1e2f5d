package org.opendrugpolicy.http;

import io.netty.handler.codec.DateFormatter;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.util.Date;

/**
 * The {@code Date} header: RFC 9110 §6.6.1 asks an origin server with a clock to send one on every 2xx, 3xx and 4xx
 * answer, and caches (a CDN, a browser) compute an answer's age and freshness from it. Vert.x sends none, and its
 * static files' handler writes a one-digit day ({@code Wed, 2 Dec 2026}) that is no IMF-fixdate; so the edge sets it
 * on every answer, API, explorer and Quarkus's own, as the head is written (over any other), in IMF-fixdate.
 */
final class HttpDate {
    /** A second and its IMF-fixdate: formatted once a second, not once an answer. */
    private record Stamp(long second, String text) {}

    private static volatile Stamp last = new Stamp(-1, "");

    private HttpDate() {}

    /** Sets the answer's Date as its head is written. */
    static void stamp(RoutingContext context) {
        context.addHeadersEndHandler(v -> context.response().headers().set(HttpHeaders.DATE, now()));
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
