package org.opendrugpolicy.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.Variant;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The envelope of every answer, in one place: the parameters that shape an answer rather than choose its records
 * ({@code format=} and {@code Accept}, {@code include=}, {@code fields=}) are read once before the operation runs, and
 * applied once after it returns. The whole sequence of a list request reads:
 *
 * <ol>
 * <li>{@link #read}: no parameter unknown or repeated ({@link UnknownParameterGuard}), the representation (the media type
 *     Accept prefers, or a 406; for a list JSON or CSV with its columns), the includes and the field paths; their errors
 *     wait in the {@link AnswerPlan} for the operation, which adds the errors of its own parameters
 *     ({@link ParameterErrors#ofRequest}), so that one problem names them all. An operation without parameters of its own
 *     has none to wait for: it gets the problem at once.</li>
 * <li>the operation: its filters, sort and paging ({@link RecordList}), the query, and its answer ({@link Lists}): the page
 *     or cursor, or, when CSV was asked for, every row streamed ({@link CsvLists}).</li>
 * <li>{@link #write}: a JSON answer gets its Link header,
 *     then one JSON tree, into which the included records are embedded ({@link Includes}) and from which the fields not
 *     asked for are left out ({@link SparseFieldsets}).</li>
 * <li>{@code http.HttpCaching} serializes the tree once, sets the ETag and answers a conditional request.</li>
 * </ol>
 */
class Answers {
    private static final Map<Method, List<Variant>> VARIANTS = new ConcurrentHashMap<>();

    private final AnswerPlan plan;
    private final Includes includes;
    private final CsvLists csv;
    private final ObjectMapper json;
    private final PublicBaseUrl base;

    Answers(AnswerPlan plan, Includes includes, CsvLists csv, ObjectMapper json, PublicBaseUrl base) {
        this.plan = plan;
        this.includes = includes;
        this.csv = csv;
        this.json = json;
        this.base = base;
    }

    /**
     * Reads the request's parameters that the operation does not read itself: none unknown or repeated
     * ({@link UnknownParameterGuard}), the includes, the field paths and the media type. An operation with parameters of
     * its own gets their errors to report with its own ({@link ParameterErrors#ofRequest}); another gets the problem at
     * once. A bad parameter is a 400 before an unacceptable Accept is a 406.
     */
    @ServerRequestFilter(priority = FilterOrder.ANSWER_PARAMETERS)
    void read(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || !method.getDeclaringClass().getPackageName().startsWith("org.opendrugpolicy")) {
            return;
        }
        var errors = new ParameterErrors();
        boolean safe = UnknownParameterGuard.check(request, method, errors);
        var query = request.getUriInfo().getQueryParameters();
        plan.read(includes.requested(errors, taken(query, method, Includes.PARAMETER), method.getAnnotation(Include.class)),
                SparseFieldsets.paths(errors, taken(query, method, SparseFieldsets.PARAMETER), method));
        try {
            List<Variant> variants = VARIANTS.computeIfAbsent(method, Answers::variants);
            if (!variants.isEmpty()) {
                select(request, variants); // an operation without CSV: its media type, or a 406 problem
            }
            csv.negotiate(errors, request, method, plan);
        } catch (NotAcceptableException e) {
            errors.throwIfAny();
            throw e;
        }
        if (safe && UnknownParameterGuard.readsOwnParameters(method)) {
            plan.await(errors);
        } else {
            errors.throwIfAny();
        }
    }

    /** The parameter's value where the operation takes it; null where it does not, as UnknownParameterGuard names it once, as unknown. */
    private static String taken(MultivaluedMap<String, String> query, Method method, String name) {
        return UnknownParameterGuard.declares(method, name) ? query.getFirst(name) : null;
    }

    @ServerResponseFilter(priority = FilterOrder.ANSWER_BODY)
    void write(ContainerRequestContext request, ContainerResponseContext response, HttpServerRequest http) {
        Object entity = response.getEntity();
        if (response.getStatus() != 200 || entity == null || !plan.isRead()) {
            return;
        }
        plan.checkHandedOver();
        if (plan.csv()) {
            if (!(entity instanceof StreamingOutput)) {
                throw new IllegalStateException("A list operation offers CSV but did not answer with Lists.answer");
            }
            // written as the stream it is: the framework would pick a writer for the operation's declared type, the JSON page
            response.setEntity(entity, response.getEntityAnnotations(), CsvLists.MEDIA_TYPE);
            return;
        }
        if (entity instanceof Paged page) {
            response.getHeaders().putSingle("Link", page.links().header(base.of(http)));
        }
        // JSON was chosen over CSV: the media type is ours, whatever range or parameters Accept gave (text/*, q=0.9)
        MediaType type = plan.isNegotiated() ? MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8") : response.getMediaType();
        if (plan.includes().isEmpty() && plan.fields() == null) {
            if (plan.isNegotiated()) {
                response.setEntity(entity, response.getEntityAnnotations(), type);
            }
            return; // nothing else to change: HttpCaching serializes the record or page itself
        }
        ObjectNode tree = json.valueToTree(entity);
        if (!plan.includes().isEmpty()) {
            tree.set("included", json.valueToTree(includes.find(entity instanceof ListPage<?> ? tree.get("data") : tree, plan.includes())));
        }
        if (plan.fields() != null) {
            tree.set("data", SparseFieldsets.keep(tree.get("data"), plan.fields()));
        }
        response.setEntity(tree, response.getEntityAnnotations(), type);
    }

    /**
     * The variant Accept prefers (JAX-RS {@code Request.selectVariant}: q-values, {@code q=0} a refusal, ranges such as
     * {@code application/*}), or a 406 problem when it takes none. The framework negotiates once more after the operation
     * and would keep a range or Accept's parameters as the response type, so it is handed the chosen type instead.
     */
    static Variant select(ContainerRequestContext request, List<Variant> variants) {
        Variant chosen = request.getRequest().selectVariant(variants);
        if (chosen == null) {
            throw new NotAcceptableException();
        }
        pin(request, chosen.getMediaType());
        return chosen;
    }

    /** Hands the framework the type chosen, so that it neither keeps a range or parameters of Accept nor refuses a range. */
    static void pin(ContainerRequestContext request, MediaType chosen) {
        request.getHeaders().putSingle(HttpHeaders.ACCEPT, chosen.getType() + "/" + chosen.getSubtype());
    }

    /** The operation's types in its order (the first wins a tie), or none when it also offers CSV (see {@link CsvLists#negotiate}). */
    private static List<Variant> variants(Method method) {
        Produces produces = method.isAnnotationPresent(Produces.class) ? method.getAnnotation(Produces.class)
                : method.getDeclaringClass().getAnnotation(Produces.class);
        if (produces == null || Arrays.stream(produces.value()).anyMatch(type -> type.startsWith(CsvLists.TEXT_CSV))) {
            return List.of();
        }
        return Variant.mediaTypes(Arrays.stream(produces.value()).map(MediaType::valueOf).toArray(MediaType[]::new)).build();
    }
}
