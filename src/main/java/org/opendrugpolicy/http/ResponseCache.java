package org.opendrugpolicy.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.smallrye.common.vertx.ContextLocals;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;
import org.opendrugpolicy.api.PublicBaseUrl;
import org.opendrugpolicy.dataset.DatasetLoaded;

/**
 * The serialized answers of the API, kept in memory and served again without reaching the REST layer.
 *
 * <p>The data changes only with a release, so an answer depends on nothing but the request's URL, its
 * {@code Accept} header and the release; {@link HttpCaching} stores each successful JSON answer here (with
 * its ETag, gzip coding and Link header) and {@link Edge} asks it to answer the next identical GET from memory, 304s
 * included, once it has applied everything per request (request id, CORS, limits, rate limit; Quarkus adds the security
 * headers and metrics). The cache is bounded by bytes and emptied when a release is loaded.
 */
@Singleton
public class ResponseCache {
    /** Where Quarkus keeps the route template that metrics are tagged with. */
    private static final String URL_TEMPLATE = "UrlPathTemplate";

    /**
     * One serialized answer; {@code gzip} is the same body compressed, made once (null when not needed, or when
     * the type is not one the HTTP layer compresses, such as a zip).
     */
    record Entry(Buffer body, Buffer gzip, String contentType, String etag, String lastModified, String link, String disposition,
            String template) {
        int weight() {
            return body.length() + (gzip == null ? 0 : gzip.length()) + 512;
        }
    }

    private final ResponseCacheConfig config;
    private final PublicBaseUrl base;
    private final Cache<String, Entry> entries;

    ResponseCache(ResponseCacheConfig config, PublicBaseUrl base) {
        this.config = config;
        this.base = base;
        this.entries = Caffeine.newBuilder().maximumWeight(config.maxBytes().orElseGet(ResponseCacheConfig::defaultMaxBytes)).weigher((String key, Entry entry) -> entry.weight()).build();
    }

    void clear(@Observes DatasetLoaded loaded) {
        entries.invalidateAll();
    }

    /**
     * Builds the entry for a fresh answer, and keeps it when caching is on and the body is small enough.
     * The body is compressed here, once, when it is kept or when this client asks for gzip.
     */
    Entry store(String key, byte[] body, String contentType, String etag, String lastModified, String link, String disposition,
            boolean compressible, boolean gzipWanted) {
        boolean keep = keeps(body.length) && key != null;
        Object template = ContextLocals.get(URL_TEMPLATE).orElse(null);
        Entry entry = new Entry(Buffer.buffer(body), compressible && (keep || gzipWanted) ? Buffer.buffer(gzip(body)) : null, contentType, etag,
                lastModified, link, disposition, template instanceof String t ? t : null);
        if (keep) {
            entries.put(key, entry);
        }
        return entry;
    }

    /** Whether an answer of this many bytes would be kept: a streamed export this small is worth rendering into memory. */
    public boolean keeps(long bytes) {
        return config.enabled() && bytes <= config.maxEntryBytes();
    }

    /**
     * The key of an answer: everything it depends on besides the release, the public base URL that its links start
     * with included (two bases never share an answer). Null when it must not be cached.
     */
    String key(HttpServerRequest request) {
        if (request.method() != HttpMethod.GET || request.path() == null || !request.path().startsWith("/api/")) {
            return null;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return base.of(request) + request.uri() + "\n" + (accept == null ? "" : accept);
    }

    /**
     * Sends the answer kept for this request, or a 304 when the client has it (true); false when none is kept, or the cache
     * is off. {@link Edge} has answered what the limits and the rate limit refuse.
     */
    boolean serve(RoutingContext context) {
        if (!config.enabled()) {
            return false;
        }
        HttpServerRequest request = context.request();
        String key = key(request);
        Entry entry = key == null ? null : entries.getIfPresent(key);
        if (entry == null) {
            return false;
        }
        if (entry.template() != null) {
            ContextLocals.put(URL_TEMPLATE, entry.template());
        }
        boolean compressible = entry.gzip() != null;
        boolean gzip = compressible && ContentCoding.gzip(context);
        String etag = HttpCaching.etag(entry.etag(), gzip ? ContentCoding.GZIP : "");
        HttpServerResponse response = context.response();
        MultiMap headers = response.headers();
        headers.set(HttpHeaders.ETAG, etag);
        if (entry.lastModified() != null) {
            headers.set(HttpHeaders.LAST_MODIFIED, entry.lastModified());
        }
        headers.set(HttpHeaders.CACHE_CONTROL, HttpCaching.CACHE_CONTROL);
        headers.set(HttpHeaders.VARY, HttpCaching.VARY);
        if (entry.link() != null) {
            headers.set("Link", entry.link());
        }
        if (HttpCaching.notModified(request.getHeader(HttpHeaders.IF_NONE_MATCH), request.getHeader(HttpHeaders.IF_MODIFIED_SINCE),
                etag, entry.lastModified())) {
            response.setStatusCode(304).end();
            return true;
        }
        headers.set(HttpHeaders.CONTENT_TYPE, entry.contentType());
        if (entry.disposition() != null) {
            headers.set(HttpHeaders.CONTENT_DISPOSITION, entry.disposition());
        }
        // identity: Vert.x must not compress it again with a coding of its choice (it removes the marker before sending)
        headers.set(HttpHeaders.CONTENT_ENCODING, gzip ? ContentCoding.GZIP : ContentCoding.IDENTITY);
        response.end(gzip ? entry.gzip() : entry.body());
        return true;
    }

    private static byte[] gzip(byte[] body) {
        var out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (var gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
