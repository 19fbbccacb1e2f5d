package org.opendrugpolicy.api;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The include query parameter (as a {@code @BeanParam}); what it accepts is declared with {@link Include}. */
public class IncludeParameter {
    @QueryParam("include")
    @Parameter(description = "Comma-separated related records to embed in full under `included`, each once: see the operation's description for the names it accepts. "
            + "Unknown names are a 400." + RequestNormalization.DOCS, example = "session,organizer,hosts")
    String include;
}
