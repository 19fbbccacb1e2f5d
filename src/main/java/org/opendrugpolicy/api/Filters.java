package org.opendrugpolicy.api;

/**
 * A collection's own query filters (a {@code @BeanParam} of its list and groups operations): the where clause they make,
 * with every malformed value added to the request's other parameter errors, so that one problem names them all.
 */
@FunctionalInterface
public interface Filters {
    /** A collection without filters of its own. */
    Filters NONE = errors -> new Where();

    Where where(ParameterErrors errors);
}
