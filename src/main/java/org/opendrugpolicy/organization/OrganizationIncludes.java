package org.opendrugpolicy.organization;

import jakarta.inject.Singleton;
import org.opendrugpolicy.api.IncludedRecords;
import org.opendrugpolicy.source.SourceCatalog;

/** Organizations in full, with their aliases, for include= of organizers, hosts and counterparts. */
@Singleton
class OrganizationIncludes extends IncludedRecords.ById<Organization> {
    OrganizationIncludes(SourceCatalog sources) {
        super("organizations", id -> Organization.findById(id), o -> OrganizationView.from(o, sources));
    }
}
