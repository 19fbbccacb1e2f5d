package org.opendrugpolicy.http;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import java.lang.reflect.Method;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.opendrugpolicy.api.Problem;
import org.opendrugpolicy.api.ProblemException;
import org.opendrugpolicy.api.ProblemType;
import org.opendrugpolicy.api.Text;

/**
 * The one place where exceptions become HTTP answers: always problem details, never internals; only a browser that
 * navigates to a page outside the API gets its 404 as a page that leads back to the explorer.
 */
class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** Every resource of the API is read-only. */
    private static final String READ_METHODS = "GET, HEAD, OPTIONS";
    /** Seconds a client should wait after a 503 database-unavailable: about a database restart's length. */
    static final int DATABASE_RETRY_AFTER = 5;

    @ServerExceptionMapper
    Response problem(ProblemException e, HttpServerRequest request, HttpServerResponse response) {
        return answer(e.type(), e.getMessage(), request, e.errors(), response);
    }

    @ServerExceptionMapper
    Response notFound(NotFoundException e, HttpServerRequest request, HttpHeaders headers, HttpServerResponse response) {
        String path = request.path();
        if (!path.startsWith(Edge.API_PREFIX) && prefersHtml(headers)) {
            return Response.status(404).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(notFoundPage(path)).build();
        }
        return answer(ProblemType.NOT_FOUND, "No resource at " + Text.quote(path, 300) + "." + encodedSymbolHint(path), request, List.of(), response);
    }

    /**
     * Whether the client ranks HTML first, as a browser navigating to a page does (text/html, then any type at a lower
     * q); scripts, curl (any type) and API clients rank it lower or not at all, and get the problem.
     */
    private static boolean prefersHtml(HttpHeaders headers) {
        try {
            List<MediaType> acceptable = headers.getAcceptableMediaTypes();
            return !acceptable.isEmpty() && acceptable.get(0).isCompatible(MediaType.TEXT_HTML_TYPE) && !acceptable.get(0).isWildcardType()
                    && !acceptable.get(0).isWildcardSubtype();
        } catch (RuntimeException e) {
            return false; // not a list of media ranges: the problem
        }
    }

    /**
     * The 404 a browser gets outside the API (a guessed page like /sessions/cnd-68, or /favicon.ico): a page that leads back
     * to the explorer, whose pages live after the # (/#/sessions/cnd-68). No script or style: the explorer's
     * Content-Security-Policy allows neither inline.
     */
    private static String notFoundPage(String path) {
        String shown = Text.quote(path, 300).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        return """
                <!doctype html>
                <html lang="en">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Not found: Open Drug Policy</title><link rel="stylesheet" href="/explorer/explorer.css"></head>
                <body><main>
                <h1>Not found</h1>
                <p>Nothing is published at <code>%s</code>.</p>
                <p><a href="/">Open the dataset explorer</a>, or read the <a href="/q/swagger-ui">API documentation</a>.</p>
                </main></body>
                </html>
                """.formatted(shown);
    }

    /** A UN document symbol of the CND (E/CN.7/2025/L.2/Rev.1) written into a path with its slashes as they are. */
    private static final Pattern UNENCODED_SYMBOL = Pattern.compile("(?i)(.*?/)(E/CN\\.7/[0-9]{4}/L\\.[0-9]+(?:/Rev\\.[0-9]+)?)(/[a-z-]+)?/?");

    /**
     * The natural first try with a symbol, /api/v1/resolutions/E/CN.7/2025/L.2/Rev.1, matches no route: the path a client
     * meant, with the symbol's slashes percent-encoded, as a sentence (empty for any other path).
     */
    private static String encodedSymbolHint(String path) {
        Matcher symbol = UNENCODED_SYMBOL.matcher(path);
        if (!symbol.matches()) {
            return "";
        }
        String meant = symbol.group(1) + symbol.group(2).replace("/", "%2F") + (symbol.group(3) == null ? "" : symbol.group(3));
        return " A UN document symbol in a path has its slashes percent-encoded: " + Text.quote(meant, 300) + ".";
    }

    @ServerExceptionMapper
    Response notAllowed(NotAllowedException e, HttpServerRequest request, HttpServerResponse response) {
        Response r = answer(ProblemType.METHOD_NOT_ALLOWED, "The API is read-only: use " + READ_METHODS + ".", request, List.of(), response);
        return Response.fromResponse(r).header(HttpHeaders.ALLOW, READ_METHODS).build();
    }

    /** The media types of the operation that refused Accept (its {@code @Produces}), or of the API where none was chosen yet. */
    @ServerExceptionMapper
    Response notAcceptable(NotAcceptableException e, HttpServerRequest request, HttpServerResponse response, ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        Produces produces = method == null ? null : method.isAnnotationPresent(Produces.class) ? method.getAnnotation(Produces.class)
                : method.getDeclaringClass().getAnnotation(Produces.class);
        return answer(ProblemType.NOT_ACCEPTABLE, produces == null ? NOT_ACCEPTABLE
                : "The Accept header takes none of the media types this operation answers in: " + String.join(", ", produces.value()) + ".",
                request, List.of(), response);
    }

    /** Where the framework refused Accept while matching, before any operation was chosen: every type, and which answers in which. */
    static final String NOT_ACCEPTABLE = "The Accept header takes none of the media types of this resource: the API answers in "
            + "application/json, its lists also in text/csv, and each export in its file's type, one of text/csv, application/json, "
            + "application/x-ndjson and application/zip (see /api/v1/exports).";

    @ServerExceptionMapper
    Response web(WebApplicationException e, HttpServerRequest request, HttpServerResponse response) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, request, response);
        }
        // A framework's refusal that carries only its status (a malformed Accept header is a BadRequestException)
        Response.Status known = Response.Status.fromStatusCode(status);
        return answer(ProblemType.forStatus(status), "The request could not be read" + (known == null ? "" : ": " + known.getReasonPhrase()) + ".",
                request, List.of(), response);
    }

    @ServerExceptionMapper
    Response unexpected(Throwable e, HttpServerRequest request, HttpServerResponse response) {
        if (response != null && response.ended()) {
            // Answered already, by RequestTimeout's 503: this is the late answer failing to write, as it should.
            LOG.debugf("Late answer dropped on %s: %s", request.uri(), e);
            return Response.serverError().build();
        }
        SQLException away = databaseAway(e);
        if (away != null) {
            // Not our bug, and not the client's: the database restarts or cannot be reached. The pool replaces broken
            // connections by itself, so the same request succeeds once the database is back.
            LOG.warnf("Database unavailable on %s (SQL state %s): %s", request.uri(), away.getSQLState(), away.getMessage());
            Response r = answer(ProblemType.DATABASE_UNAVAILABLE,
                    "The database is unavailable; retry after " + DATABASE_RETRY_AFTER + " s.", request, List.of(), response);
            return Response.fromResponse(r).header(HttpHeaders.RETRY_AFTER, DATABASE_RETRY_AFTER).build();
        }
        LOG.error("Unexpected error on " + request.uri(), e);
        return answer(ProblemType.INTERNAL_ERROR,
                "The server could not answer this request. The error has been logged.", request, List.of(), response);
    }

    /**
     * The SQL exception in the chain that says the database cannot be reached or is going away, or null: SQL state class
     * 08 (connection exception), 57P (PostgreSQL's operator intervention: shutdown, restart, cannot connect now), 53
     * (insufficient resources, e.g. too many connections), or the pool's acquisition timeout (which has no state).
     */
    static SQLException databaseAway(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState() == null ? "" : sql.getSQLState();
                String message = String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT);
                if (state.startsWith("08") || state.startsWith("57P") || state.startsWith("53") || message.contains("acquisition timeout")) {
                    return sql;
                }
            }
        }
        return null;
    }

    static Response answer(ProblemType type, String detail, HttpServerRequest request, List<Problem.InvalidParameter> errors, HttpServerResponse response) {
        Problem body = type.problem(detail, Text.quote(instanceOf(request), 300), errors, Edge.requestIdOf(response));
        return Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    /**
     * A problem's instance: the target's path and query as sent (before RequestNormalization drops empty values), and
     * relative even when the request line gave an absolute URI (Vert.x parses the path out of one).
     */
    static String instanceOf(HttpServerRequest request) {
        return request.query() == null ? request.path() : request.path() + "?" + request.query();
    }
}
