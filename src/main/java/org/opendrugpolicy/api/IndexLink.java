package org.opendrugpolicy.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares, on the resource class that serves it, a link of the API index ({@code GET /api/v1}) and, where the
 * resource serves the rows of a data table one by one, where each row is served. {@link IndexLinks} collects every
 * declaration, so a new kind of record declares its own next to its {@code @Path} and {@code @Tag} and edits nothing
 * else: the index links it and the change feed links its changed records.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(IndexLink.All.class)
public @interface IndexLink {
    /** The link's name in the index, e.g. "side-events". */
    String name();

    /** The link's path below the resource's {@code @Path}; empty for the resource's own path. */
    String path() default "";

    /** A query the link carries, where the operation needs one to answer (the change feed's since); empty for none. */
    String query() default "";

    /**
     * The data table (as in data/ and /api/v1/exports) whose rows the resource serves at {@code {path}/{id}}, e.g.
     * "side_events"; empty where it serves none one by one.
     */
    String items() default "";

    /** The container of repeated declarations (a resource with several links). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface All {
        IndexLink[] value();
    }
}
