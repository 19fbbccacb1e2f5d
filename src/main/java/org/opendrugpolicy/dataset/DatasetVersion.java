package org.opendrugpolicy.dataset;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Identifies one release of the dataset: its declared version and a hash of its exact content. */
@Schema(name = "DatasetVersion", description = "The release of the dataset the API is serving.")
public record DatasetVersion(
        @Schema(description = "Release version declared in datapackage.json.", examples = "2026.11.23", required = true) String version,
        @Schema(description = "When the release was created.", examples = "2026-11-23T00:00:00Z") String created,
        @Schema(description = "SHA-256 over datapackage.json and every table file, in package order.", examples = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", required = true) String sha256,
        @Schema(description = "Version and the first 12 hex digits of the hash; changes whenever any byte of the data does.", examples = "2026.11.23+9f86d081884c", required = true) String tag) {

    static DatasetVersion of(String version, String created, String sha256) {
        return new DatasetVersion(version, created, sha256, version + "+" + sha256.substring(0, 12));
    }
}
