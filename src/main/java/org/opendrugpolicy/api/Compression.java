package org.opendrugpolicy.api;

import jakarta.ws.rs.core.MediaType;
import java.util.Set;

/**
 * The media types the HTTP layer compresses when the client accepts it: the same list as
 * quarkus.http.compress-media-types in application.properties (checked by a test).
 */
final class Compression {
    static final Set<String> MEDIA_TYPES = Set.of("application/json", "application/problem+json", "application/ld+json",
            "application/x-ndjson", "text/csv", "application/yaml");

    private Compression() {}

    static boolean compresses(MediaType type) {
        return type != null && MEDIA_TYPES.contains(type.getType() + "/" + type.getSubtype());
    }
}
