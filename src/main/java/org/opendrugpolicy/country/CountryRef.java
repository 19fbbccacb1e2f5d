package org.opendrugpolicy.country;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A country as it appears inside other records (votes, sponsorships, meetings, bureau seats, venues): enough to draw a
 * map or group by region without a second request. The same shape everywhere a country is nested.
 */
@Schema(name = "CountryRef", description = "A country nested in another record: its ISO 3166-1 alpha-3 code as id, its name, ISO alpha-2 "
        + "and M49 codes and M49 region (as on the country itself), and its URL.")
public record CountryRef(
        @Schema(required = true, examples = "CHL", description = "ISO 3166-1 alpha-3 code.") String id,
        @Schema(required = true, examples = "Chile") String name,
        @Schema(required = true, examples = "CL", description = "ISO 3166-1 alpha-2 code.") String iso2,
        @Schema(required = true, examples = "152", description = "ISO 3166-1 numeric code, also the UN M49 code.") String m49,
        @Schema(required = true, nullable = true, description = "M49 region (continent); null where M49 assigns none.") Region region,
        @Schema(required = true, examples = "https://api.opendrugpolicy.org/api/v1/countries/CHL") String href) {

    public static CountryRef from(Country country) {
        return country == null ? null : new CountryRef(country.iso3, country.name, country.iso2, country.m49, region(country),
                CountryResource.PATH + "/" + country.iso3);
    }

    static Region region(Country country) {
        return country.regionM49 == null ? null : new Region(country.regionM49, country.region);
    }
}
