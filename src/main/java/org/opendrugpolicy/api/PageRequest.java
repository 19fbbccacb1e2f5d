package org.opendrugpolicy.api;

/**
 * The validated paging parameters of a list request: a page number, or a cursor (raw, checked when the
 * page is built, since checking it needs the request's query and the dataset release).
 */
public record PageRequest(int page, int size, String cursor) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public PageRequest(int page, int size) {
        this(page, size, null);
    }

    public int offset() {
        return (int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * size);
    }
}
