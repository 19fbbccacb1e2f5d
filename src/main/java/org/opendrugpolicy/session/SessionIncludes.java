package org.opendrugpolicy.session;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import org.opendrugpolicy.api.IncludedRecords;
import org.opendrugpolicy.provenance.InferredValues;
import org.opendrugpolicy.source.SourceCatalog;

/** Sessions in full, for include=session. */
@ApplicationScoped
class SessionIncludes implements IncludedRecords {
    private final SourceCatalog sources;
    private final InferredValues inferred;

    SessionIncludes(SourceCatalog sources, InferredValues inferred) {
        this.sources = sources;
        this.inferred = inferred;
    }

    @Override
    public String kind() {
        return "sessions";
    }

    @Override
    public List<?> find(Collection<String> ids) {
        return IncludedRecords.byId(ids, id -> Session.<Session>findById(id)).stream().map(s -> SessionView.from(s, sources, inferred)).toList();
    }
}
