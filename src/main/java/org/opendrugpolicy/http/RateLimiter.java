package org.opendrugpolicy.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.opendrugpolicy.api.ProblemType;

/**
 * A token bucket per client address on /api, with the IETF draft RateLimit-* headers on every answer.
 * A request needs one token to be admitted; once its answer is known, anything but a 304 costs one more,
 * so a client that revalidates with If-None-Match gets twice as many requests.
 * The address is the TCP peer's (or the forwarded one when quarkus.http.proxy.* trusts a proxy).
 *
 * <p>{@link Edge} asks it before {@link ResponseCache} can answer from memory, so cached answers are counted like any
 * other, and it answers a refused request there, with the 429 problem: one layer decides and answers.
 */
@Singleton
class RateLimiter {
    private final RateLimitConfig config;
    private final Counter rejections;
    /** Bounded, least recently used dropped first, so that many addresses cannot exhaust memory. */
    private final Cache<String, Bucket> buckets;

    RateLimiter(RateLimitConfig config, MeterRegistry registry) {
        this.config = config;
        this.rejections = Counter.builder("odp.rate.limit.rejections").description("Requests refused with 429 by the rate limiter")
                .register(registry);
        this.buckets = Caffeine.newBuilder().maximumSize(config.maxClients()).build();
    }

    /**
     * Counts the request against its client's allowance: true when admitted; false when it has been answered 429 (after the
     * request id and CORS, so the problem carries their headers). Off ({@code odp.rate-limit.enabled=false}), it admits all.
     */
    boolean admit(RoutingContext context) {
        if (config.enabled() && context.request().path() != null && context.request().path().startsWith("/api")) {
            Bucket bucket = buckets.get(client(context.request().remoteAddress()), c -> Bucket.builder()
                    .addLimit(limit -> limit.capacity(config.capacity()).refillGreedy(config.refillPerSecond(), Duration.ofSeconds(1)))
                    .build());
            ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
            context.addHeadersEndHandler(v -> charge(bucket, context.response()));
            if (!probe.isConsumed()) {
                rejections.increment();
                long retryAfter = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999) / 1_000_000_000);
                context.response().putHeader("Retry-After", Long.toString(retryAfter));
                TransportProblems.send(context, ProblemType.TOO_MANY_REQUESTS,
                        "This client has used up its request allowance; retry after " + retryAfter + " s.");
                return false;
            }
        }
        return true;
    }

    /**
     * Who is counted: the client's address, or the node a trusted proxy names in {@code Forwarded: for=} or
     * {@code X-Forwarded-For}, which RFC 7239 (section 6) lets be {@code unknown} or an obfuscated identifier
     * ({@code _hidden}) rather than an address; such a client is counted by that name.
     */
    private static String client(SocketAddress address) {
        if (address == null) {
            return "unknown";
        }
        if (address.hostAddress() != null) {
            return address.hostAddress();
        }
        return address.host() != null ? address.host() : "unknown";
    }

    private void charge(Bucket bucket, HttpServerResponse response) {
        int status = response.getStatusCode();
        if (status != 304 && status != 429) {
            bucket.consumeIgnoringRateLimits(1);
        }
        long remaining = Math.max(0, bucket.getAvailableTokens());
        long reset = (config.capacity() - remaining + config.refillPerSecond() - 1) / config.refillPerSecond();
        response.putHeader("RateLimit-Limit", Long.toString(config.capacity()));
        response.putHeader("RateLimit-Remaining", Long.toString(remaining));
        response.putHeader("RateLimit-Reset", Long.toString(reset));
    }
}
