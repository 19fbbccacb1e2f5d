package org.opendrugpolicy.api;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

@ConfigMapping(prefix = "odp.cursor")
public interface CursorConfig {
    /**
     * The key that signs pagination cursors. Without it, a random key is made at start-up: cursors then
     * stop working when the service restarts, and differ between instances behind a load balancer.
     */
    Optional<String> secret();
}
