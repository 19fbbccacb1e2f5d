package org.opendrugpolicy.resolution;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendrugpolicy.country.CountryRef;
import org.opendrugpolicy.session.SessionRef;
import org.opendrugpolicy.source.SourceRef;

@Schema(name = "Sponsor", description = "A country that sponsored resolutions, with each resolution it is claimed to have sponsored.")
record SponsorView(
        @Schema(required = true, description = "ISO alpha-3 code of the country.", examples = "COL") String id,
        @Schema(required = true) CountryRef country,
        @Schema(required = true, description = "Number of resolutions in this answer.", examples = "1") int resolutionCount,
        @Schema(required = true) List<Sponsored> resolutions,
        @Schema(required = true) Links links) {

    @Schema(name = "SponsoredResolution", description = "A resolution and the country's sponsorship claim on it.")
    record Sponsored(
            @Schema(required = true, examples = "cnd-68-l6") String id,
            @Schema(required = true, examples = "E/CN.7/2025/L.6/Rev.1") String symbol,
            @Schema(required = true, examples = "Strengthening the global drug control framework: a path to effective implementation") String title,
            @Schema(required = true) SessionRef session,
            @Schema(required = true, enumeration = {"main-sponsor", "co-sponsor"}, examples = "main-sponsor") String role,
            @Schema(required = true, enumeration = {"confirmed", "unconfirmed", "contradicted"}, examples = "confirmed") String claimStatus,
            @Schema(required = true) List<SourceRef> sources,
            @Schema(required = true, examples = "https://api.opendrugpolicy.org/api/v1/resolutions/cnd-68-l6") String href) {}

    @Schema(name = "SponsorLinks")
    record Links(@Schema(required = true, examples = "https://api.opendrugpolicy.org/api/v1/sponsors/COL") String self,
            @Schema(required = true, examples = "https://api.opendrugpolicy.org/api/v1/countries/COL") String country) {}
}
