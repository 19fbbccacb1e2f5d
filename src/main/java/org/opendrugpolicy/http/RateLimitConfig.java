package org.opendrugpolicy.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Per-client token buckets on /api. A full response costs 2 tokens, a 304 Not Modified 1. */
@ConfigMapping(prefix = "odp.rate-limit")
public interface RateLimitConfig {
    @WithDefault("true")
    boolean enabled();

    /** Tokens a client can spend in a burst: 1200 is 600 full responses. */
    @WithDefault("1200")
    long capacity();

    /** Tokens given back per second: 40 is 20 full responses a second, sustained. */
    @WithDefault("40")
    long refillPerSecond();

    /** Clients remembered at once; the least recently seen are forgotten first (they start again with a full bucket). */
    @WithDefault("10000")
    int maxClients();
}
