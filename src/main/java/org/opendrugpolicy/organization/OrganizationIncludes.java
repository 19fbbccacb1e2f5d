package org.opendrugpolicy.organization;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import org.opendrugpolicy.api.IncludedRecords;
import org.opendrugpolicy.source.SourceCatalog;

/** Organizations in full, with their aliases, for include= of organizers, hosts and counterparts. */
@ApplicationScoped
class OrganizationIncludes implements IncludedRecords {
    private final SourceCatalog sources;

    OrganizationIncludes(SourceCatalog sources) {
        this.sources = sources;
    }

    @Override
    public String kind() {
        return "organizations";
    }

    @Override
    public List<?> find(Collection<String> ids) {
        return IncludedRecords.byId(ids, id -> Organization.<Organization>findById(id)).stream()
                .map(o -> OrganizationView.from(o, sources)).toList();
    }
}
