package org.opendrugpolicy.http;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.ParsedHeaderValue;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Locale;

/**
 * The content coding of the API's answers, decided in one place: gzip or none, from the request's
 * {@code Accept-Encoding} (RFC 9110 §12.5.3), as parsed by Vert.x Web ({@link RoutingContext#parsedHeaders()}: the list,
 * its q-values and their order). Coding names are compared without regard to case.
 *
 * <ul>
 * <li>gzip is sent when {@code gzip} (or {@code x-gzip}), else {@code *}, has a q above 0, unless {@code identity} is
 * listed with a higher q. {@code gzip;q=0}, {@code *;q=0} and no header mean no gzip.</li>
 * <li>Otherwise the answer is sent as it is, also when {@code identity;q=0} or {@code *;q=0} excludes that too: RFC 9110
 * lets a server disregard the header rather than refuse with 406, which would break clients for a preference.</li>
 * </ul>
 *
 * <p>{@link HttpCaching} and {@link ResponseCache} compress with this decision and name the coding in the ETag, so a
 * strong ETag names one set of bytes. Vert.x would otherwise compress on its own with its own reading of the header (it
 * matches coding names case-sensitively and may pick deflate), so an answer we send uncompressed carries
 * {@code Content-Encoding: identity}, which tells Vert.x to leave it alone and which Vert.x removes before sending.
 * Vert.x does not remove it where it does not compress at all (HEAD, 304, 204, HTTP/1.0, an empty body), and Quarkus
 * itself marks every answer that passes the edge so (unless the answer's type is one it compresses): {@link #watch}
 * removes it from HEAD and HTTP/1.0 answers, {@link #noBody} from the REST layer's bodiless ones (a plain OPTIONS, a
 * 304), {@link StaticFiles} from the static handler's 304s, so that no answer over HTTP/1.x sends
 * {@code Content-Encoding: identity}. (Over HTTP/2, Vert.x never removes the mark: see the README.)
 */
final class ContentCoding {
    static final String GZIP = "gzip";
    static final String IDENTITY = "identity";

    private ContentCoding() {}

    /** Whether the client asked for gzip (see the class comment for the rules). */
    static boolean gzip(RoutingContext context) {
        return context != null && context.request().getHeader(HttpHeaders.ACCEPT_ENCODING) != null && gzip(context.parsedHeaders().acceptEncoding());
    }

    static boolean gzip(List<ParsedHeaderValue> acceptEncoding) {
        float gzip = -1;
        float identity = -1;
        float any = -1;
        for (ParsedHeaderValue coding : acceptEncoding) {
            String name = coding.value() == null ? "" : coding.value().strip().toLowerCase(Locale.ROOT);
            float q = coding.weight();
            switch (name) {
                case GZIP, "x-gzip" -> gzip = Math.max(gzip, q);
                case IDENTITY -> identity = Math.max(identity, q);
                case "*" -> any = Math.max(any, q);
                default -> { }
            }
        }
        if (gzip < 0) {
            gzip = any;
        }
        return gzip > 0 && gzip >= identity;
    }

    /**
     * Marks a body that the HTTP layer answers (a problem of the edge) to be sent as it is, as a HEAD states it, where
     * Vert.x would compress it with its own reading of Accept-Encoding: a GET over HTTP/1.1, whose compressor also removes
     * the mark. Elsewhere (HEAD, HTTP/1.0, HTTP/2) nothing would remove the mark, so none is set.
     */
    static void sendAsItIs(RoutingContext context) {
        var request = context.request();
        if (request.method() != HttpMethod.HEAD && request.version() == HttpVersion.HTTP_1_1) {
            context.response().headers().set(HttpHeaders.CONTENT_ENCODING, IDENTITY);
        }
    }

    /**
     * Removes the identity mark that Quarkus gives every answer (its compression's "leave it alone") from one sent with no
     * body, which Vert.x's compressor passes through as it is, mark included: a plain OPTIONS, a 304.
     */
    static void noBody(HttpServerResponse response) {
        if (IDENTITY.equalsIgnoreCase(response.headers().get(HttpHeaders.CONTENT_ENCODING))) {
            response.headers().remove(HttpHeaders.CONTENT_ENCODING);
        }
    }

    /**
     * Hooks in the removal of the identity marker from answers Vert.x passes through without looking at it; {@link Edge}
     * calls it first of its steps, so that the hook sees the final headers of any answer (Vert.x runs headers-end
     * handlers in the reverse order of their addition). Only a HEAD or HTTP/1.0 request needs it: on a GET over HTTP/1.1
     * the marker is set only on a 200 (the 304s of {@link HttpCaching} and {@link ResponseCache} carry no
     * Content-Encoding), which Vert.x's compressor sees and strips.
     */
    static void watch(RoutingContext context) {
        var request = context.request();
        if (request.method() != HttpMethod.HEAD && request.version() != HttpVersion.HTTP_1_0) {
            return;
        }
        context.addHeadersEndHandler(v -> {
            MultiMap headers = context.response().headers();
            if (IDENTITY.equalsIgnoreCase(headers.get(HttpHeaders.CONTENT_ENCODING))) {
                headers.remove(HttpHeaders.CONTENT_ENCODING);
            }
        });
    }
}
