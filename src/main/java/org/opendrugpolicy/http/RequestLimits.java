package org.opendrugpolicy.http;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.opendrugpolicy.api.Problem;
import org.opendrugpolicy.api.ProblemException;

/** Rejects oversized requests before any work is done on them, with a problem that says which limit. */
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

    @ServerRequestFilter(preMatching = true, priority = 10)
    void check(ContainerRequestContext request, HttpServerRequest http) {
        var uri = request.getUriInfo().getRequestUri();
        int urlLength = uri.getRawPath().length() + (uri.getRawQuery() == null ? 0 : uri.getRawQuery().length() + 1);
        if (urlLength > limits.maxUrlLength()) {
            throw new ProblemException(Response.Status.REQUEST_URI_TOO_LONG, "uri-too-long", "URI too long",
                    "The path and query are " + urlLength + " characters long; the limit is " + limits.maxUrlLength() + ".", List.of());
        }
        HeaderSize headers = HeaderSize.of(http.headers());
        if (!headers.fits(limits)) {
            throw new ProblemException(Response.Status.REQUEST_HEADER_FIELDS_TOO_LARGE, "header-fields-too-large", "Request header fields too large",
                    "The request has " + headers.lines() + " header lines, " + headers.bytes() + " bytes; the limits are " + limits.maxHeaders() + " lines, "
                            + limits.maxHeaderBytes() + " bytes.", List.of());
        }
        String query = uri.getRawQuery();
        if (query != null) {
            long parameters = java.util.Arrays.stream(query.split("&")).filter(p -> !p.isEmpty()).count();
            if (parameters > limits.maxQueryParameters()) {
                throw ProblemException.invalidParameters(List.of(new Problem.InvalidParameter("(query)",
                        parameters + " parameters given; at most " + limits.maxQueryParameters() + " are accepted")));
            }
        }
    }
}
