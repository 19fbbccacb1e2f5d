package org.opendrugpolicy.api;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Function;

/** Turns a query into one page of a list response, with its meta and links. */
public final class Lists {
    private Lists() {}

    public static <E, T> ListPage<T> page(PanacheQuery<E> query, PageRequest request, UriInfo uri, Function<E, T> view) {
        long total = query.count();
        List<T> data = request.offset() >= total ? List.of()
                : query.range(request.offset(), request.offset() + request.size() - 1).list().stream().map(view).toList();
        return of(data, total, request, uri);
    }

    /** A page of records that are already in memory (the whole result, not just this page). */
    public static <T> ListPage<T> page(List<T> all, PageRequest request, UriInfo uri) {
        List<T> data = request.offset() >= all.size() ? List.of()
                : all.subList(request.offset(), Math.min(all.size(), request.offset() + request.size()));
        return of(data, all.size(), request, uri);
    }

    private static <T> ListPage<T> of(List<T> data, long total, PageRequest request, UriInfo uri) {
        int pages = (int) ((total + request.size() - 1) / request.size());
        int last = Math.max(pages, 1);
        ListPage.Links links = new ListPage.Links(
                link(uri, request.page(), request.size()),
                link(uri, 1, request.size()),
                request.page() > 1 ? link(uri, Math.min(request.page() - 1, last), request.size()) : null,
                request.page() < pages ? link(uri, request.page() + 1, request.size()) : null,
                link(uri, last, request.size()));
        return new ListPage<>(data, new ListPage.Meta(total, request.page(), request.size(), pages), links);
    }

    private static String link(UriInfo uri, int page, int size) {
        var target = uri.getRequestUriBuilder().replaceQueryParam("page", page).replaceQueryParam("size", size).build();
        return target.getRawPath() + "?" + target.getRawQuery();
    }
}
