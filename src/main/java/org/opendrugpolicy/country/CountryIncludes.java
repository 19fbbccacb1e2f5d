package org.opendrugpolicy.country;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import org.opendrugpolicy.api.IncludedRecords;
import org.opendrugpolicy.source.SourceCatalog;

/** Countries in full, for include= of sponsors, hosts and counterparts. */
@ApplicationScoped
class CountryIncludes implements IncludedRecords {
    private final SourceCatalog sources;

    CountryIncludes(SourceCatalog sources) {
        this.sources = sources;
    }

    @Override
    public String kind() {
        return "countries";
    }

    @Override
    public List<?> find(Collection<String> ids) {
        return IncludedRecords.byId(ids, id -> Country.<Country>findById(id)).stream()
                .map(c -> CountryView.from(c, sources.cite(c.sourceIds))).toList();
    }
}
