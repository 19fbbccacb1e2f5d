package org.opendrugpolicy.bureau;

import jakarta.ws.rs.QueryParam;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.opendrugpolicy.api.Filters;
import org.opendrugpolicy.api.ParameterErrors;
import org.opendrugpolicy.api.Where;

/** The bureau filters, shared by the list and its groups (as a {@code @BeanParam}). */
public class BureauMemberFilters implements Filters {
    static final Set<String> OFFICES = Set.of("chair", "first-vice-chair", "second-vice-chair", "third-vice-chair", "vice-chair", "rapporteur");

    @Parameter(description = "Only the bureau of this session.", example = "cnd-63") @QueryParam("session") String session;
    @Parameter(description = "Only this office: office=chair lists the countries that chaired the Commission.",
            schema = @Schema(enumeration = {"chair", "first-vice-chair", "second-vice-chair", "third-vice-chair", "vice-chair", "rapporteur"})) @QueryParam("office") String office;
    @Parameter(description = "Only offices held by this country (ISO 3166-1 alpha-3, case-insensitive).", example = "PAK") @QueryParam("country") String country;

    @Override
    public Where where(ParameterErrors errors) {
        String sessionValue = errors.single("session", session);
        String officeValue = errors.oneOf("office", office, OFFICES);
        String countryValue = errors.single("country", country);
        return new Where()
                .and("b.session.id = :session", "session", sessionValue == null ? null : sessionValue.toLowerCase(Locale.ROOT))
                .and("b.office = :office", "office", officeValue)
                .and("b.country.iso3 = :country", "country", countryValue == null ? null : countryValue.toUpperCase(Locale.ROOT));
    }
}
