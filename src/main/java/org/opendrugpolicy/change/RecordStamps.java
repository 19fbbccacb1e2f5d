package org.opendrugpolicy.change;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A record's history stamps as every view answers them: the instants of the releases that created it and last changed
 * it, and that release's version (from data/record_changes.csv, through {@link Tracked}). A view declares one component
 * of this type with {@code @JsonUnwrapped}, so the three properties stand at the record's top level in JSON, in CSV and
 * in the contract.
 */
public record RecordStamps(
        @Schema(required = true, description = "When the release that first published this record came out (RFC 3339; a release's instant is "
                + "its date at 00:00:00Z).", examples = "2026-11-23T00:00:00Z") Instant createdAt,
        @Schema(required = true, description = "When the release that last changed this record came out (RFC 3339), or createdAt if it never "
                + "changed. A change to an embedded row (a side event's host, a resolution's sponsor) counts. updatedSince= filters on it.",
                examples = "2026-11-23T00:00:00Z") Instant updatedAt,
        @Schema(required = true, description = "The version of the release that last changed this record (see /api/v1/releases).",
                examples = "2026.11.23") String updatedIn) {

    public static RecordStamps of(Tracked record) {
        return new RecordStamps(record.createdAt, record.updatedAt, record.updatedIn);
    }
}
