package org.opendrugpolicy.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.opendrugpolicy.api.FilterOrder;

/**
 * Gives every response, API or not, an X-Request-Id: the client's own when it is short and plain (so a
 * caller can follow its request through our logs), else a fresh UUID. Problem bodies repeat it.
 */
class RequestIds {
    static final String HEADER = "X-Request-Id";
    /** Anything else (long, control characters, markup) could poison logs or be reflected back. */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    void register(@Observes Filters filters) {
        // A high priority: runs before every other route, so even Quarkus' own answers carry the id.
        filters.register(context -> {
            assign(context);
            context.next();
        }, FilterOrder.REQUEST_ID);
    }

    /** Gives the response its id, unless it has one already; also used where a failure precedes the filters. */
    static String assign(RoutingContext context) {
        String id = context.response().headers().get(HEADER);
        if (id == null) {
            String given = context.request().getHeader(HEADER);
            id = given != null && SAFE.matcher(given).matches() ? given : UUID.randomUUID().toString();
            context.response().putHeader(HEADER, id);
        }
        return id;
    }

    /** The id of the request being answered; null only outside an HTTP request. */
    static String of(HttpServerResponse response) {
        return response == null ? null : response.headers().get(HEADER);
    }
}
