package org.opendrugpolicy.substance;

import jakarta.inject.Singleton;
import org.opendrugpolicy.api.IncludedRecords;
import org.opendrugpolicy.provenance.InferredValues;
import org.opendrugpolicy.source.SourceCatalog;

/** Substances in full, for include=substances on scheduling decisions. */
@Singleton
class SubstanceIncludes extends IncludedRecords.ById<Substance> {
    SubstanceIncludes(SourceCatalog sources, InferredValues inferred) {
        super("substances", id -> Substance.findById(id), s -> SubstanceView.from(s, sources, inferred));
    }
}
