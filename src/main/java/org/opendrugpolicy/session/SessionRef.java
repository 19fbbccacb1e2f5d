package org.opendrugpolicy.session;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A session as it appears inside other records. */
@Schema(name = "SessionRef", description = "A session of the Commission, by id and name.")
public record SessionRef(
        @Schema(required = true, examples = "cnd-68") String id,
        @Schema(required = true, examples = "68th session of the Commission on Narcotic Drugs") String name,
        @Schema(required = true, examples = "2025") int year,
        @Schema(required = true, examples = "/api/v1/sessions/cnd-68") String href) {

    public static SessionRef from(Session session) {
        return new SessionRef(session.id, session.name, session.year, SessionResource.PATH + "/" + session.id);
    }
}
