package org.opendrugpolicy.api;

import java.util.List;

/**
 * Every kind of problem the service answers with, and only these: each problem's {@code type}, {@code status} and
 * {@code title} come from here, wherever it is written (a resource, the problem mappers, the edge). The contract lists
 * them on the Problem schema ({@code x-problem-types}, written by {@code openapi.OpenApiFilter}), so a client can switch
 * on {@code type} without reading our code; the tests fail on an answer whose type the contract does not list.
 *
 * <p>Published types are part of {@code /api/v1}: add, never rename or remove.
 */
public enum ProblemType {
    INVALID_PARAMETER("invalid-parameter", 400, "Invalid parameter",
            "A query parameter is malformed, out of range, unknown or repeated, or the query has too many parameters; errors names each and why."),
    INVALID_URI("invalid-uri", 400, "Invalid URI",
            "The request target is not a valid URI (RFC 3986): a raw quote, angle bracket or brace, or a % not followed by two hex digits."),
    INVALID_HOST("invalid-host", 400, "Invalid host",
            "The Host header, or the host a trusted proxy forwards, is not a host name or address with an optional port."),
    INVALID_FORWARDED_PROTO("invalid-forwarded-proto", 400, "Invalid forwarded scheme",
            "A trusted proxy forwarded a scheme other than http or https (Forwarded: proto=, X-Forwarded-Proto)."),
    BAD_REQUEST("bad-request", 400, "Bad request",
            "The request could not be read: a header is malformed (an Accept header with a q value that is no number, for one)."),
    NOT_FOUND("not-found", 404, "Not found", "No record has this id, or no resource is at this path."),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed",
            "The API is read-only: only GET, HEAD and OPTIONS are accepted, as the Allow header says."),
    NOT_ACCEPTABLE("not-acceptable", 406, "Not acceptable", "The Accept header asks for a media type this operation does not produce."),
    CONTENT_TOO_LARGE("content-too-large", 413, "Content too large",
            "The request has a body larger than the service accepts; no operation reads one."),
    URI_TOO_LONG("uri-too-long", 414, "URI too long", "The path and query are longer than the service accepts."),
    TOO_MANY_REQUESTS("too-many-requests", 429, "Too many requests",
            "This client has used up its request allowance; the Retry-After header says when to try again."),
    HEADER_FIELDS_TOO_LARGE("header-fields-too-large", 431, "Request header fields too large",
            "The request headers are more or larger than the service accepts."),
    INTERNAL_ERROR("internal-error", 500, "Internal server error", "The server failed; the error is logged, never sent."),
    REQUEST_TIMEOUT("request-timeout", 503, "Service unavailable",
            "The service did not answer in time, being busy; the Retry-After header says when to try again."),
    DATABASE_UNAVAILABLE("database-unavailable", 503, "Service unavailable",
            "The database is unavailable (restarting or unreachable); the Retry-After header says when to try again.");

    private final String slug;
    private final int status;
    private final String title;
    private final String meaning;

    ProblemType(String slug, int status, String title, String meaning) {
        this.slug = slug;
        this.status = status;
        this.title = title;
        this.meaning = meaning;
    }

    /** The type's last path segment, e.g. {@code invalid-parameter}. */
    public String slug() {
        return slug;
    }

    /** The problem's {@code type}: {@link Problem#TYPE_BASE} and the slug. */
    public String uri() {
        return Problem.TYPE_BASE + slug;
    }

    /** The HTTP status every problem of this type has. */
    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** When a client gets it, in one sentence: for the contract and the README. */
    public String meaning() {
        return meaning;
    }

    /** The problem of this type for this request. */
    public Problem problem(String detail, String instance, List<Problem.InvalidParameter> errors, String requestId) {
        return new Problem(uri(), title, status, detail, instance, errors, requestId);
    }

    /**
     * The type for an error that carries nothing but its status (a framework's exception, a Vert.x handler's failure):
     * the one type that stands for that status alone, {@link #BAD_REQUEST} for any other client error, and
     * {@link #INTERNAL_ERROR} for any other server error.
     */
    public static ProblemType forStatus(int status) {
        return switch (status) {
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 413 -> CONTENT_TOO_LARGE;
            case 414 -> URI_TOO_LONG;
            case 429 -> TOO_MANY_REQUESTS;
            case 431 -> HEADER_FIELDS_TOO_LARGE;
            default -> status >= 500 ? INTERNAL_ERROR : BAD_REQUEST;
        };
    }
}
