package org.opendrugpolicy.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opendrugpolicy.api.FilterOrder;
import org.opendrugpolicy.api.Problem;
import org.opendrugpolicy.api.ProblemType;
import org.opendrugpolicy.api.PublicBaseUrl;

/**
 * The HTTP edge, passed once by every request (the API's, the explorer's, Quarkus's own): one Vert.x route filter that
 * takes each decision of the edge in this order, and stops at the first that answers.
 * <ol>
 * <li>every answer, whoever writes it, gets its {@code Date} ({@link HttpDate}); outside the API, the static files' heads
 *     are mended as they are written ({@link StaticFiles});</li>
 * <li>a request target that is no URI gets its problem ({@link TransportProblems}, which also makes the check);</li>
 * <li>the content-coding check of the answer's head is hooked in ({@link ContentCoding#watch});</li>
 * <li>the request id: {@value #REQUEST_ID} on every answer, problems repeat it ({@link #requestId});</li>
 * <li>CORS: the same {@code Access-Control-*} headers on every answer, and a preflight is answered here ({@link #cors});</li>
 * <li>request limits: 414, 431 and 400 for a URI, headers or query over {@code odp.limits.*}, 413 for a body over
 *     {@code quarkus.http.limits.max-body-size} ({@link #overLimits});</li>
 * <li>one URL per resource: an API path with a trailing slash is redirected to the one without ({@link #withoutTrailingSlash});</li>
 * <li>the rate limit: the client's allowance is counted, and a 429 answered ({@link RateLimiter});</li>
 * <li>an answer kept in memory is sent, 304s included ({@link ResponseCache}): the short path ends here;</li>
 * <li>what goes on to the REST layer is watched by the time-out ({@link RequestTimeout}), which answers 503 when it
 *     takes too long: an answer from memory arms nothing.</li>
 * </ol>
 * Each refusal is a problem ({@link TransportProblems#send}) with the headers decided before it (an oversized request's
 * 414 carries the request id and CORS; a 429 those and the security headers).
 */
@Singleton
class Edge {
    /** The request id's header. */
    static final String REQUEST_ID = "X-Request-Id";
    static final String ALLOW_METHODS = "GET, HEAD, OPTIONS";
    /**
     * Every response header the contract or the README promises that a browser hides from scripts unless exposed
     * (Cache-Control, Content-Length, Content-Type and Last-Modified are readable anyway).
     */
    static final String EXPOSE_HEADERS = "Content-Disposition, ETag, Link, Retry-After, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, "
            + "RateLimit-Reset";
    /** Where the API's paths start; the explorer and Quarkus's own pages keep their slashed paths (/q/swagger-ui/). */
    static final String API_PREFIX = "/api/";
    /** Seconds a browser may reuse a preflight's answer. */
    static final String MAX_AGE = "86400";

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
    private final RateLimiter rateLimiter;
    private final ResponseCache cache;
    private final RequestTimeout timeout;
    private final PublicBaseUrl baseUrl;
    /** Quarkus' own limit on a request body, which it answers with an empty 413: the same limit, answered with a problem. */
    private final long maxBodyBytes;

    Edge(RequestLimitsConfig limits, RateLimiter rateLimiter, ResponseCache cache, RequestTimeout timeout, PublicBaseUrl baseUrl,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBodySize) {
        this.baseUrl = baseUrl;
        this.maxBodyBytes = maxBodySize.asLongValue();
        this.limits = limits;
        this.rateLimiter = rateLimiter;
        this.cache = cache;
        this.timeout = timeout;
    }

    void register(@Observes Filters filters) {
        filters.register(this::pass, FilterOrder.EDGE);
    }

    /** The edge, top to bottom (see the class comment). */
    private void pass(RoutingContext context) {
        HttpDate.stamp(context);
        if (TransportProblems.refuseInvalidUri(context)) {
            return;
        }
        ContentCoding.watch(context);
        requestId(context);
        if (cors(context) || overLimits(context) || withoutTrailingSlash(context) || !rateLimiter.admit(context) || cache.serve(context)) {
            return;
        }
        timeout.watch(context);
        context.next();
    }

    /**
     * Gives the response its X-Request-Id, unless it has one already (also used where a failure precedes the edge): the
     * client's own when it is short and plain (so a caller can follow its request through our logs), else a fresh one.
     */
    static String requestId(RoutingContext context) {
        MultiMap headers = context.response().headers();
        String id = headers.get(REQUEST_ID);
        if (id == null) {
            String given = context.request().getHeader(REQUEST_ID);
            id = given != null && isSafeId(given) ? given : newId();
            headers.set(REQUEST_ID, id);
        }
        return id;
    }

    /** The id of the request being answered; null only outside an HTTP request. */
    static String requestIdOf(HttpServerResponse response) {
        return response == null ? null : response.headers().get(REQUEST_ID);
    }

