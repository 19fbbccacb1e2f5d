package org.opendrugpolicy.bureau;

import jakarta.ws.rs.QueryParam;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.opendrugpolicy.api.Filters;
import org.opendrugpolicy.api.ParameterErrors;
import org.opendrugpolicy.api.Where;

/** The bureau filters, shared by the list and its groups (as a {@code @BeanParam}). */
public class BureauMemberFilters implements Filters {
    static final Set<String> OFFICES = Set.of("chair", "first-vice-chair", "second-vice-chair", "third-vice-chair", "vice-chair", "rapporteur");

    @Parameter(description = "Only the bureaus of these sessions (ids)." + ParameterErrors.ANY_OF, example = "cnd-63") @QueryParam("session") String session;
    @Parameter(description = "Only this office: office=chair lists the countries that chaired the Commission.",
            schema = @Schema(enumeration = {"chair", "first-vice-chair", "second-vice-chair", "third-vice-chair", "vice-chair", "rapporteur"})) @QueryParam("office") String office;
    @Parameter(description = "Only offices held by one of these countries (ISO 3166-1 alpha-3, case-insensitive)." + ParameterErrors.ANY_OF,
            example = "PAK") @QueryParam("country") String country;

    @Override
    public Where where(ParameterErrors errors) {
        var sessions = errors.slugs("session", session);
        String officeValue = errors.oneOf("office", office, OFFICES);
        var countries = errors.codes("country", country);
        return new Where()
                .and("b.session.id in :session", "session", sessions)
                .and("b.office = :office", "office", officeValue)
                .and("b.country.iso3 in :country", "country", countries);
    }
}
