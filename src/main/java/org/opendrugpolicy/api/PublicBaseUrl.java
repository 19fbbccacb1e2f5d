package org.opendrugpolicy.api;

import io.quarkus.arc.Arc;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;

/**
 * Where the API is published: the scheme, host and optional path prefix that every link and {@code href} of an
 * answer starts with, so that a client on another origin can follow them as they are.
 *
 * <p>It is {@value #KEY} when set (e.g. {@code https://api.opendrugpolicy.org}); otherwise the request's own
 * scheme and host. Behind a reverse proxy, the request's scheme and host are those the proxy forwards
 * ({@code Forwarded}, {@code X-Forwarded-Proto}, {@code X-Forwarded-Host}), and only when the proxy is one of
 * {@code quarkus.http.proxy.trusted-proxies}: Quarkus's forwarded-header support reads them, not this class.
 * A Host that is no host name or address is refused at the edge (a 400, {@code http.TransportProblems}).
 * Records keep their links as paths ({@code /api/v1/...}); {@link AbsoluteLinks} joins this base to them when the
 * answer is written, so the same record serves every base, and the answer's bytes, ETag and cache key depend on it.
 */
@Singleton
public class PublicBaseUrl {
    /** The configuration key of the public base URL. */
    public static final String KEY = "odp.public-base-url";

    private final String configured;

    PublicBaseUrl(@ConfigProperty(name = KEY) Optional<String> configured) {
        this.configured = configured.filter(value -> !value.isBlank()).map(PublicBaseUrl::check).orElse(null);
    }

    /** The one instance, for code that Jackson or a static helper calls. */
    public static PublicBaseUrl get() {
        return Arc.container().instance(PublicBaseUrl.class).get();
    }

    /** The base of links in the answer to this request: the configured one, else the request's scheme and host. */
    public String of(HttpServerRequest request) {
        if (configured != null) {
            return configured;
        }
        String host = request.host();
        if (host == null) { // HTTP/1.0 without Host: the address this request came in on
            var local = request.localAddress();
            host = local.host().contains(":") ? "[" + local.host() + "]:" + local.port() : local.host() + ":" + local.port();
        }
        return request.scheme().toLowerCase(Locale.ROOT) + "://" + host;
    }

    /** The base for the request being answered on this thread, or null outside a request (links then stay paths). */
    public String current() {
        if (configured != null) {
            return configured;
        }
        var context = CurrentRequestManager.get();
        HttpServerRequest request = context == null ? null : context.serverRequest().unwrap(HttpServerRequest.class);
        return request == null ? null : of(request);
    }

    /** A link as the client gets it: a path of this service joined to the base; anything else (null, absolute) as it is. */
    public static String absolute(String base, String link) {
        return base == null || link == null || !link.startsWith("/") || link.startsWith("//") ? link : base + link;
    }

    /** The configured value, without a trailing slash; the service does not start with one that is not an absolute http(s) URL. */
    private static String check(String value) {
        String trimmed = value.strip().replaceAll("/+$", "");
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null
                    || uri.getRawUserInfo() != null) {
                throw new IllegalArgumentException(KEY + " must be an absolute http or https URL with a host and no query, fragment or "
                        + "user, such as https://api.opendrugpolicy.org; got '" + value + "'");
            }
            return trimmed;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(KEY + " is not a URL: '" + value + "' (" + e.getReason() + ")", e);
        }
    }
}
