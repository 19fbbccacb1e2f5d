package org.opendrugpolicy.api;

import jakarta.ws.rs.Priorities;

/**
 * The order in which a request passes our classes, in one place: every filter of ours takes its priority from here.
 * Each refusal is answered at one layer: the HTTP layer answers what it decides (malformed URI, request limits, rate
 * limit, time-out), the REST layer the rest, through {@code http.ProblemMappers}.
 *
 * <p>The HTTP layer, for every request, also those answered from memory:
 * <ol>
 * <li>{@code http.TransportProblems}: a Vert.x route ahead of all others checks the request target, as Quarkus would;</li>
 * <li>{@link #EDGE} {@code http.Edge}: the one route filter of ours, which in this order answers a malformed URI, hooks
 *     in {@code http.ContentCoding}'s check of the answer's head, gives the request its id, applies CORS (and answers a
 *     preflight), refuses a request over the limits, asks {@code http.RateLimiter} (429), asks {@code http.ResponseCache}
 *     (an answer kept in memory, or a 304, is sent from there: the short path ends), and hands what goes on to
 *     {@code http.RequestTimeout}'s sweep (the 503 of an answer that takes too long).</li>
 * </ol>
 * The REST layer, before the operation is matched:
 * <ol>
 * <li>{@link #NORMALIZED} {@link RequestNormalization}: {@code name=} means the parameter left out, and Accept is made comparable;</li>
 * </ol>
 * then, once the operation is known (request filters, lowest first):
 * <ol>
 * <li>{@link #ANSWER_PARAMETERS} {@link Answers#read}: a parameter the operation does not take ({@link UnknownParameterGuard}),
 *     the media type (Accept, or format= on a list, or a 406), include and fields of the answer (see {@link Answers}); their
 *     errors are reported with those of the operation's own parameters.</li>
 * </ol>
 * The operation runs (a list: the resource, {@link RecordList}, {@link Lists}); then the response filters (highest
 * first): {@link #ANSWER_BODY} {@link Answers#write} gives the answer its final form, then {@link #HTTP_CACHING}
 * {@code http.HttpCaching} serializes it, sets its ETag, keeps it in {@code http.ResponseCache} and answers a conditional
 * request.
 *
 * <p>So {@code GET /api/v1/side-events?session=cnd-68&include=hosts&fields=id,title}, answered by the REST layer, passes
 * these classes of ours in order: TransportProblems, Edge, ContentCoding, RateLimiter, ResponseCache, RequestTimeout,
 * RequestNormalization, UnknownParameterGuard, Answers, SideEventResource, RecordList, Lists, HttpCaching (13); answered again
 * from memory, the first five.
 */
public final class FilterOrder {
    /**
     * The edge's filter: the highest priority, so it runs at router order {@code -Integer.MAX_VALUE}, after Quarkus'
     * response-header routes ({@code Integer.MIN_VALUE}) and before every other filter and handler.
     */
    public static final int EDGE = Integer.MAX_VALUE;

    public static final int NORMALIZED = 50;

    public static final int ANSWER_PARAMETERS = Priorities.USER;

    public static final int ANSWER_BODY = Priorities.USER;
    public static final int HTTP_CACHING = Priorities.HEADER_DECORATOR;

    private FilterOrder() {}
}
