package org.opendrugpolicy.organization;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.opendrugpolicy.api.Filters;
import org.opendrugpolicy.api.ParameterErrors;
import org.opendrugpolicy.api.Where;

/** The organization filters, shared by the list and its groups (as a {@code @BeanParam}). */
public class OrganizationFilters implements Filters {
    @Parameter(description = "Only organizations of this type.", schema = @Schema(enumeration = {"ngo", "network", "foundation", "academic", "intergovernmental", "un-entity", "government-body", "red-cross-red-crescent"}))
    @QueryParam("type") String type;
    @Parameter(description = "Only organizations based in one of these countries (ISO alpha-3, case-insensitive)." + ParameterErrors.ANY_OF, example = "BRA") @QueryParam("country") String country;
    @Parameter(description = "Words that must all appear in the name, acronym or an alias; case and accents are ignored.", example = "villa maraini") @QueryParam("q") String q;

    @Override
    public Where where(ParameterErrors errors) {
        String typeValue = errors.oneOf("type", type, OrganizationResource.TYPES);
        var countries = errors.codes("country", country);
        String text = errors.text("q", q);
        return new Where()
                .and("o.type = :type", "type", typeValue)
                .and("o.country.iso3 in :country", "country", countries)
                .search("o.searchText", text);
    }
}
