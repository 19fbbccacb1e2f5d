package org.opendrugpolicy.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.DateFormatter;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.opendrugpolicy.api.FilterOrder;
import org.opendrugpolicy.api.Text;
import org.opendrugpolicy.dataset.DatasetLoader;

/**
 * Conditional GET for every successful read: a strong ETag computed from the bytes of the answer,
 * Last-Modified from the dataset release, and 304 with no body when the client already has it. The
 * data changes only with a release, so clients may cache for a while and then revalidate cheaply.
 *
 * <p>JSON answers are serialized here, compressed here when the client takes gzip (once: the
 * {@link ResponseCache} keeps both), and stored for the next identical request. The ETag names the
 * content coding ({@link ContentCoding} decides it), because gzip and identity bodies are different
 * representations. An answer that set its own ETag keeps it: a streamed one (a CSV list, a large export) is
 * compressed here as it is written, and one small enough to be rendered into bytes ({@link ResponseCache#keeps}) is
 * stored like a JSON answer. A HEAD answer carries exactly the headers of its GET, Content-Length included.
 */
public class HttpCaching {
    public static final String CACHE_CONTROL = "public, max-age=300, stale-while-revalidate=60";
    static final String VARY = "Accept, Accept-Encoding";

    private final ObjectMapper json;
    private final DatasetLoader dataset;
    private final ResponseCache cache;
    private final Set<String> compressed;

    HttpCaching(ObjectMapper json, DatasetLoader dataset, ResponseCache cache,
            @ConfigProperty(name = "quarkus.http.compress-media-types") List<String> compressed) {
        this.json = json;
        this.dataset = dataset;
        this.cache = cache;
        this.compressed = Set.copyOf(compressed);
    }

