package org.opendrugpolicy.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.opendrugpolicy.api.FilterOrder;

/**
 * Accept made comparable before the framework matches the request; the content negotiation itself ({@code selectVariant},
 * {@code format=}, the 406 problem) is {@code api.Answers}'s, with the rest of the answer's form.
 */
public class Negotiation {
    /**
     * Before the framework matches the request: Accept with each media range in lower case (media types are
     * case-insensitive, RFC 9110 §8.3.1, and the framework's matching is not) and without parameters other than q (we always
     * send UTF-8, and a client's {@code application/json; charset=utf-8} would otherwise match no variant).
     */
    @ServerRequestFilter(preMatching = true, priority = FilterOrder.ACCEPT_NORMALIZED)
    void normalize(ContainerRequestContext request) {
        if (request.getHeaderString(HttpHeaders.ACCEPT) == null) {
            return;
        }
        List<String> ranges = new ArrayList<>();
        try {
            for (MediaType range : request.getAcceptableMediaTypes()) {
                String q = range.getParameters().get("q");
                ranges.add((range.getType() + "/" + range.getSubtype()).toLowerCase(Locale.ROOT) + (q == null ? "" : ";q=" + q));
            }
        } catch (IllegalArgumentException e) {
            return; // not a list of media ranges: the framework answers it as before
        }
        request.getHeaders().putSingle(HttpHeaders.ACCEPT, ranges.isEmpty() ? MediaType.WILDCARD : String.join(", ", ranges));
    }
}
