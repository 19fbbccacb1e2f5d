package org.opendrugpolicy.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import org.opendrugpolicy.api.FilterOrder;
import org.opendrugpolicy.api.Problem;

/** Rejects oversized requests (414, 431, too many parameters) before any work is done on them, with a problem that says which limit. */
class RequestLimits {
    /** The size of a request's headers as the limits count it: lines, and bytes of name, value and separators. */
    record HeaderSize(int lines, long bytes) {
        static HeaderSize of(MultiMap headers) {
            long bytes = 0;
            for (Map.Entry<String, String> header : headers) {
                bytes += header.getKey().length() + header.getValue().length() + 4;
            }
            return new HeaderSize(headers.size(), bytes);
        }

        boolean fits(RequestLimitsConfig limits) {
            return lines <= limits.maxHeaders() && bytes <= limits.maxHeaderBytes();
        }
    }

    private final RequestLimitsConfig limits;

    RequestLimits(RequestLimitsConfig limits) {
        this.limits = limits;
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, FilterOrder.REQUEST_LIMITS);
    }

    /** On the HTTP layer, before the rate limit and the response cache: an oversized request is refused before anything else. */
    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        String path = request.path() == null ? "" : request.path();
        String query = request.query();
        int urlLength = path.length() + (query == null ? 0 : query.length() + 1);
        if (urlLength > limits.maxUrlLength()) {
            TransportProblems.send(context, 414, "uri-too-long", "URI too long",
                    "The path and query are " + urlLength + " characters long; the limit is " + limits.maxUrlLength() + ".");
            return;
        }
        HeaderSize headers = HeaderSize.of(request.headers());
        if (!headers.fits(limits)) {
            TransportProblems.send(context, 431, "header-fields-too-large", "Request header fields too large",
                    "The request has " + headers.lines() + " header lines, " + headers.bytes() + " bytes; the limits are " + limits.maxHeaders() + " lines, "
                            + limits.maxHeaderBytes() + " bytes.");
            return;
        }
        if (query != null) {
            long parameters = java.util.Arrays.stream(query.split("&")).filter(p -> !p.isEmpty()).count();
            if (parameters > limits.maxQueryParameters()) {
                var error = new Problem.InvalidParameter("(query)", parameters + " parameters given; at most " + limits.maxQueryParameters() + " are accepted");
                TransportProblems.send(context, 400, "invalid-parameter", "Invalid parameter", error.name() + ": " + error.reason(), List.of(error));
                return;
            }
        }
        context.next();
    }
}
