package org.opendrugpolicy.api;

import jakarta.ws.rs.core.Response;
import java.util.List;

/** Thrown anywhere in a request to answer with a problem; the edge's problem mappers ({@code http.ProblemMappers}) write it. */
public class ProblemException extends RuntimeException {
    final Response.Status status;
    final String type;
    final String title;
    final List<Problem.InvalidParameter> errors;
    /** Seconds after which a retry can succeed, sent as Retry-After; 0 for none. */
    final long retryAfterSeconds;

    public ProblemException(Response.Status status, String type, String title, String detail, List<Problem.InvalidParameter> errors) {
        this(status, type, title, detail, errors, 0);
    }

    private ProblemException(Response.Status status, String type, String title, String detail, List<Problem.InvalidParameter> errors,
            long retryAfterSeconds) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static ProblemException tooManyRequests(long retryAfterSeconds) {
        return new ProblemException(Response.Status.TOO_MANY_REQUESTS, "too-many-requests", "Too many requests",
                "This client has used up its request allowance; retry after " + retryAfterSeconds + " s.", List.of(), retryAfterSeconds);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Response.Status.NOT_FOUND, "not-found", "Not found", detail, List.of());
    }

    public static ProblemException invalidParameter(String name, String reason) {
        return invalidParameters(List.of(new Problem.InvalidParameter(name, reason)));
    }

    public static ProblemException invalidParameters(List<Problem.InvalidParameter> errors) {
        String detail = errors.stream().map(e -> e.name() + ": " + e.reason()).reduce((a, b) -> a + "; " + b).orElse("");
        return new ProblemException(Response.Status.BAD_REQUEST, "invalid-parameter", "Invalid parameter", detail, errors);
    }

    public Response.Status status() {
        return status;
    }

    /** The problem type's last path segment, e.g. "invalid-parameter". */
    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<Problem.InvalidParameter> errors() {
        return errors;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
