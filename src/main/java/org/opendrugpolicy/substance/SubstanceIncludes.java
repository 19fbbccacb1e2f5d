package org.opendrugpolicy.substance;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import org.opendrugpolicy.api.IncludedRecords;
import org.opendrugpolicy.provenance.InferredValues;
import org.opendrugpolicy.source.SourceCatalog;

/** Substances in full, for include=substances on scheduling decisions. */
@ApplicationScoped
class SubstanceIncludes implements IncludedRecords {
    private final SourceCatalog sources;
    private final InferredValues inferred;

    SubstanceIncludes(SourceCatalog sources, InferredValues inferred) {
        this.sources = sources;
        this.inferred = inferred;
    }

    @Override
    public String kind() {
        return "substances";
    }

    @Override
    public List<?> find(Collection<String> ids) {
        return IncludedRecords.byId(ids, id -> Substance.<Substance>findById(id)).stream().map(s -> SubstanceView.from(s, sources, inferred)).toList();
    }
}
