package org.opendrugpolicy.substance;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A substance as it appears inside other records. */
@Schema(name = "SubstanceRef", description = "A substance (or a group of substances decided together), by id and name.")
public record SubstanceRef(
        @Schema(required = true, examples = "anpp") String id,
        @Schema(required = true, examples = "ANPP") String name,
        @Schema(required = true, examples = "/api/v1/substances/anpp") String href) {

    public static SubstanceRef from(Substance s) {
        return new SubstanceRef(s.id, s.name, SubstanceResource.PATH + "/" + s.id);
    }
}
