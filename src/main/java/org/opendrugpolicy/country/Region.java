package org.opendrugpolicy.country;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An M49 region or sub-region, by code and name: on a country, and on every country nested in another record. */
@Schema(name = "Region", description = "A UN M49 region or sub-region: its code and name.")
public record Region(@Schema(required = true, examples = "002") String m49, @Schema(required = true, examples = "Africa") String name) {}
