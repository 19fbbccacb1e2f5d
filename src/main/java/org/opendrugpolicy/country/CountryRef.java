package org.opendrugpolicy.country;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A country as it appears inside other records. */
@Schema(name = "CountryRef", description = "A country, by ISO 3166-1 alpha-3 code and name.")
public record CountryRef(
        @Schema(required = true, examples = "CHL", description = "ISO 3166-1 alpha-3 code.") String id,
        @Schema(required = true, examples = "Chile") String name,
        @Schema(required = true, examples = "/api/v1/countries/CHL") String href) {

    public static CountryRef from(Country country) {
        return country == null ? null : new CountryRef(country.iso3, country.name, CountryResource.PATH + "/" + country.iso3);
    }
}
