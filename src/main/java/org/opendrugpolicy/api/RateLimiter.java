package org.opendrugpolicy.api;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A token bucket per client address on /api, with the IETF draft RateLimit-* headers on every answer.
 * A request needs one token to be admitted; once its answer is known, anything but a 304 costs one more,
 * so a client that revalidates with If-None-Match gets twice as many requests.
 * The address is the TCP peer's (or the forwarded one when quarkus.http.proxy.* trusts a proxy).
 */
class RateLimiter {
    private static final String BUCKET = RateLimiter.class.getName();

    private final RateLimitConfig config;
    private final Counter rejections;
    /** Least recently seen first; bounded so that many addresses cannot exhaust memory. */
    private final Map<String, Bucket> buckets;

    RateLimiter(RateLimitConfig config, MeterRegistry registry) {
        this.config = config;
        this.rejections = Counter.builder("odp.rate.limit.rejections").description("Requests refused with 429 by the rate limiter")
                .register(registry);
        int max = config.maxClients();
        this.buckets = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > max;
            }
        };
    }

    @ServerRequestFilter(preMatching = true, priority = 20)
    void admit(ContainerRequestContext request, HttpServerRequest http) {
        if (!config.enabled() || !request.getUriInfo().getRequestUri().getRawPath().startsWith("/api")) {
            return;
        }
        Bucket bucket = bucketOf(http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress());
        request.setProperty(BUCKET, bucket);
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            rejections.increment();
            throw ProblemException.tooManyRequests(Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999) / 1_000_000_000));
        }
    }

    /** Runs after HttpCaching (response filters run in descending priority), so it sees the 304 a revalidation becomes. */
    @ServerResponseFilter(priority = Priorities.HEADER_DECORATOR - 100)
    void charge(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(BUCKET) instanceof Bucket bucket)) {
            return;
        }
        int status = response.getStatus();
        if (status != 304 && status != 429) {
            bucket.consumeIgnoringRateLimits(1);
        }
        long remaining = Math.max(0, bucket.getAvailableTokens());
        long reset = (config.capacity() - remaining + config.refillPerSecond() - 1) / config.refillPerSecond();
        response.getHeaders().putSingle("RateLimit-Limit", config.capacity());
        response.getHeaders().putSingle("RateLimit-Remaining", remaining);
        response.getHeaders().putSingle("RateLimit-Reset", reset);
    }

    private Bucket bucketOf(String client) {
        synchronized (buckets) {
            return buckets.computeIfAbsent(client, c -> Bucket.builder()
                    .addLimit(limit -> limit.capacity(config.capacity()).refillGreedy(config.refillPerSecond(), Duration.ofSeconds(1)))
                    .build());
        }
    }
}
