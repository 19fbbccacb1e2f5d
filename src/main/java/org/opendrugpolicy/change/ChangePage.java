package org.opendrugpolicy.change;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendrugpolicy.api.ListPage;
import org.opendrugpolicy.api.Paged;

/** A page of the changes feed: the usual list envelope, with the releases covered and counts per table in meta. */
@Schema(name = "ChangePage", description = "One page of changed records, ordered by table then id, with the releases covered in meta.")
record ChangePage(
        @Schema(required = true, description = "The changes on this page.") List<ChangeView> data,
        @Schema(required = true) Meta meta,
        @Schema(required = true) ListPage.Links links) implements Paged {

    @Schema(name = "ChangePageMeta", description = "Where this page stands, what since meant, and the releases and changes it covers.")
    record Meta(
            @Schema(description = "Number of changes matching the query, on all pages.", examples = "649", required = true) long total,
            @Schema(description = "This page's number, from 1.", examples = "1", required = true) int page,
            @Schema(description = "Records per page.", examples = "20", required = true) int size,
            @Schema(description = "Number of pages (0 when nothing matches).", examples = "33", required = true) int pages,
            @Schema(description = "With cursor pagination: the cursor of the next page, null at the end of the walk. Null with page numbers.") String nextCursor,
            @Schema(required = true, description = "The instant since was read as (a release version stands for its release's instant); "
                    + "changes in releases that came out strictly after it are listed.", examples = "2026-11-22T00:00:00Z") Instant since,
            @Schema(required = true, description = "The releases that came out after since, oldest first (empty when none did).") List<CoveredRelease> releases,
            @Schema(description = "The newest release: pass its version as since next time to get only what changes after it.",
                    examples = "2026.11.23") String latest,
            @Schema(required = true, description = "Per table, how many records were created, updated and deleted (over all pages, with the table filter).")
            Map<String, Counts> tables) {}

    @Schema(name = "ChangeRelease")
    record CoveredRelease(@Schema(required = true, examples = "2026.11.23") String version,
            @Schema(required = true, examples = "2026-11-23") LocalDate releasedOn,
            @Schema(required = true, examples = "2026-11-23T00:00:00Z") Instant releasedAt,
            @Schema(required = true, examples = "https://api.opendrugpolicy.org/api/v1/releases/2026.11.23") String href) {}

    @Schema(name = "ChangeCounts")
    record Counts(@Schema(required = true, examples = "10") long created, @Schema(required = true, examples = "0") long updated,
            @Schema(required = true, examples = "0") long deleted) {}
}