    /** Runs after the filters that read the entity as an object (response filters run in descending priority). */
    @ServerResponseFilter(priority = FilterOrder.HTTP_CACHING)
    void revalidate(ContainerRequestContext request, ContainerResponseContext response, HttpServerRequest http, RoutingContext context)
            throws JsonProcessingException {
        String method = request.getMethod();
        boolean head = HttpMethod.HEAD.equals(method);
        if (response.getStatus() >= 400) {
            error(response, http, head);
            return;
        }
        if (!HttpMethod.GET.equals(method) && !head) {
            if (response.getEntity() == null) {
                ContentCoding.noBody(http.response()); // a plain OPTIONS: 200 with Allow and no body
            }
            return;
        }
        if (response.getStatus() != 200 || response.getEntity() == null || !dataset.isLoaded()) {
            return;
        }
        String lastModified = lastModified();
        boolean compressible = compressible(response.getMediaType());
        boolean gzip = compressible && ContentCoding.gzip(context);
        String etag = response.getHeaderString(HttpHeaders.ETAG);
        boolean rendered = etag != null && response.getEntity() instanceof byte[];
        if (etag != null && !rendered) {
            // A streamed answer with its own ETag (a CSV list, a large export): compressed here as it is written, never by Vert.x.
            if (head) {
                response.setEntity(NOTHING, response.getEntityAnnotations(), response.getMediaType()); // HEAD: nothing to generate
            } else if (gzip && response.getEntity() instanceof StreamingOutput body) {
                response.setEntity(gzipped(body), response.getEntityAnnotations(), response.getMediaType());
            } else {
                gzip = false;
            }
            etag = etag(etag, gzip ? ContentCoding.GZIP : "");
        } else if (rendered || isJson(response.getMediaType())) {
            byte[] body = rendered ? (byte[]) response.getEntity() : json.writeValueAsBytes(response.getEntity());
            // The media type is ours, never the request's: Accept's parameters (q=0.9) do not leak into it.
            MediaType type = rendered ? response.getMediaType() : json(response.getMediaType());
            var entry = cache.store(cache.key(http), body, type.toString(), rendered ? etag : "\"" + Text.digest(body) + "\"",
                    lastModified, response.getHeaderString("Link"), response.getHeaderString(HttpHeaders.CONTENT_DISPOSITION), compressible, gzip);
            byte[] sent = gzip ? entry.gzip().getBytes() : body;
            response.setEntity(sent, response.getEntityAnnotations(), type); // on HEAD, Vert.x sends none of it
            if (head) {
                // Vert.x sets Content-Length itself only on a GET: a HEAD answer states the length its GET has.
                response.getHeaders().putSingle(HttpHeaders.CONTENT_LENGTH, sent.length);
            }
            etag = etag(entry.etag(), gzip ? ContentCoding.GZIP : "");
        } else {
            return;
        }
        response.getHeaders().putSingle(HttpHeaders.CONTENT_ENCODING, gzip ? ContentCoding.GZIP : ContentCoding.IDENTITY);
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        if (lastModified != null) {
            response.getHeaders().putSingle(HttpHeaders.LAST_MODIFIED, lastModified);
        }
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        http.response().headers().remove(HttpHeaders.VARY); // the framework's own (Vary: Accept from selectVariant): this one says it all
        response.getHeaders().putSingle(HttpHeaders.VARY, VARY);
        if (notModified(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE), etag, lastModified)) {
            response.setStatus(304);
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
            response.getHeaders().remove(HttpHeaders.CONTENT_ENCODING);
            response.getHeaders().remove(HttpHeaders.CONTENT_DISPOSITION);
            response.getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
            ContentCoding.noBody(http.response());
        }
    }

    /**
     * Every error alike, whatever its method (a 405 as a 404): never stored, its body sent as it is (a problem is a few
     * hundred bytes; compressed by Vert.x, a GET would have a length that its HEAD cannot state), and a HEAD with the
     * Content-Length of its GET, which Vert.x sets itself only on a GET.
     */
    private void error(ContainerResponseContext response, HttpServerRequest http, boolean head) throws JsonProcessingException {
        http.response().headers().remove(HttpHeaders.CACHE_CONTROL); // the explorer's no-cache, set before a path outside the API got here
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        Object entity = response.getEntity();
        if (entity == null || entity instanceof StreamingOutput) {
            return;
        }
        byte[] body = entity instanceof byte[] bytes ? bytes
                : entity instanceof String text ? text.getBytes(StandardCharsets.UTF_8) : json.writeValueAsBytes(entity);
        response.setEntity(body, response.getEntityAnnotations(), response.getMediaType()); // on HEAD, Vert.x sends none of it
        response.getHeaders().putSingle(HttpHeaders.CONTENT_ENCODING, ContentCoding.IDENTITY);
        if (head) {
            response.getHeaders().putSingle(HttpHeaders.CONTENT_LENGTH, body.length);
        }
    }

    private static final StreamingOutput NOTHING = out -> { };

    /** A streamed body compressed as it is written; finish(), not close(): the HTTP layer owns the stream. */
    private static StreamingOutput gzipped(StreamingOutput body) {
        return out -> {
            var gzip = new GZIPOutputStream(out, 8192);
            body.write(gzip);
            gzip.finish();
        };
    }

    /** RFC 9110 §13.1: If-None-Match wins; If-Modified-Since counts only without it. */
    static boolean notModified(String ifNoneMatch, String ifModifiedSince, String etag, String lastModified) {
        if (ifNoneMatch != null) {
            for (String candidate : ifNoneMatch.split(",")) {
                String tag = candidate.strip();
                if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(etag)) {
                    return true;
                }
            }
            return false;
        }
        if (ifModifiedSince == null || lastModified == null) {
            return false;
        }
        // Netty reads the three forms RFC 9110 asks a recipient to take (IMF-fixdate, RFC 850, asctime); null when none fits
        Date modified = DateFormatter.parseHttpDate(lastModified);
        Date since = DateFormatter.parseHttpDate(ifModifiedSince.strip());
        return modified != null && since != null && !modified.after(since); // an unparseable date is ignored, as RFC 9110 asks
    }

    /** The ETag of a body sent with a content coding: the coding joins the quoted tag ("abc" and gzip make "abc-gzip"). */
    static String etag(String tag, String coding) {
        return coding.isEmpty() ? tag : tag.substring(0, tag.length() - 1) + "-" + coding + "\"";
    }

    /**
     * The release's creation, or now where it lies ahead: a release is dated the next day when today already has one, and
     * RFC 9110 (section 8.8.2.1) forbids a Last-Modified later than the answer's Date, which the sender must then use instead.
     */
    private String lastModified() {
        String created = dataset.version().created();
        try {
            Instant now = Instant.now();
            Instant modified = created == null ? null : Instant.parse(created);
            // IMF-fixdate (Tue, 01 Dec 2026 00:00:00 GMT), the form RFC 9110 requires of a sender: the JDK's RFC 1123 formatter
            // writes a one-digit day ("Tue, 1 Dec 2026"), which strict parsers refuse
            return modified == null ? null : DateFormatter.format(Date.from(modified.isAfter(now) ? now : modified));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private boolean compressible(MediaType type) {
        return type != null && compressed.contains(type.getType() + "/" + type.getSubtype());
    }

    /** The JSON media type of an answer with our charset and no other parameter; a range the client sent (application/*) becomes JSON. */
    private static MediaType json(MediaType type) {
        return type.isWildcardType() || type.isWildcardSubtype() ? MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")
                : new MediaType(type.getType(), type.getSubtype(), "UTF-8");
    }

    private static boolean isJson(MediaType type) {
        return type != null && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.getSubtype().endsWith("+json"));
    }
}
