package org.opendrugpolicy.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Problem details for the requests Vert.x refuses before they reach a resource (a query that cannot be
 * decoded, for instance): {@link ProblemMappers} never sees those, so without this they would get an empty body.
 */
class TransportProblems {
    private static final Logger LOG = Logger.getLogger(TransportProblems.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::answer);
    }

    private void answer(RoutingContext context) {
        if (context.response().headWritten()) {
            context.next();
            return;
        }
        int status = context.statusCode() >= 400 ? context.statusCode() : 500;
        Problem problem;
        if (status >= 500) {
            LOG.error("Unexpected error on " + context.request().uri(), context.failure());
            problem = problem(500, "internal-error", "The server could not answer this request. The error has been logged.", context);
        } else {
            problem = problem(status, "http-" + status, "The request could not be read: check its encoding and syntax.", context);
        }
        try {
            context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(JSON.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.response().setStatusCode(status).end();
        }
    }

    private static Problem problem(int status, String type, String detail, RoutingContext context) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Client error" : known.getReasonPhrase();
        return new Problem(Problem.TYPE_BASE + type, title, status, detail, Text.quote(context.request().uri(), 300), List.of(),
                RequestIds.assign(context));
    }
}
