package org.opendrugpolicy.conflict;

import jakarta.ws.rs.QueryParam;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.opendrugpolicy.api.Filters;
import org.opendrugpolicy.api.ParameterErrors;
import org.opendrugpolicy.api.Where;

/** The filters of the conflicts list (as a {@code @BeanParam}). */
public class ConflictFilters implements Filters {
    private static final Set<String> STATUSES = Set.of("unresolved", "version-a-preferred", "version-b-preferred", "both-compatible");

    @Parameter(description = "Only conflicts about this session.", example = "cnd-63") @QueryParam("session") String session;
    @Parameter(description = "Only conflicts with this status.", schema = @Schema(enumeration = {"unresolved", "version-a-preferred", "version-b-preferred", "both-compatible"}))
    @QueryParam("status") String status;
    @Parameter(description = "Only conflicts with a claim about a record of this dataset table.", example = "scheduling_decisions") @QueryParam("table") String table;

    @Override
    public Where where(ParameterErrors errors) {
        String sessionValue = errors.single("session", session);
        String statusValue = errors.oneOf("status", status, STATUSES);
        String tableValue = errors.single("table", table);
        return new Where().and("c.session.id = :session", "session", sessionValue == null ? null : sessionValue.toLowerCase(Locale.ROOT))
                .and("c.status = :status", "status", statusValue)
                .and("exists (select 1 from Conflict c2 join c2.claims a2 where c2.id = c.id and a2.tableName = :table)", "table",
                        tableValue == null ? null : tableValue.toLowerCase(Locale.ROOT));
    }
}
