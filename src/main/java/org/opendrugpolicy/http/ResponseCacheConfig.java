package org.opendrugpolicy.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.OptionalLong;

/** The in-memory cache of serialized answers ({@link ResponseCache}). */
@ConfigMapping(prefix = "odp.response-cache")
public interface ResponseCacheConfig {
    /** Off, every request is answered by the REST layer and the database, as a check or to profile them. */
    @WithDefault("true")
    boolean enabled();

    /** Memory for cached answers (their bodies, plain and gzip), in bytes; unset: {@link #defaultMaxBytes()}. */
    OptionalLong maxBytes();

    /** Larger answers (big pages, networks) are not kept. */
    @WithDefault("1048576")
    int maxEntryBytes();

    /** 32 MiB, or a quarter of the heap when that is smaller, so that a small heap (-Xmx64m) is not filled by cached answers. */
    static long defaultMaxBytes() {
        return Math.min(32L << 20, Runtime.getRuntime().maxMemory() / 4);
    }
}
