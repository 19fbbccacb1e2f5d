package org.opendrugpolicy.country;

import jakarta.ws.rs.QueryParam;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.opendrugpolicy.api.Filters;
import org.opendrugpolicy.api.ParameterErrors;
import org.opendrugpolicy.api.Where;

/** The country filters, shared by the list and its groups (as a {@code @BeanParam}). */
public class CountryFilters implements Filters {
    @Parameter(description = "Only countries in one of these M49 regions, by code or English name (case-insensitive)." + ParameterErrors.ANY_OF,
            example = "Africa") @QueryParam("region") String region;
    @Parameter(description = "Only countries in one of these M49 sub-regions, by code or English name (case-insensitive)." + ParameterErrors.ANY_OF,
            example = "Western Africa") @QueryParam("subregion") String subregion;
    @Parameter(description = "Only countries with this UN status.", schema = @Schema(enumeration = {"member", "observer", "none"})) @QueryParam("unStatus") String unStatus;
    @Parameter(description = "Words that must all appear in the name, official name, codes, a name in one of the six UN official languages (CLDR common names) or another known name; case and accents are ignored.", example = "Costa de Marfil") @QueryParam("q") String q;

    @Override
    public Where where(ParameterErrors errors) {
        var regions = errors.slugs("region", region);
        var subregions = errors.slugs("subregion", subregion);
        String status = errors.oneOf("unStatus", unStatus, Set.of("member", "observer", "none"));
        String text = errors.text("q", q);
        return new Where()
                .and("(c.regionM49 in :region or lower(c.region) in :region)", "region", regions)
                .and("(c.subregionM49 in :subregion or lower(c.subregion) in :subregion)", "subregion", subregions)
                .and("c.unStatus = :status", "status", status)
                .search("c.searchText", text);
    }
}
