package org.opendrugpolicy.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * What every request is made into before it is matched, in one pass: empty query values dropped, NUL refused, Accept
 * made comparable (each below).
 *
 * <p>The one rule for empty and blank query values, for every parameter of every operation: {@code name=} and
 * {@code name=%20} (only whitespace) mean the same as leaving the parameter out, so its default applies
 * ({@code q=}: no filter; {@code sort=}: the default order; {@code fields=}: every field; {@code format=}: JSON;
 * {@code since=} or {@code by=}, which are required: the problem for a missing parameter). {@code cursor} keeps its name
 * with an empty value: its presence chooses cursor paging, and no position yet is the start of the walk.
 *
 * <p>Why "absent" rather than a 400: HTML forms and generated clients send an empty field as {@code name=}, almost every
 * parameter already read it so, and no parameter gives the empty text a meaning of its own. The rule is applied once,
 * before the request is matched, by rewriting the query without those parameters, so every reader (parameter beans,
 * includes, sparse fieldsets, CSV, cursors, links) sees the same request. The names as sent are kept for
 * {@link UnknownParameterGuard}: a misspelt or repeated parameter is still refused, even when empty.
 *
 * <p>The same pass refuses the NUL character ({@code %00}) in the path with a 404, and notes the parameters whose value
 * holds it, which {@link UnknownParameterGuard} refuses with the unknown and repeated ones.
 *
 * <p>The same pass, the one filter before the request is matched, makes Accept comparable for the framework's matching
 * and {@link Answers}' content negotiation ({@code selectVariant}, {@code format=}, the 406 problem): each media range in
 * lower case (media types are case-insensitive, RFC 9110 §8.3.1, and the framework's matching is not) and without
 * parameters other than q (we always send UTF-8, and a client's {@code application/json; charset=utf-8} would otherwise
 * match no variant). An Accept that is no list of media ranges, or whose q is not RFC 9110's weight, is a 400 problem that
 * says so here, whatever the operation, before anything else reads the header (the framework's own parser answered some
 * such headers with a bare 400 and failed on others with a 500).
 */
class RequestNormalization {
    /** Said in the OpenAPI description of every shared parameter. */
    static final String DOCS = " An empty or blank value (name= or name=%20) is the same as leaving the parameter out, as on every parameter.";
    static final String CURSOR_DOCS = " An empty or blank value (cursor= or cursor=%20) starts the walk; on every other parameter, an empty or blank "
            + "value is the same as leaving the parameter out.";
    /** The query's parameter names as sent, with how many times each was given (request property). */
    static final String GIVEN = RequestNormalization.class.getName() + ".given";
    /** The names of the parameters whose value holds NUL (request property). */
    static final String WITH_NUL = RequestNormalization.class.getName() + ".withNul";
    private static final String CURSOR = "cursor";
    /** No value or path of this API holds NUL, and PostgreSQL refuses it in text (an error, not "no match"): refused here, on every database. */
    private static final String NUL = "%00";
    /** RFC 9110's qvalue (section 12.4.2): 0 to 1, at most three decimals. */
    private static final Pattern QVALUE = Pattern.compile("0(\\.[0-9]{0,3})?|1(\\.0{0,3})?");

    @ServerRequestFilter(preMatching = true, priority = FilterOrder.NORMALIZED)
    void normalize(ContainerRequestContext request) {
        dropEmpty(request);
        normalizeAccept(request);
    }

    private static void dropEmpty(ContainerRequestContext request) {
        URI uri = request.getUriInfo().getRequestUri();
        if (uri.getRawPath() != null && uri.getRawPath().contains(NUL)) {
            throw ProblemException.notFound("No resource is at this path: no path of this API holds the NUL character (%00).");
        }
        String query = uri.getRawQuery();
        if (query == null || query.isEmpty()) {
            return;
        }
        Map<String, Integer> given = new LinkedHashMap<>();
        List<String> kept = new ArrayList<>();
        Set<String> withNul = new TreeSet<>();
        boolean changed = false;
        for (String pair : query.split("&", -1)) {
            int eq = pair.indexOf('=');
            String rawName = eq < 0 ? pair : pair.substring(0, eq);
            String name = decode(rawName);
            if (name == null || name.isEmpty()) {
                kept.add(pair); // not ours to judge: left as it came
                continue;
            }
            given.merge(name, 1, Integer::sum);
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (value != null && value.indexOf('\u0000') >= 0) {
                withNul.add(name);
            }
            if (value != null && value.isBlank()) {
                changed |= !(CURSOR.equals(name) && pair.equals(rawName + "="));
                if (CURSOR.equals(name)) {
                    kept.add(rawName + "=");
                }
                continue;
            }
            kept.add(pair);
        }
        request.setProperty(GIVEN, given);
        request.setProperty(WITH_NUL, withNul);
        if (changed) {
            String target = uri.toString();
            target = target.substring(0, target.indexOf('?'));
            request.setRequestUri(URI.create(kept.isEmpty() ? target : target + "?" + String.join("&", kept)));
        }
    }

    private static void normalizeAccept(ContainerRequestContext request) {
        if (request.getHeaderString(HttpHeaders.ACCEPT) == null) {
            return;
        }
        List<String> ranges = new ArrayList<>();
        try {
            for (MediaType range : request.getAcceptableMediaTypes()) {
                String q = range.getParameters().get("q");
                if (q != null && !QVALUE.matcher(q).matches()) {
                    throw malformedAccept("its weight q=" + Text.quote(q, 20) + " is not a number from 0 to 1 with at most three decimals");
                }
                ranges.add((range.getType() + "/" + range.getSubtype()).toLowerCase(Locale.ROOT) + (q == null ? "" : ";q=" + q));
            }
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            // the framework's parser refuses some malformed lists and fails on others (q with no value): both are the client's
            throw malformedAccept("it is not a comma-separated list of media ranges (type/subtype) with parameters");
        }
        request.getHeaders().putSingle(HttpHeaders.ACCEPT, ranges.isEmpty() ? MediaType.WILDCARD : String.join(", ", ranges));
    }

    private static ProblemException malformedAccept(String why) {
        return new ProblemException(ProblemType.BAD_REQUEST, "The Accept header is malformed: " + why
                + " (RFC 9110, sections 12.5.1 and 12.4.2). Send no Accept header for JSON.", List.of());
    }

    /** Query decoding as the framework does it ({@code +} is a space); null when malformed, which is left for others to refuse. */
    private static String decode(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
