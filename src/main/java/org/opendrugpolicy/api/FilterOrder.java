package org.opendrugpolicy.api;

import jakarta.ws.rs.Priorities;

/**
 * The order in which a request passes our filters, in one place: every filter of ours takes its priority from here.
 * Each refusal is answered at one layer: the HTTP layer answers what it decides (malformed URI, request limits, rate
 * limit, time-out), the REST layer the rest, through {@code http.ProblemMappers}.
 *
 * <p>HTTP layer (Vert.x route filters, highest first), for every request, also those answered from memory:
 * <ol>
 * <li>{@link #INVALID_URI} {@code http.TransportProblems}: a URI that is no URI gets its problem;</li>
 * <li>{@link #CONTENT_CODING} {@code http.ContentCoding}: the headers-end hook that fixes Content-Encoding of any answer;</li>
 * <li>{@link #REQUEST_ID} {@code http.RequestIds}: X-Request-Id on every answer, Quarkus's own included;</li>
 * <li>{@link #CORS} {@code http.PublicCors}: Access-Control-* on every answer, and the preflight;</li>
 * <li>{@link #TIMEOUT} {@code http.RequestTimeout}: the 503 of an answer that takes too long;</li>
 * <li>{@link #REQUEST_LIMITS} {@code http.RequestLimits}: 414, 431 and 400 for a URI, headers or query over the limits;</li>
 * <li>{@link #RATE_LIMIT} {@code http.RateLimiter}: the client's allowance is counted, and the 429 answered;</li>
 * <li>{@link #RESPONSE_CACHE} {@code http.ResponseCache}: an answer kept in memory is sent from here, 304s included.</li>
 * </ol>
 * REST layer, request filters (lowest first), before the operation is matched:
 * <ol>
 * <li>{@link #EMPTY_VALUES} {@link EmptyValues}: {@code name=} means the parameter left out;</li>
 * <li>{@link #ACCEPT_NORMALIZED} {@code http.Negotiation}: Accept in lower case without parameters;</li>
 * </ol>
 * then, once the operation is known:
 * <ol>
 * <li>{@link #UNKNOWN_PARAMETERS} {@link UnknownParameterGuard}: a parameter the operation does not take is a 400;</li>
 * <li>{@link #ANSWER_PARAMETERS} {@link Answers#read}: the media type (Accept, or format= on a list, or a 406), include
 *     and fields of the answer (see {@link Answers}).</li>
 * </ol>
 * The operation runs; then the response filters (highest first): {@link #ANSWER_BODY} {@link Answers#write} gives the
 * answer its final form, then {@link #HTTP_CACHING} {@code http.HttpCaching} serializes it, sets its ETag and answers a
 * conditional request.
 */
public final class FilterOrder {
    public static final int INVALID_URI = Integer.MAX_VALUE;
    public static final int CONTENT_CODING = Integer.MAX_VALUE - 1;
    public static final int REQUEST_ID = 1000;
    public static final int CORS = 300;
    public static final int TIMEOUT = 200;
    public static final int REQUEST_LIMITS = 120;
    public static final int RATE_LIMIT = 110;
    public static final int RESPONSE_CACHE = 100;

    public static final int EMPTY_VALUES = 50;
    public static final int ACCEPT_NORMALIZED = 60;

    public static final int UNKNOWN_PARAMETERS = Priorities.USER;
    public static final int ANSWER_PARAMETERS = Priorities.USER + 10;

    public static final int ANSWER_BODY = Priorities.USER;
    public static final int HTTP_CACHING = Priorities.HEADER_DECORATOR;

    private FilterOrder() {}
}
