package org.opendrugpolicy.http;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Variant;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.opendrugpolicy.api.FilterOrder;

/**
 * Content negotiation for the operations that answer in JSON (or JSON-LD) only: JAX-RS {@code Request.selectVariant}
 * over the types the operation produces, with Accept's q-values ({@code application/json;q=0} is a refusal) and ranges
 * ({@code application/*}); nothing acceptable is a 406 problem. The framework negotiates once more after the operation
 * and would keep a range or Accept's parameters as the response type, so it is handed the chosen type instead.
 *
 * <p>Lists, which also offer CSV, are negotiated by {@code api.CsvLists} (with {@code format=}, which wins over Accept), and
 * an export's type is its file's; both produce text/csv and are left alone here.
 */
public class Negotiation {
    private static final Map<Method, List<Variant>> VARIANTS = new ConcurrentHashMap<>();

    /** After the unknown-parameter check (USER), before CsvLists (USER + 10). */
    @ServerRequestFilter(priority = FilterOrder.CONTENT_NEGOTIATION)
    void select(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || !method.getDeclaringClass().getPackageName().startsWith("org.opendrugpolicy")) {
            return;
        }
        List<Variant> variants = VARIANTS.computeIfAbsent(method, Negotiation::variants);
        if (variants.isEmpty()) {
            return;
        }
        select(request, variants);
    }

    /**
     * Before the framework matches the request: Accept with each media range in lower case (media types are
     * case-insensitive, RFC 9110 §8.3.1, and the framework's matching is not) and without parameters other than q (we always
     * send UTF-8, and a client's {@code application/json; charset=utf-8} would otherwise match no variant).
     */
    @ServerRequestFilter(preMatching = true, priority = FilterOrder.ACCEPT_NORMALIZED)
    void normalize(ContainerRequestContext request) {
        if (request.getHeaderString(HttpHeaders.ACCEPT) == null) {
            return;
        }
        List<String> ranges = new ArrayList<>();
        try {
            for (MediaType range : request.getAcceptableMediaTypes()) {
                String q = range.getParameters().get("q");
                ranges.add((range.getType() + "/" + range.getSubtype()).toLowerCase(Locale.ROOT) + (q == null ? "" : ";q=" + q));
            }
        } catch (IllegalArgumentException e) {
            return; // not a list of media ranges: the framework answers it as before
        }
        request.getHeaders().putSingle(HttpHeaders.ACCEPT, ranges.isEmpty() ? MediaType.WILDCARD : String.join(", ", ranges));
    }

    /** The variant Accept prefers ({@code Request.selectVariant}), or a 406 problem when it takes none; the framework is then handed the chosen type. */
    public static Variant select(ContainerRequestContext request, List<Variant> variants) {
        Variant chosen = request.getRequest().selectVariant(variants);
        if (chosen == null) {
            throw new NotAcceptableException();
        }
        pin(request, chosen.getMediaType());
        return chosen;
    }

    /** Hands the framework the type chosen, so that it neither keeps a range or parameters of Accept nor refuses a range. */
    public static void pin(ContainerRequestContext request, MediaType chosen) {
        request.getHeaders().putSingle(HttpHeaders.ACCEPT, chosen.getType() + "/" + chosen.getSubtype());
    }

    /** The operation's types in its order (the first wins a tie), or none when it also offers CSV. */
    private static List<Variant> variants(Method method) {
        Produces produces = method.isAnnotationPresent(Produces.class) ? method.getAnnotation(Produces.class)
                : method.getDeclaringClass().getAnnotation(Produces.class);
        if (produces == null || Arrays.stream(produces.value()).anyMatch(type -> type.startsWith("text/csv"))) {
            return List.of();
        }
        return Variant.mediaTypes(Arrays.stream(produces.value()).map(MediaType::valueOf).toArray(MediaType[]::new)).build();
    }
}
