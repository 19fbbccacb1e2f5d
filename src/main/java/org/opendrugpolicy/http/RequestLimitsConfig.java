package org.opendrugpolicy.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Request limits answered with problem details. They sit below Vert.x's own limits
 * (quarkus.http.limits.*), which stay as a backstop that answers with an empty body.
 */
@ConfigMapping(prefix = "odp.limits")
public interface RequestLimitsConfig {
    /** Longest path plus query, in characters, before a 414. */
    @WithDefault("2048")
    int maxUrlLength();

    /** Most header bytes (names and values) before a 431. */
    @WithDefault("8192")
    int maxHeaderBytes();

    /** Most header lines before a 431. */
    @WithDefault("64")
    int maxHeaders();

    /** Most query parameters before a 400: no operation takes more than ten. */
    @WithDefault("32")
    int maxQueryParameters();

    /**
     * Longest wait for the head of an answer before a 503 (see {@link RequestTimeout}); zero turns it off.
     * A response that has started (a long export streaming) is not cut: the idle timeout guards those.
     */
    @WithDefault("10s")
    Duration requestTimeout();
}
