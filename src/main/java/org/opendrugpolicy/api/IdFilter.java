package org.opendrugpolicy.api;

import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code id} query parameter of every collection (as a {@code @BeanParam}): a batch lookup of up to
 * {@value #MAX} records in one request, so that a dashboard needs no round-trip per record.
 */
public class IdFilter {
    public static final int MAX = 100;

    @QueryParam("id")
    @Parameter(description = "Only the records with these ids: up to 100, comma-separated, case-insensitive "
            + "(countries by ISO alpha-3 code, everything else by its slug). Ids that match nothing are left out; "
            + "the other filters still apply." + RequestNormalization.DOCS, example = "cnd-67,cnd-68")
    String id;

    /** The requested ids in lower case (slugs), or null when absent. */
    public List<String> slugs(ParameterErrors errors) {
        return errors.slugs("id", id);
    }

    /** The requested ids in upper case (ISO codes), or null when absent. */
    public List<String> codes(ParameterErrors errors) {
        return errors.codes("id", id);
    }
}
