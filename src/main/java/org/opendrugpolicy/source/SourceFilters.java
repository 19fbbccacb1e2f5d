package org.opendrugpolicy.source;

import jakarta.ws.rs.QueryParam;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.opendrugpolicy.api.Filters;
import org.opendrugpolicy.api.ParameterErrors;
import org.opendrugpolicy.api.Where;

/** The filters of the sources list (as a {@code @BeanParam}). */
public class SourceFilters implements Filters {
    @Parameter(description = "Only sources of this kind.", schema = @Schema(enumeration = {"seed", "web", "reference", "compilation"})) @QueryParam("kind") String kind;
    @Parameter(description = "Words that must all appear in the title, publisher or URL (case and accents ignored).", example = "idpc") @QueryParam("q") String q;

    @Override
    public Where where(ParameterErrors errors) {
        String kindValue = errors.oneOf("kind", kind, Set.of("seed", "web", "reference", "compilation"));
        String text = errors.text("q", q);
        return new Where().and("s.kind = :kind", "kind", kindValue).search("s.searchText", text);
    }
}
