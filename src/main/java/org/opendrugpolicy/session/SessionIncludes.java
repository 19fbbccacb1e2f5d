package org.opendrugpolicy.session;

import jakarta.inject.Singleton;
import org.opendrugpolicy.api.IncludedRecords;
import org.opendrugpolicy.provenance.InferredValues;
import org.opendrugpolicy.source.SourceCatalog;

/** Sessions in full, for include=session. */
@Singleton
class SessionIncludes extends IncludedRecords.ById<Session> {
    SessionIncludes(SourceCatalog sources, InferredValues inferred) {
        super("sessions", id -> Session.findById(id), s -> SessionView.from(s, sources, inferred));
    }
}
