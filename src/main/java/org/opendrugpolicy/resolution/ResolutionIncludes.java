package org.opendrugpolicy.resolution;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import org.opendrugpolicy.api.IncludedRecords;
import org.opendrugpolicy.provenance.InferredValues;
import org.opendrugpolicy.source.SourceCatalog;

/** Resolutions in full, for include= of the numbered decision that took a scheduling decision. */
@ApplicationScoped
class ResolutionIncludes implements IncludedRecords {
    private final SourceCatalog sources;
    private final InferredValues inferred;

    ResolutionIncludes(SourceCatalog sources, InferredValues inferred) {
        this.sources = sources;
        this.inferred = inferred;
    }

    @Override
    public String kind() {
        return "resolutions";
    }

    @Override
    public List<?> find(Collection<String> ids) {
        return IncludedRecords.byId(ids, id -> Resolution.<Resolution>findById(id)).stream().map(r -> ResolutionView.from(r, sources, inferred)).toList();
    }
}
