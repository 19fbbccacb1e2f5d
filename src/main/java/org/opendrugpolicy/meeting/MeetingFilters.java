package org.opendrugpolicy.meeting;

import jakarta.ws.rs.QueryParam;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.opendrugpolicy.api.Filters;
import org.opendrugpolicy.api.ParameterErrors;
import org.opendrugpolicy.api.Where;

/** The meeting filters, shared by the list and its groups (as a {@code @BeanParam}). */
public class MeetingFilters implements Filters {
    @Parameter(description = "Only meetings of these sessions (ids)." + ParameterErrors.ANY_OF, example = "cnd-68") @QueryParam("session") String session;
    @Parameter(description = "Only meetings with one of these counterparts: a country (ISO alpha-3) or an organization (its id)."
            + ParameterErrors.ANY_OF, example = "FIN") @QueryParam("counterpart") String counterpart;
    @Parameter(description = "Only meetings of this kind.", schema = @Schema(enumeration = {"bilateral", "institutional"})) @QueryParam("kind") String kind;

    @Override
    public Where where(ParameterErrors errors) {
        var sessions = errors.slugs("session", session);
        var counterparts = errors.slugs("counterpart", counterpart);
        String kindValue = errors.oneOf("kind", kind, Set.of("bilateral", "institutional"));
        return new Where()
                .and("m.session.id in :session", "session", sessions)
                .and("(lower(m.counterpartCountry.iso3) in :counterpart or m.counterpartOrganization.id in :counterpart)", "counterpart", counterparts)
                .and("m.kind = :kind", "kind", kindValue);
    }
}
