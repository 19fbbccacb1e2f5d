package org.opendrugpolicy.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import org.jboss.logging.Logger;
import org.opendrugpolicy.api.Problem;
import org.opendrugpolicy.api.ProblemType;
import org.opendrugpolicy.api.Text;

/**
 * Problem details for the requests refused before they reach a resource, which {@link ProblemMappers} never sees:
 * a request target that is not a URI, a query that cannot be decoded, a failure in a Vert.x handler.
 *
 * <p>Quarkus checks every request target with {@code java.net.URI} before any route runs and answers an empty 400,
 * unless the JVM starts with {@code vertx.disableURIValidation=true} ({@link org.opendrugpolicy.Main} sets it).
 * Then this class makes the same check, in the first of all routes, and answers with a problem instead: nothing
 * that Quarkus would have refused gets further than before.
 */
class TransportProblems {
    static final String DISABLE_QUARKUS_URI_CHECK = "vertx.disableURIValidation";
    /**
     * Where a request whose target is not a URI is rerouted: Quarkus' response-header routes match on the path, and
     * Vert.x throws on a malformed escape in it, so they can only add the security headers to a path that parses.
     */
    private static final String INVALID_URI_PATH = "/api/invalid-uri";
    private static final String INVALID_URI = TransportProblems.class.getName() + ".invalidUri";
    /** The problem of a request {@link #checkUri} refused, when it is not {@link ProblemType#INVALID_URI}. */
    private static final String REFUSAL = TransportProblems.class.getName() + ".refusal";

    /** The characters {@link #isPlainPathAndQuery} lets through (besides escapes): letters, digits and {@code -._~!$&'()*+,;=:@/?}. */
    private static final boolean[] PLAIN = new boolean[128];

    static {
        for (char c : "-._~!$&'()*+,;=:@/?abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".toCharArray()) {
            PLAIN[c] = true;
        }
    }
    /** The last Host that {@link #isAuthority} accepted: the same on almost every request, so parsed once. */
    private static volatile String lastAuthority;

