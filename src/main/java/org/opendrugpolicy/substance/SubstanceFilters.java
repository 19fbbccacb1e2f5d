package org.opendrugpolicy.substance;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.opendrugpolicy.api.Filters;
import org.opendrugpolicy.api.ParameterErrors;
import org.opendrugpolicy.api.Where;

/** The filters of the substances list (as a {@code @BeanParam}). */
public class SubstanceFilters implements Filters {
    @Parameter(description = "Words that must all appear in the name, id or an alias; case and accents are ignored.", example = "fentanyl") @QueryParam("q") String q;
    @Parameter(description = "Only substances of one of these classes (as a source gives it, e.g. synthetic-cannabinoid, fentanyl-precursor)."
            + ParameterErrors.ANY_OF,
            example = "synthetic-cannabinoid") @QueryParam("class") String substanceClass;

    @Override
    public Where where(ParameterErrors errors) {
        String text = errors.text("q", q);
        var classes = errors.slugs("class", substanceClass);
        return new Where().and("s.substanceClass in :class", "class", classes)
                .search("s.searchText", text);
    }
}
