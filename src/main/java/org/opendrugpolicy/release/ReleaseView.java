package org.opendrugpolicy.release;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Release", description = "A release of the dataset.")
record ReleaseView(
        @Schema(required = true, examples = "2026.11.23") String version,
        @Schema(required = true, examples = "2026-11-23") LocalDate releasedOn,
        @Schema(required = true, description = "Whether this is the release the API is serving.", examples = "true") boolean current,
        @Schema(required = true) String summary,
        @Schema(required = true, description = "What changed since the previous release, one entry per change.") List<String> changes,
        @Schema(description = "Rows per table; known for the current release, null for earlier ones.") Map<String, Integer> tables,
        @Schema(description = "Content hash of the release; null for earlier ones.", examples = "2026.11.23+49b606915f4a") String tag,
        @Schema(required = true) Links links) {

    @Schema(name = "ReleaseLinks")
    record Links(@Schema(required = true, examples = "https://api.opendrugpolicy.org/api/v1/releases/2026.11.23") String self,
            @Schema(description = "The whole release as a data package; only for the current release.", examples = "https://api.opendrugpolicy.org/api/v1/exports/dataset.zip") String download) {}
}
