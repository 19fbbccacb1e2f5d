package org.opendrugpolicy.organization;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendrugpolicy.country.CountryRef;
import org.opendrugpolicy.country.Region;

/**
 * A participant that may be either a country (a Member State's delegation) or an organization. A country carries the
 * fields of {@link CountryRef} (iso2, m49, region), so that a map needs no second request; an organization has them null.
 */
@Schema(name = "Party", description = "A country or an organization, with the kind saying which. A country has the fields of a nested "
        + "country (CountryRef); an organization has iso2, m49 and region null.")
public record Party(
        @Schema(required = true, enumeration = {"country", "organization"}, examples = "organization") String kind,
        @Schema(required = true, description = "ISO alpha-3 code for a country, slug for an organization.", examples = "villa-maraini") String id,
        @Schema(required = true, examples = "Fondazione Villa Maraini – Croce Rossa Italiana") String name,
        @Schema(required = true, nullable = true, description = "A country's ISO 3166-1 alpha-2 code; null for an organization.", examples = "IT") String iso2,
        @Schema(required = true, nullable = true, description = "A country's M49 code; null for an organization.", examples = "380") String m49,
        @Schema(required = true, nullable = true, description = "A country's M49 region; null for an organization or where M49 assigns none.")
        Region region,
        @Schema(required = true, examples = "https://api.opendrugpolicy.org/api/v1/organizations/villa-maraini") String href) {

    public static Party country(CountryRef ref) {
        return new Party("country", ref.id(), ref.name(), ref.iso2(), ref.m49(), ref.region(), ref.href());
    }

    public static Party organization(String id, String name) {
        return new Party("organization", id, name, null, null, null, "/api/v1/organizations/" + id);
    }
}
