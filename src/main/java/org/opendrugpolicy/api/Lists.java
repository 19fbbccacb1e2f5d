package org.opendrugpolicy.api;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Turns a query into a list's answer: one page with its meta and links, by page number or by cursor, or, when the request
 * asked for CSV ({@link AnswerPlan}), every row streamed by {@link CsvLists}. Every list operation answers with
 * {@link #answer}, a list with an envelope of its own (a roll-call's tally, the change feed's releases) through the
 * variants that take one.
 */
public final class Lists {
    private Lists() {}

    /** The answer of a list of the query's records: CSV rows when the request asked for them, else one page. */
    public static <E, T> RestResponse<ListPage<T>> answer(PanacheQuery<E> query, PageRequest page, UriInfo uri, Function<E, T> view) {
        RestResponse<ListPage<T>> csv = CsvLists.answer(query, view, uri);
        return csv != null ? csv : RestResponse.ok(page(query, page, uri, view));
    }

    /** The same, the page put into the list's own envelope (the change feed's page, with the releases it covers). */
    public static <E, T, P> RestResponse<P> answer(PanacheQuery<E> query, PageRequest page, UriInfo uri, Function<E, T> view,
            Function<ListPage<T>, P> envelope) {
        RestResponse<P> csv = CsvLists.answer(query, view, uri);
        return csv != null ? csv : RestResponse.ok(envelope.apply(page(query, page, uri, view)));
    }

    /** The same for records already in memory (the whole result, not just this page). */
    public static <T> RestResponse<ListPage<T>> answer(List<T> all, PageRequest page, UriInfo uri) {
        return answer(all, page, uri, Function.identity());
    }

    /** The same, the page put into the list's own envelope (a roll-call's page, with its tally). */
    public static <T, P> RestResponse<P> answer(List<T> all, PageRequest page, UriInfo uri, Function<ListPage<T>, P> envelope) {
        RestResponse<P> csv = CsvLists.answer(all, uri);
        return csv != null ? csv : RestResponse.ok(envelope.apply(page(all, page, uri)));
    }

    /**
     * The type of an operation's JSON body, which the contract documents and fields= and the CSV columns are derived
     * from: T of a {@code RestResponse<T>} (a list that may answer with CSV instead), or the return type.
     */
    static Type bodyType(Method operation) {
        Type returned = operation.getGenericReturnType();
        return returned instanceof ParameterizedType type && type.getRawType() == RestResponse.class ? type.getActualTypeArguments()[0] : returned;
    }

    /** One page of the query's records (JSON). */
    static <E, T> ListPage<T> page(PanacheQuery<E> query, PageRequest page, UriInfo uri, Function<E, T> view) {
        PageRequest request = withCursor(page, uri);
        int offset = offset(request, uri);
        long total = query.count();
        List<T> data = offset >= total ? List.of()
                : query.range(offset, offset + request.size() - 1).list().stream().map(view).toList();
        return of(data, total, offset, request, uri);
    }

    /** A page of records that are already in memory (the whole result, not just this page). */
    static <T> ListPage<T> page(List<T> all, PageRequest page, UriInfo uri) {
        PageRequest request = withCursor(page, uri);
        int offset = offset(request, uri);
        List<T> data = offset >= all.size() ? List.of() : all.subList(offset, Math.min(all.size(), offset + request.size()));
        return of(data, all.size(), offset, request, uri);
    }

    private static int offset(PageRequest request, UriInfo uri) {
        return request.cursor() == null ? request.offset() : cursors().offset(request.cursor(), uri);
    }

    /**
     * The request with its cursor read from the query string itself: the framework hands an empty
     * parameter (cursor=, which starts a walk) to the bean as null.
     */
    private static PageRequest withCursor(PageRequest request, UriInfo uri) {
        String cursor = uri.getQueryParameters().getFirst("cursor");
        if (cursor == null) {
            return request;
        }
        if (uri.getQueryParameters().containsKey("page")) {
            throw ProblemException.invalidParameter("cursor", "give either cursor or page, not both");
        }
        return new PageRequest(1, request.size(), cursor.strip());
    }

    private static <T> ListPage<T> of(List<T> data, long total, int offset, PageRequest request, UriInfo uri) {
        int pages = (int) ((total + request.size() - 1) / request.size());
        int last = Math.max(pages, 1);
        if (request.cursor() != null) {
            long nextOffset = (long) offset + request.size();
            String next = nextOffset < total ? cursors().issue(uri, (int) nextOffset) : null;
            ListPage.Links links = new ListPage.Links(
                    cursorLink(uri, request.cursor(), request.size()),
                    cursorLink(uri, "", request.size()),
                    null,
                    next == null ? null : cursorLink(uri, next, request.size()),
                    link(uri, last, request.size()));
            return new ListPage<>(data, new ListPage.Meta(total, offset / request.size() + 1, request.size(), pages, next), links);
        }
        ListPage.Links links = new ListPage.Links(
                link(uri, request.page(), request.size()),
                link(uri, 1, request.size()),
                request.page() > 1 ? link(uri, Math.min(request.page() - 1, last), request.size()) : null,
                request.page() < pages ? link(uri, request.page() + 1, request.size()) : null,
                link(uri, last, request.size()));
        return new ListPage<>(data, new ListPage.Meta(total, request.page(), request.size(), pages), links);
    }

    private static String link(UriInfo uri, int page, int size) {
        var builder = uri.getRequestUriBuilder();
        if (uri.getQueryParameters().containsKey("cursor")) {
            builder.replaceQueryParam("cursor");
        }
        var target = builder.replaceQueryParam("page", page).replaceQueryParam("size", size).build();
        return target.getRawPath() + "?" + target.getRawQuery();
    }

    private static String cursorLink(UriInfo uri, String cursor, int size) {
        var target = uri.getRequestUriBuilder().replaceQueryParam("page").replaceQueryParam("cursor", cursor).replaceQueryParam("size", size).build();
        return target.getRawPath() + "?" + target.getRawQuery();
    }

    private static Cursors cursors() {
        return CDI.current().select(Cursors.class).get();
    }
}