    private static final Logger LOG = Logger.getLogger(TransportProblems.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::answer);
        // Router observers run before Quarkus adds its response-header routes (also Integer.MIN_VALUE, matched on the
        // path, so they fail on a malformed one): this comes ahead of them.
        router.route().order(Integer.MIN_VALUE).handler(TransportProblems::checkUri);
    }

    void warnIfQuarkusChecksUris(@Observes StartupEvent started) {
        if (!Boolean.getBoolean(DISABLE_QUARKUS_URI_CHECK)) {
            LOG.info("Quarkus checks request URIs itself: a malformed one gets an empty 400 instead of a problem. Start with "
                    + "org.opendrugpolicy.Main (java -jar does) or -D" + DISABLE_QUARKUS_URI_CHECK + "=true for problem details.");
        }
    }

    /**
     * The check Quarkus makes when {@value #DISABLE_QUARKUS_URI_CHECK} is unset; the answer comes in {@link #refuseInvalidUri},
     * the first step of {@link Edge}, after Quarkus' response-header routes have run on the rerouted request.
     */
    private static void checkUri(RoutingContext context) {
        String uri = context.request().uri();
        if (context.get(INVALID_URI) == null) {
            ProblemType refusal = !isScheme(context.request().scheme()) ? ProblemType.INVALID_FORWARDED_PROTO
                    : !isAuthority(context.request().host()) ? ProblemType.INVALID_HOST
                    : !isUri(uri) ? ProblemType.INVALID_URI : null;
            if (refusal != null) {
                context.put(INVALID_URI, String.valueOf(uri));
                context.put(REFUSAL, refusal);
                context.reroute(INVALID_URI_PATH);
                return;
            }
        }
        context.next();
    }

    /**
     * Whether the request's scheme is one this service answers on: always, unless a trusted proxy forwards another
     * ({@code Forwarded: proto=}, {@code X-Forwarded-Proto}). The links of the answer start with it, and the REST
     * layer cannot build the request's URI from a scheme that is not one.
     */
    private static boolean isScheme(String scheme) {
        return scheme == null || "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
    }

    /**
     * Whether the host the request names (its Host header, or what a trusted proxy forwards) is a host and optional
     * port, and nothing else: the links of the answer start with it ({@code api.PublicBaseUrl}), and the REST layer
     * cannot build the request's URI from anything else. A request without one (HTTP/1.0) passes.
     */
    private static boolean isAuthority(String host) {
        if (host == null || host.equals(lastAuthority)) {
            return true;
        }
        try {
            URI parsed = new URI("http://" + host + "/");
            boolean valid = parsed.getHost() != null && "/".equals(parsed.getRawPath()) && parsed.getRawUserInfo() == null
                    && parsed.getRawQuery() == null && parsed.getRawFragment() == null;
            if (valid) {
                lastAuthority = host;
            }
            return valid;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Answers a request {@link #checkUri} found malformed, with its problem (true); false for every other request. */
    static boolean refuseInvalidUri(RoutingContext context) {
        String uri = context.get(INVALID_URI);
        if (uri == null) {
            return false;
        }
        // One metrics tag for them all, not one per malformed path: Quarkus' Micrometer binder reads this local.
        Context vertxContext = Vertx.currentContext();
        if (vertxContext != null) {
            vertxContext.putLocal("UrlPathTemplate", INVALID_URI_PATH);
        }
        ProblemType refusal = context.get(REFUSAL);
        if (refusal == ProblemType.INVALID_HOST) {
            send(context, refusal, "The Host header (or the host a trusted proxy forwards) is not a host name or "
                    + "address with an optional port (RFC 9110, section 7.2).", uri);
            return true;
        }
        if (refusal == ProblemType.INVALID_FORWARDED_PROTO) {
            send(context, refusal, "A trusted proxy forwarded the scheme '" + Text.quote(context.request().scheme(), 40)
                    + "' (Forwarded: proto= or X-Forwarded-Proto): this service answers on http and https only.", uri);
            return true;
        }
        send(context, ProblemType.INVALID_URI, "The request target is not a valid URI (RFC 3986): percent-encode spaces, "
                + "quotes, angle brackets, braces and other characters a URI cannot hold, and write a literal % as %25.", uri);
        return true;
    }

    static boolean isUri(String uri) {
        if (uri == null) {
            return false;
        }
        if (isPlainPathAndQuery(uri)) {
            return true;
        }
        try {
            new URI(uri);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * The common case without parsing: a path that starts with one {@code /}, then only characters that
     * {@code java.net.URI} accepts anywhere in a path and query (RFC 3986's unreserved characters, sub-delimiters,
     * {@code : @ / ?}) and percent escapes of two hex digits. Anything else is for {@code java.net.URI} to judge.
     */
    static boolean isPlainPathAndQuery(String uri) {
        int length = uri.length();
        if (length == 0 || uri.charAt(0) != '/' || length > 1 && uri.charAt(1) == '/') {
            return false;
        }
        for (int i = 1; i < length; i++) {
            char c = uri.charAt(i);
            if (c == '%') {
                if (i + 2 >= length || !isHex(uri.charAt(i + 1)) || !isHex(uri.charAt(i + 2))) {
                    return false;
                }
                i += 2;
            } else if (c >= PLAIN.length || !PLAIN[c]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    private void answer(RoutingContext context) {
        if (context.response().ended()) {
            // Answered already, by RequestTimeout's 503: this is the late answer failing to write, as it should.
            LOG.debugf("Late answer dropped on %s: %s", context.request().uri(), context.failure());
            return;
        }
        if (context.response().headWritten()) {
            context.next();
            return;
        }
        ProblemType type = ProblemType.forStatus(context.statusCode() >= 400 ? context.statusCode() : 500);
        if (type == ProblemType.INTERNAL_ERROR) {
            LOG.error("Unexpected error on " + context.request().uri(), context.failure());
            send(context, type, "The server could not answer this request. The error has been logged.");
        } else {
            send(context, type, "The request could not be read: check its encoding and syntax.");
        }
    }

    /**
     * Ends the response with a problem: for answers given outside a resource, where exception mappers do not run.
     * The caller makes sure the head of the response is not written yet.
     */
    static void send(RoutingContext context, ProblemType type, String detail) {
        send(context, type, detail, ProblemMappers.instanceOf(context.request()));
    }

    /** The same, with the parameters at fault. */
    static void send(RoutingContext context, ProblemType type, String detail, List<Problem.InvalidParameter> errors) {
        send(context, type, detail, ProblemMappers.instanceOf(context.request()), errors);
    }

    private static void send(RoutingContext context, ProblemType type, String detail, String uri) {
        send(context, type, detail, uri, List.of());
    }

    private static void send(RoutingContext context, ProblemType type, String detail, String uri, List<Problem.InvalidParameter> errors) {
        Problem problem = type.problem(detail, Text.quote(uri, 300), errors, Edge.requestId(context));
        var response = context.response().setStatusCode(type.status());
        try {
            byte[] body = JSON.writeValueAsBytes(problem);
            // as HttpCaching answers every error of the REST layer: not stored, sent as it is, HEAD with the length of GET
            response.putHeader(HttpHeaders.CACHE_CONTROL, "no-store").putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONTENT_LENGTH, String.valueOf(body.length));
            ContentCoding.sendAsItIs(context);
            if (context.request().method() == HttpMethod.HEAD) {
                response.end();
            } else {
                response.end(Buffer.buffer(body));
            }
        } catch (JsonProcessingException e) {
            response.end();
        }
    }
}
