package org.opendrugpolicy.api;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The page and size query parameters every list takes (as a {@code @BeanParam}). */
public class PageParameters {
    @QueryParam("page")
    @Parameter(description = "Page number, from 1. A page past the last one is empty.",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"), example = "1")
    String page;

    @QueryParam("size")
    @Parameter(description = "Records per page, from 1 to 200.",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "20"), example = "20")
    String size;

    public PageRequest request() {
        return PageRequest.of(page, size);
    }
}
