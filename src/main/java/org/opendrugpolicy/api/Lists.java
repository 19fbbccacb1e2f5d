package org.opendrugpolicy.api;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Function;

/** Turns a query into one page of a list response, with its meta and links, by page number or by cursor. */
public final class Lists {
    private Lists() {}

    public static <E, T> ListPage<T> page(PanacheQuery<E> query, PageRequest page, UriInfo uri, Function<E, T> view) {
        ListPage<T> csv = CsvLists.deferred(query, view); // text/csv: every row, streamed after the operation returns
        if (csv != null) {
            return csv;
        }
        PageRequest request = withCursor(page, uri);
        int offset = offset(request, uri);
        long total = query.count();
        List<T> data = offset >= total ? List.of()
                : query.range(offset, offset + request.size() - 1).list().stream().map(view).toList();
        return of(data, total, offset, request, uri);
    }

    /** A page of records that are already in memory (the whole result, not just this page). */
    public static <T> ListPage<T> page(List<T> all, PageRequest page, UriInfo uri) {
        ListPage<T> csv = CsvLists.deferred(all);
        if (csv != null) {
            return csv;
        }
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
