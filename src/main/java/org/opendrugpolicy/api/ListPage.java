package org.opendrugpolicy.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of every list endpoint: one page of records, its position, and links to its neighbours. */
public record ListPage<T>(
        @Schema(required = true, description = "The records on this page.") List<T> data,
        @Schema(required = true) Meta meta,
        @Schema(required = true) Links links,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @Schema(description = "Only with include=: the related records of this page in full, once each, by kind "
                + "(sessions, countries, organizations, topics).") Map<String, List<Object>> included) implements Paged {

    public ListPage(List<T> data, Meta meta, Links links) {
        this(data, meta, links, null);
    }

    @Schema(name = "PageMeta", description = "Where this page stands in the whole result.")
    public record Meta(
            @Schema(description = "Number of records matching the query, on all pages.", examples = "7", required = true) long total,
            @Schema(description = "This page's number, from 1.", examples = "1", required = true) int page,
            @Schema(description = "Records per page.", examples = "20", required = true) int size,
            @Schema(description = "Number of pages (0 when nothing matches).", examples = "1", required = true) int pages,
            @Schema(description = "With cursor pagination: the cursor of the next page, null at the end of the walk. Null with page numbers.",
                    examples = "YzF8MGE4ZjE3YzJkNjc1YmQ5M3wyMDI2LjExLjIzKzQ5YjYwNjkxNWY0YXwyMA.bVzpjD1d0tC4xoJk7e2rgl5VaqfMxq6O8Yp1aW9zvVQ") String nextCursor) {

        public Meta(long total, int page, int size, int pages) {
            this(total, page, size, pages, null);
        }
    }

    /** RFC 8288 relations; the same links are sent in the Link header. */
    @Schema(name = "PageLinks", description = "Links to this page and its neighbours, as absolute URLs; prev and next are absent at the ends. "
            + "With cursor pagination, next carries the next cursor, first starts the walk again, prev is absent and last is the numbered last page.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Links(
            @Schema(required = true, examples = "https://api.opendrugpolicy.org/api/v1/side-events?session=cnd-68&page=1&size=20") String self,
            @Schema(required = true, examples = "https://api.opendrugpolicy.org/api/v1/side-events?session=cnd-68&page=1&size=20") String first,
            @Schema(examples = "https://api.opendrugpolicy.org/api/v1/side-events?session=cnd-68&page=1&size=20") String prev,
            @Schema(examples = "https://api.opendrugpolicy.org/api/v1/side-events?session=cnd-68&page=3&size=20") String next,
            @Schema(required = true, examples = "https://api.opendrugpolicy.org/api/v1/side-events?session=cnd-68&page=1&size=20") String last) {

        /** The same links as an RFC 8288 Link header, absolute as in the body ({@link PublicBaseUrl}), so clients can page without reading the body. */
        String header(String root) {
            List<String> values = new java.util.ArrayList<>();
            String[][] relations = {{self, "self"}, {first, "first"}, {prev, "prev"}, {next, "next"}, {last, "last"}};
            for (String[] relation : relations) {
                if (relation[0] != null) {
                    values.add("<" + PublicBaseUrl.absolute(root, relation[0]) + ">; rel=\"" + relation[1] + "\"");
                }
            }
            return String.join(", ", values);
        }
    }
}
