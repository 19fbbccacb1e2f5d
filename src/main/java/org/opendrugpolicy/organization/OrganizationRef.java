package org.opendrugpolicy.organization;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organization as it appears inside other records. */
@Schema(name = "OrganizationRef", description = "An organization, by id, name and type.")
public record OrganizationRef(
        @Schema(required = true, examples = "knowmad-institut") String id,
        @Schema(required = true, examples = "Knowmad Institut") String name,
        @Schema(description = "Kind of organization (see Organization.type); null where no source states it.", examples = "network") String type,
        @Schema(required = true, examples = "https://api.opendrugpolicy.org/api/v1/organizations/knowmad-institut") String href) {

    public static OrganizationRef from(Organization o) {
        return o == null ? null : new OrganizationRef(o.id, o.name, o.type, OrganizationResource.PATH + "/" + o.id);
    }
}
