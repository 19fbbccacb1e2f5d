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
        return Organization.<Organization>list("from Organization o where o.id in ?1 order by o.id", ids).stream()
                .map(o -> OrganizationView.from(o, sources)).toList();
    }
}
