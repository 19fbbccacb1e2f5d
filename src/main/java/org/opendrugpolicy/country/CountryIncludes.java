package org.opendrugpolicy.country;

import jakarta.inject.Singleton;
import org.opendrugpolicy.api.IncludedRecords;
import org.opendrugpolicy.source.SourceCatalog;

/** Countries in full, for include= of sponsors, hosts and counterparts. */
@Singleton
class CountryIncludes extends IncludedRecords.ById<Country> {
    CountryIncludes(SourceCatalog sources) {
        super("countries", id -> Country.findById(id), c -> CountryView.from(c, sources.cite(c.sourceIds)));
    }
}
