package org.opendrugpolicy.http;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import io.vertx.core.http.HttpServerResponse;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.opendrugpolicy.api.Problem;
import org.opendrugpolicy.api.ProblemException;
import org.opendrugpolicy.api.Text;

/** The one place where exceptions become HTTP answers: always problem details, never internals. */
class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** Every resource of the API is read-only. */
    private static final String READ_METHODS = "GET, HEAD, OPTIONS";

    @ServerExceptionMapper
    Response problem(ProblemException e, UriInfo uri, HttpServerResponse response) {
        Response r = answer(e.status().getStatusCode(), e.type(), e.title(), e.getMessage(), uri, e.errors(), response);
        return e.retryAfterSeconds() > 0 ? Response.fromResponse(r).header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds()).build() : r;
    }

    @ServerExceptionMapper
    Response notFound(NotFoundException e, UriInfo uri, HttpServerResponse response) {
        return answer(404, "not-found", "Not found", "No resource at " + Text.quote(uri.getRequestUri().getRawPath(), 300) + ".", uri, List.of(), response);
    }

    @ServerExceptionMapper
    Response notAllowed(NotAllowedException e, UriInfo uri, HttpServerResponse response) {
        Response r = answer(405, "method-not-allowed", "Method not allowed", "The API is read-only: use " + READ_METHODS + ".", uri, List.of(), response);
        return Response.fromResponse(r).header(HttpHeaders.ALLOW, READ_METHODS).build();
    }

    @ServerExceptionMapper
    Response notAcceptable(NotAcceptableException e, UriInfo uri, HttpServerResponse response) {
        return answer(406, "not-acceptable", "Not acceptable",
                "This resource is available as application/json (lists also as text/csv); the Accept header asks for something else.", uri, List.of(), response);
    }

    @ServerExceptionMapper
    Response unsupported(NotSupportedException e, UriInfo uri, HttpServerResponse response) {
        return answer(415, "unsupported-media-type", "Unsupported media type", "This resource takes no request body.", uri, List.of(), response);
    }

    @ServerExceptionMapper
    Response web(WebApplicationException e, UriInfo uri, HttpServerResponse response) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri, response);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Client error" : known.getReasonPhrase();
        return answer(status, "http-" + status, title, title + ".", uri, List.of(), response);
    }

    @ServerExceptionMapper
    Response unexpected(Throwable e, UriInfo uri, HttpServerResponse response) {
        if (response != null && response.ended()) {
            // Answered already, by RequestTimeout's 503: this is the late answer failing to write, as it should.
            LOG.debugf("Late answer dropped on %s: %s", uri.getRequestUri(), e);
            return Response.serverError().build();
        }
        LOG.error("Unexpected error on " + uri.getRequestUri(), e);
        return answer(500, "internal-error", "Internal server error",
                "The server could not answer this request. The error has been logged.", uri, List.of(), response);
    }

    static Response answer(int status, String type, String title, String detail, UriInfo uri, List<Problem.InvalidParameter> errors,
            HttpServerResponse response) {
        String instance = uri.getRequestUri().getRawPath()
                + (uri.getRequestUri().getRawQuery() == null ? "" : "?" + uri.getRequestUri().getRawQuery());
        Problem body = new Problem(Problem.TYPE_BASE + type, title, status, detail, Text.quote(instance, 300), errors, RequestIds.of(response));
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
