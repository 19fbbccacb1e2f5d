package org.opendrugpolicy.api;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Repeats a list's links in an RFC 8288 Link header, absolute as in the body ({@link PublicBaseUrl}), so clients can page
 * without reading the body.
 * Response filters run in descending priority: this one must see the ListPage before HttpCaching
 * turns the entity into bytes.
 */
class ListLinkHeader {
    private final PublicBaseUrl base;

    ListLinkHeader(PublicBaseUrl base) {
        this.base = base;
    }

    @ServerResponseFilter(priority = Priorities.USER + 100)
    void addLinks(ContainerResponseContext response, HttpServerRequest request) {
        if (!(response.getEntity() instanceof ListPage<?> page)) {
            return;
        }
        ListPage.Links links = page.links();
        String root = base.of(request);
        List<String> values = new ArrayList<>();
        add(values, root, links.self(), "self");
        add(values, root, links.first(), "first");
        add(values, root, links.prev(), "prev");
        add(values, root, links.next(), "next");
        add(values, root, links.last(), "last");
        response.getHeaders().putSingle("Link", String.join(", ", values));
    }

    private static void add(List<String> values, String root, String target, String rel) {
        if (target != null) {
            values.add("<" + PublicBaseUrl.absolute(root, target) + ">; rel=\"" + rel + "\"");
        }
    }
}
