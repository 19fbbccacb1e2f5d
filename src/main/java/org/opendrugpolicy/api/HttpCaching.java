package org.opendrugpolicy.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.opendrugpolicy.dataset.DatasetLoader;

/**
 * Conditional GET for every successful read: a strong ETag computed from the bytes of the answer,
 * Last-Modified from the dataset release, and 304 with no body when the client already has it. The
 * data changes only with a release, so clients may cache for a while and then revalidate cheaply.
 *
 * <p>The ETag also names the content coding the response will be sent with (the HTTP layer
 * compresses after this filter), because gzip and identity bodies are different representations.
 * An answer that set its own ETag (a streamed export) keeps it.
 */
class HttpCaching {
    static final String CACHE_CONTROL = "public, max-age=300, stale-while-revalidate=60";
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final ObjectMapper json;
    private final DatasetLoader dataset;
    private final Set<String> compressed;

    HttpCaching(ObjectMapper json, DatasetLoader dataset,
            @ConfigProperty(name = "quarkus.http.compress-media-types") List<String> compressed) {
        this.json = json;
        this.dataset = dataset;
        this.compressed = Set.copyOf(compressed);
    }

    /** Runs after the filters that read the entity as an object (response filters run in descending priority). */
    @ServerResponseFilter(priority = Priorities.HEADER_DECORATOR)
    void revalidate(ContainerRequestContext request, ContainerResponseContext response) throws JsonProcessingException {
        String method = request.getMethod();
        if (!HttpMethod.GET.equals(method) && !HttpMethod.HEAD.equals(method)) {
            return;
        }
        if (response.getStatus() >= 400) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
            return;
        }
        if (response.getStatus() != 200 || response.getEntity() == null || !dataset.isLoaded()) {
            return;
        }
        String etag = response.getHeaderString(HttpHeaders.ETAG);
        if (etag == null) {
            if (!isJson(response.getMediaType())) {
                return;
            }
            byte[] body = json.writeValueAsBytes(response.getEntity());
            response.setEntity(body, response.getEntityAnnotations(), response.getMediaType());
            etag = "\"" + sha256(body) + "\"";
        }
        etag = etag.substring(0, etag.length() - 1) + coding(request, response.getMediaType()) + "\"";
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        Instant modified = lastModified();
        if (modified != null) {
            response.getHeaders().putSingle(HttpHeaders.LAST_MODIFIED, HTTP_DATE.format(modified));
        }
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        response.getHeaders().putSingle(HttpHeaders.VARY, "Accept, Accept-Encoding");
        if (notModified(request, etag, modified)) {
            response.setStatus(304);
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
            response.getHeaders().remove(HttpHeaders.CONTENT_DISPOSITION);
        }
    }

    /** RFC 9110 §13.1: If-None-Match wins; If-Modified-Since counts only without it. */
    private static boolean notModified(ContainerRequestContext request, String etag, Instant modified) {
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            for (String candidate : ifNoneMatch.split(",")) {
                String tag = candidate.strip();
                if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(etag)) {
                    return true;
                }
            }
            return false;
        }
        String ifModifiedSince = request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE);
        if (ifModifiedSince == null || modified == null) {
            return false;
        }
        try {
            return !modified.isAfter(Instant.from(HTTP_DATE.parse(ifModifiedSince.strip())));
        } catch (DateTimeParseException e) {
            return false; // an unparseable date is ignored, as RFC 9110 asks
        }
    }

    private Instant lastModified() {
        String created = dataset.version().created();
        try {
            return created == null ? null : Instant.parse(created);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The coding the HTTP layer will compress this body with, as it chooses it (gzip first, then deflate). */
    private String coding(ContainerRequestContext request, MediaType type) {
        String accepted = request.getHeaderString(HttpHeaders.ACCEPT_ENCODING);
        if (accepted == null || type == null || !compressed.contains(type.getType() + "/" + type.getSubtype())) {
            return "";
        }
        String lower = accepted.toLowerCase(Locale.ROOT);
        return lower.contains("gzip") ? "-gzip" : lower.contains("deflate") ? "-deflate" : "";
    }

    private static boolean isJson(MediaType type) {
        return type != null && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.getSubtype().endsWith("+json"));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
