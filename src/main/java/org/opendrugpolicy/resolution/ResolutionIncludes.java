package org.opendrugpolicy.resolution;

import jakarta.inject.Singleton;
import org.opendrugpolicy.api.IncludedRecords;
import org.opendrugpolicy.provenance.InferredValues;
import org.opendrugpolicy.source.SourceCatalog;

/** Resolutions in full, for include= of the numbered decision that took a scheduling decision. */
@Singleton
class ResolutionIncludes extends IncludedRecords.ById<Resolution> {
    ResolutionIncludes(SourceCatalog sources, InferredValues inferred) {
        super("resolutions", id -> Resolution.findById(id), r -> ResolutionView.from(r, sources, inferred));
    }
}
