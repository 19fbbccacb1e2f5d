package org.opendrugpolicy.organization;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A participant that may be either a country (a Member State's delegation) or an organization. */
@Schema(name = "Party", description = "A country or an organization, with the kind saying which.")
public record Party(
        @Schema(required = true, enumeration = {"country", "organization"}, examples = "organization") String kind,
        @Schema(required = true, description = "ISO alpha-3 code for a country, slug for an organization.", examples = "villa-maraini") String id,
        @Schema(required = true, examples = "Fondazione Villa Maraini – Croce Rossa Italiana") String name,
        @Schema(required = true, examples = "/api/v1/organizations/villa-maraini") String href) {

    public static Party country(String iso3, String name) {
        return new Party("country", iso3, name, "/api/v1/countries/" + iso3);
    }

    public static Party organization(String id, String name) {
        return new Party("organization", id, name, "/api/v1/organizations/" + id);
    }
}
