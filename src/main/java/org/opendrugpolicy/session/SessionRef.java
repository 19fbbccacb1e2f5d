package org.opendrugpolicy.session;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A session as it appears inside other records. */
@Schema(name = "SessionRef", description = "A session of the Commission, by id and name.")
public record SessionRef(
        @Schema(required = true, examples = "cnd-68") String id,
        @Schema(required = true, examples = "68th session of the Commission on Narcotic Drugs") String name,
        @Schema(required = true, examples = "2025") int year,
        @Schema(required = true, examples = "https://api.opendrugpolicy.org/api/v1/sessions/cnd-68") String href) {

    public static SessionRef from(Session session) {
        return of(session.id, session.name, session.year);
    }

    /** The same reference from a query's columns, for packages that read sessions without the entity. */
    public static SessionRef of(String id, String name, int year) {
        return new SessionRef(id, name, year, href(id));
    }

    /** Where the session with this id is served: the one place other records' links take it from. */
    public static String href(String id) {
        return SessionResource.PATH + "/" + id;
    }
}
