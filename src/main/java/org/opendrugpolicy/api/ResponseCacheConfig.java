package org.opendrugpolicy.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The in-memory cache of serialized answers ({@link ResponseCache}). */
@ConfigMapping(prefix = "odp.response-cache")
public interface ResponseCacheConfig {
    /** Off, every request is answered by the REST layer and the database, as a check or to profile them. */
    @WithDefault("true")
    boolean enabled();

    /** Memory for cached answers (their bodies, plain and gzip), in bytes. */
    @WithDefault("33554432")
    long maxBytes();

    /** Larger answers (big pages, networks) are not kept. */
    @WithDefault("1048576")
    int maxEntryBytes();
}
