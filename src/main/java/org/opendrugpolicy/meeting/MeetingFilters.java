package org.opendrugpolicy.meeting;

import jakarta.ws.rs.QueryParam;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.opendrugpolicy.api.Filters;
import org.opendrugpolicy.api.ParameterErrors;
import org.opendrugpolicy.api.Where;

/** The meeting filters, shared by the list and its groups (as a {@code @BeanParam}). */
public class MeetingFilters implements Filters {
    @Parameter(description = "Only meetings of this session.", example = "cnd-68") @QueryParam("session") String session;
    @Parameter(description = "Only meetings with this counterpart: a country (ISO alpha-3) or an organization (its id).", example = "FIN") @QueryParam("counterpart") String counterpart;
    @Parameter(description = "Only meetings of this kind.", schema = @Schema(enumeration = {"bilateral", "institutional"})) @QueryParam("kind") String kind;

    @Override
    public Where where(ParameterErrors errors) {
        String sessionValue = errors.single("session", session);
        String counterpartValue = errors.single("counterpart", counterpart);
        String kindValue = errors.oneOf("kind", kind, Set.of("bilateral", "institutional"));
        return new Where()
                .and("m.session.id = :session", "session", sessionValue == null ? null : sessionValue.toLowerCase(Locale.ROOT))
                .and("(m.counterpartCountry.iso3 = upper(:counterpart) or m.counterpartOrganization.id = lower(:counterpart))", "counterpart", counterpartValue)
                .and("m.kind = :kind", "kind", kindValue);
    }
}
