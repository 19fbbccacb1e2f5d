package org.opendrugpolicy.api;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The paging query parameters every list takes (as a {@code @BeanParam}): page or cursor, and size. */
public class PageParameters {
    @QueryParam("page")
    @Parameter(description = "Page number, from 1. A page past the last one is empty." + RequestNormalization.DOCS,
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"), example = "1")
    String page;

    @QueryParam("size")
    @Parameter(description = "Records per page, from 1 to 200." + RequestNormalization.DOCS,
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "20"), example = "20")
    String size;

    @QueryParam("cursor")
    @Parameter(description = "Cursor pagination, instead of page: give it empty (cursor=) to start a walk, then follow links.next, "
            + "or pass meta.nextCursor, until meta.nextCursor is null. Every record comes exactly once, in order, even if size changes "
            + "between calls. Cursors are opaque and signed: a modified cursor, or one from another collection, filter, sort or dataset "
            + "release, is a 400 problem. Cannot be combined with page." + RequestNormalization.CURSOR_DOCS, example = "")
    String cursor;

    // Read, with format, before the operation runs (Answers).
    @QueryParam("fields")
    @Parameter(description = "Sparse fieldsets: only the listed fields of each record are returned, and every other property, "
            + "required or not, is left out. Comma-separated property names of the records; a dot reaches into a nested object or "
            + "into each object of a list (session.id, hosts.party.id). Unknown fields are a 400 problem naming them. "
            + "meta and links are unaffected." + RequestNormalization.DOCS, example = "id,title,session.id")
    String fields;

    // Read, with fields, before the operation runs (Answers).
    @QueryParam("format")
    @Parameter(description = "json (the default) or csv: every matching row as CSV, not one page, in the list's order, with the same filters "
            + "and sort; wins over the Accept header (Accept: text/csv also gives CSV). Columns: the records' properties, nested objects "
            + "flattened with dots (session.id), lists as their ids joined with ; (text joined with line breaks), links and href left out; "
            + "fields= selects columns. page, size, cursor and include are ignored for CSV. For spreadsheets: a text cell that starts "
            + "with =, +, -, @, a tab or a carriage return gets a leading apostrophe, so that it is not run as a formula (the exports "
            + "keep the published bytes). excel-csv is the same CSV after a UTF-8 byte-order mark, for Excel." + RequestNormalization.DOCS,
            schema = @Schema(type = SchemaType.STRING, enumeration = {"json", "csv", "excel-csv"}, defaultValue = "json"))
    String format;

    /** The page request, or a 400 problem. */
    public PageRequest request() {
        var errors = ParameterErrors.ofRequest();
        PageRequest request = request(errors);
        errors.throwIfAny();
        return request;
    }

    /** The page request, adding any error to those of the request's other parameters ({@link ParameterErrors#ofRequest}). */
    public PageRequest request(ParameterErrors errors) {
        if (cursor != null && page != null) {
            errors.add("cursor", "give either cursor or page, not both");
        }
        // The cursor itself is checked by Lists, which knows the query it must belong to.
        return new PageRequest(errors.integer("page", page, 1, Integer.MAX_VALUE, 1), errors.integer("size", size, 1, PageRequest.MAX_SIZE, PageRequest.DEFAULT_SIZE));
    }
}
