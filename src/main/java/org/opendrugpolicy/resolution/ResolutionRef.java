package org.opendrugpolicy.resolution;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A resolution, decision or declaration as it appears inside other records. */
@Schema(name = "ResolutionRef", description = "A resolution, decision or declaration, by id, draft symbol and official number.")
public record ResolutionRef(
        @Schema(required = true, examples = "cnd-63-dec-63-17") String id,
        @Schema(description = "The draft's UN document symbol; null where unknown.", examples = "E/CN.7/2020/L.2") String symbol,
        @Schema(description = "The official number; null while unconfirmed.", examples = "63/17") String number,
        @Schema(required = true, examples = "/api/v1/resolutions/cnd-63-dec-63-17") String href) {

    public static ResolutionRef from(Resolution r) {
        return r == null ? null : new ResolutionRef(r.id, r.symbol, r.resolutionNumber, ResolutionResource.PATH + "/" + r.id);
    }
}
