package org.opendrugpolicy.api;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query parameters every record collection's list takes, declared once (as a {@code @BeanParam}): {@code id},
 * {@code updatedSince}, {@code sort}, {@code include} and the paging, field and format parameters of
 * {@link PageParameters}. A collection declares only its filters, and states its sort fields ({@link SortFields}) and
 * includes ({@link Include}); its operation's description names them for readers of the contract (a test holds the two
 * to each other). An operation without {@link Include} does not take {@code include}: its contract leaves it out and
 * {@code UnknownParameterGuard} refuses it as unknown. {@link RecordList} reads them all together; {@link Answers} reads include, fields and format.
 */
public class ListParameters {
    @BeanParam
    IdFilter ids;

    @BeanParam
    UpdatedSince updatedSince;

    @BeanParam
    PageParameters paging;

    @QueryParam(SortFields.PARAMETER)
    @Parameter(description = "Sort order: comma-separated fields, each prefixed with - for descending; the operation's description names "
            + "the fields it sorts by and its default order. Records without a value for a sort field come last, ascending or descending. Every order ends with the record's id, so that pages never overlap. "
            + "An unknown field is a 400." + RequestNormalization.DOCS, example = "-id")
    String sort;

    // Read, with fields and format, before the operation runs (Answers).
    @BeanParam
    IncludeParameter include;

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
