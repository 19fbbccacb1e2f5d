package org.opendrugpolicy.api;

/** The validated page and size parameters of a list request. */
public record PageRequest(int page, int size) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    /** Parses the raw parameters; absent ones take their defaults, malformed ones are a 400 problem. */
    public static PageRequest of(String page, String size) {
        var errors = new ParameterErrors();
        int p = errors.integer("page", page, 1, Integer.MAX_VALUE, 1);
        int s = errors.integer("size", size, 1, MAX_SIZE, DEFAULT_SIZE);
        errors.throwIfAny();
        return new PageRequest(p, s);
    }

    public int offset() {
        return (int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * size);
    }
}
