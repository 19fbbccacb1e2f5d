package org.opendrugpolicy.resolution;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendrugpolicy.country.CountryRef;
import org.opendrugpolicy.source.SourceCatalog;
import org.opendrugpolicy.source.SourceRef;

@Schema(name = "Sponsorship", description = "A claim that a country sponsored a resolution. Where sources disagree, each claim is kept with its own status and sources.")
record SponsorshipView(
        @Schema(required = true) CountryRef country,
        @Schema(required = true, enumeration = {"main-sponsor", "co-sponsor"}, examples = "main-sponsor") String role,
        @Schema(required = true, enumeration = {"confirmed", "unconfirmed", "contradicted"},
                description = "confirmed: stated by a source other than the seeds; unconfirmed: only a seed says so; contradicted: other sources say otherwise.",
                examples = "confirmed") String claimStatus,
        @Schema(description = "Why the claim has this status.") String note,
        @Schema(required = true) List<SourceRef> sources) {

    static SponsorshipView from(Resolution.Sponsorship s, SourceCatalog sources) {
        return new SponsorshipView(org.opendrugpolicy.country.CountryRef.from(s.country), s.role, s.claimStatus, s.note, sources.cite(s.sourceIds));
    }
}