    /**
     * A random UUID (version 4) from the thread's own generator: the id names a request in the logs and is no secret,
     * so it needs no {@code SecureRandom} (which {@link UUID#randomUUID} takes a lock on for every id).
     */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong() & ~0xF000L | 0x4000L; // version 4
        long low = random.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L; // the IETF variant
        return new UUID(high, low).toString();
    }

    /** 1 to 64 of {@code A-Z a-z 0-9 . _ : -}: anything else (long, control characters, markup) could poison logs or be reflected back. */
    static boolean isSafeId(String id) {
        int length = id.length();
        if (length == 0 || length > 64) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = id.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == ':' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /**
     * CORS for a public, read-only API without credentials: every answer, with or without an {@code Origin}, carries
     * {@code Access-Control-Allow-Origin: *} and the same exposed headers, so an answer a shared cache or CDN stored for
     * one site (or for a request without {@code Origin}) is right for every other site, and {@code Vary} needs no
     * {@code Origin}. A preflight is answered here (true), before rate limiting, and browsers may keep it for a day.
     *
     * <p>Our own code because neither library answers the same bytes whatever the {@code Origin}: Quarkus' CORS filter
     * echoes the caller's origin even when configured with {@code *}, and Vert.x's {@code CorsHandler} adds its headers
     * only to requests that carry an {@code Origin}. (No cookies or authorization exist, so {@code *} gives nothing away;
     * a browser never sends credentials to a {@code *} answer.)
     */
    private static boolean cors(RoutingContext context) {
        MultiMap headers = context.response().headers();
        headers.set("Access-Control-Allow-Origin", "*");
        headers.set("Access-Control-Expose-Headers", EXPOSE_HEADERS);
        HttpServerRequest request = context.request();
        if (request.method() == HttpMethod.OPTIONS && request.getHeader("Origin") != null
                && request.getHeader("Access-Control-Request-Method") != null) {
            headers.set("Access-Control-Allow-Methods", ALLOW_METHODS);
            // Any request header (If-None-Match, X-Request-Id, ...): with no credentials, the wildcard is honoured by browsers.
            headers.set("Access-Control-Allow-Headers", "*");
            headers.set("Access-Control-Max-Age", MAX_AGE);
            context.response().setStatusCode(204).end();
            return true;
        }
        return false;
    }

    /**
     * Refuses an oversized request (414, 431, too many parameters, a body whose Content-Length is over Quarkus' limit)
     * before any work is done on it, with a problem that says which limit (true). These limits sit below Vert.x's own
     * ({@code quarkus.http.limits.*}), a backstop that answers with an empty body.
     */
    private boolean overLimits(RoutingContext context) {
        HttpServerRequest request = context.request();
        String path = request.path() == null ? "" : request.path();
        String query = request.query();
        int urlLength = path.length() + (query == null ? 0 : query.length() + 1);
        if (urlLength > limits.maxUrlLength()) {
            TransportProblems.send(context, ProblemType.URI_TOO_LONG,
                    "The path and query are " + urlLength + " characters long; the limit is " + limits.maxUrlLength() + ".");
            return true;
        }
        HeaderSize headers = HeaderSize.of(request.headers());
        if (!headers.fits(limits)) {
            TransportProblems.send(context, ProblemType.HEADER_FIELDS_TOO_LARGE,
                    "The request has " + headers.lines() + " header lines, " + headers.bytes() + " bytes; the limits are " + limits.maxHeaders() + " lines, "
                            + limits.maxHeaderBytes() + " bytes.");
            return true;
        }
        long bodyBytes = contentLength(request.getHeader(HttpHeaders.CONTENT_LENGTH));
        if (bodyBytes > maxBodyBytes) {
            // The body still on its way is not read: the connection is closed once the problem is sent, as Quarkus does.
            context.response().putHeader(HttpHeaders.CONNECTION, "close").endHandler(v -> request.connection().close());
            TransportProblems.send(context, ProblemType.CONTENT_TOO_LARGE, "The request body is " + bodyBytes + " bytes; the limit is " + maxBodyBytes
                    + " bytes, and no operation of this API reads a body.");
            return true;
        }
        int parameters = query == null ? 0 : parameters(query);
        if (parameters > limits.maxQueryParameters()) {
            var error = new Problem.InvalidParameter("(query)", parameters + " parameters given; at most " + limits.maxQueryParameters() + " are accepted");
            TransportProblems.send(context, ProblemType.INVALID_PARAMETER, error.name() + ": " + error.reason(), List.of(error));
            return true;
        }
        return false;
    }

    /**
     * Redirects (308, query kept) an API path that ends with a slash ({@code /api/v1/side-events/}) to the same path
     * without it (true). The REST layer matches both, so each answered with links and an ETag of its own, and a cache
     * or CDN held every answer twice; a harvester's trial found the slashed links. The target starts with the public base
     * URL, as every link does: behind a gateway that serves the API under a path prefix, a bare path would leave it.
     */
    private boolean withoutTrailingSlash(RoutingContext context) {
        String path = context.request().path();
        if (path == null || !path.startsWith(API_PREFIX) || !path.endsWith("/")) {
            return false;
        }
        String canonical = path.replaceFirst("/+$", "");
        if (!canonical.startsWith(API_PREFIX)) {
            return false; // /api/ itself: /api is no resource either, and the 404 says so without a detour
        }
        String query = context.request().query();
        String target = PublicBaseUrl.absolute(baseUrl.of(context.request()), query == null ? canonical : canonical + "?" + query);
        context.response().setStatusCode(308).putHeader(HttpHeaders.LOCATION, target).end();
        return true;
    }

    /** A Content-Length as a number; -1 when there is none or it is no number (the HTTP decoder refuses that itself). */
    private static long contentLength(String header) {
        try {
            return header == null ? -1 : Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The query's parameters: its non-empty {@code &}-separated parts. */
    static int parameters(String query) {
        int count = 0;
        int start = 0;
        while (start <= query.length()) {
            int end = query.indexOf('&', start);
            if (end < 0) {
                end = query.length();
            }
            if (end > start) {
                count++;
            }
            start = end + 1;
        }
        return count;
    }
}
