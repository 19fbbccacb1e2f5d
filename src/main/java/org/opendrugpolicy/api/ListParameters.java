package org.opendrugpolicy.api;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

/**
 * The query parameters every record collection's list takes, declared once (as a {@code @BeanParam}): {@code id},
 * {@code updatedSince} and the paging, field and format parameters of {@link PageParameters}. What a collection adds of
 * its own (filters, {@code sort}, {@code include}) it declares itself; {@link RecordList} reads them all together.
 */
public class ListParameters {
    @BeanParam
    IdFilter ids;

    @BeanParam
    UpdatedSince updatedSince;

    @BeanParam
    PageParameters paging;

    @Context
    UriInfo uri;

    /** The paging parameters, for a sub-collection built by another package from the same request. */
    public PageParameters paging() {
        return paging;
    }

    public UriInfo uri() {
        return uri;
    }
}
