package org.opendrugpolicy.api;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Repeats a list's links in an RFC 8288 Link header, so clients can page without reading the body.
 * Response filters run in descending priority: this one must see the ListPage before HttpCaching
 * turns the entity into bytes.
 */
class ListLinkHeader {

    @ServerResponseFilter(priority = Priorities.USER + 100)
    void addLinks(ContainerResponseContext response) {
        if (!(response.getEntity() instanceof ListPage<?> page)) {
            return;
        }
        ListPage.Links links = page.links();
        List<String> values = new ArrayList<>();
        add(values, links.self(), "self");
        add(values, links.first(), "first");
        add(values, links.prev(), "prev");
        add(values, links.next(), "next");
        add(values, links.last(), "last");
        response.getHeaders().putSingle("Link", String.join(", ", values));
    }

    private static void add(List<String> values, String target, String rel) {
        if (target != null) {
            values.add("<" + target + ">; rel=\"" + rel + "\"");
        }
    }
}
