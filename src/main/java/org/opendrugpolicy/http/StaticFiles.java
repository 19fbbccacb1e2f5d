package org.opendrugpolicy.http;

import io.netty.handler.codec.DateFormatter;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.impl.MimeMapping;
import io.vertx.ext.web.RoutingContext;
import java.util.Date;

/**
 * The heads of the answers outside the API: the explorer's files, the WebJars and Swagger UI, sent by Vert.x's static
 * handler, and the REST layer's 404 for any other path. The handler's caching is configured, not written here
 * ({@code quarkus.http.filter.explorer-cache}: {@code Cache-Control: no-cache}, which it keeps; it answers
 * {@code If-Modified-Since} with 304 itself); one headers-end hook mends what it writes unlike the API:
 * <ul>
 * <li>{@code Date} and {@code Last-Modified} in IMF-fixdate (RFC 9110 §5.6.7): the handler writes a one-digit day
 * ({@code Wed, 2 Dec 2026}), which strict parsers (Go's {@code http.ParseTime}) refuse;</li>
 * <li>a {@code HEAD} carries the {@code Content-Type} of its {@code GET}, which the handler sets only as it sends the file;</li>
 * <li>a 304 (or 204) never says {@code Content-Encoding: identity}: Quarkus marks every answer so (its compression's
 * "leave it alone"), and Vert.x removes the mark only from an answer it could compress (see {@link ContentCoding}).</li>
 * </ul>
 * The hook is for these paths only: on the API's, a hook per answer costs throughput (see {@link HttpDate#stamp}).
 */
final class StaticFiles {
    /** Quarkus's {@code quarkus.http.static-resources.index-page} (its default), the file that a path ending in / serves. */
    private static final String INDEX_PAGE = "index.html";

    private StaticFiles() {}

    /** Hooks in the mending of the head (see the class comment); {@link Edge} calls it first, so that it runs last. */
    static void watch(RoutingContext context) {
        context.addHeadersEndHandler(v -> mend(context));
    }

    private static void mend(RoutingContext context) {
        HttpServerResponse response = context.response();
        MultiMap headers = response.headers();
        headers.set(HttpHeaders.DATE, HttpDate.now());
        String lastModified = headers.get(HttpHeaders.LAST_MODIFIED);
        if (lastModified != null) {
            Date date = DateFormatter.parseHttpDate(lastModified);
            if (date != null) {
                headers.set(HttpHeaders.LAST_MODIFIED, DateFormatter.format(date));
            }
        }
        int status = response.getStatusCode();
        // Accept-Ranges: the static handler sets it on every file it answers, and only there
        if (status == 200 && context.request().method() == HttpMethod.HEAD && !headers.contains(HttpHeaders.CONTENT_TYPE)
                && headers.contains(HttpHeaders.ACCEPT_RANGES)) {
            String type = contentType(context.normalizedPath());
            if (type != null) {
                headers.set(HttpHeaders.CONTENT_TYPE, type);
            }
        }
        if ((status == 304 || status == 204) && ContentCoding.IDENTITY.equalsIgnoreCase(headers.get(HttpHeaders.CONTENT_ENCODING))) {
            headers.remove(HttpHeaders.CONTENT_ENCODING);
        }
    }

    /** The Content-Type the static handler gives a GET of this path: Vert.x's type for the file name, text in UTF-8 (Quarkus's default). */
    static String contentType(String path) {
        String file = path == null || path.endsWith("/") ? INDEX_PAGE : path;
        String type = MimeMapping.getMimeTypeForFilename(file);
        return type == null || !type.startsWith("text") ? type : type + ";charset=UTF-8";
    }
}
