package org.opendrugpolicy.conflict;

import jakarta.ws.rs.QueryParam;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.opendrugpolicy.api.Filters;
import org.opendrugpolicy.api.ParameterErrors;
import org.opendrugpolicy.api.Where;

/** The filters of the conflicts list (as a {@code @BeanParam}). */
public class ConflictFilters implements Filters {
    private static final Set<String> STATUSES = Set.of("unresolved", "version-a-preferred", "version-b-preferred", "both-compatible");

    @Parameter(description = "Only conflicts about these sessions (ids)." + ParameterErrors.ANY_OF, example = "cnd-63") @QueryParam("session") String session;
    @Parameter(description = "Only conflicts with this status.", schema = @Schema(enumeration = {"unresolved", "version-a-preferred", "version-b-preferred", "both-compatible"}))
    @QueryParam("status") String status;
    @Parameter(description = "Only conflicts with a claim about a record of one of these dataset tables." + ParameterErrors.ANY_OF, example = "scheduling_decisions") @QueryParam("table") String table;

    @Override
    public Where where(ParameterErrors errors) {
        var sessions = errors.slugs("session", session);
        String statusValue = errors.oneOf("status", status, STATUSES);
        var tables = errors.slugs("table", table);
        return new Where().and("c.session.id in :session", "session", sessions)
                .and("c.status = :status", "status", statusValue)
                .and("exists (select 1 from Conflict c2 join c2.claims a2 where c2.id = c.id and a2.tableName in :table)", "table", tables);
    }
}
