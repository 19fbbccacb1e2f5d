package org.opendrugpolicy.export;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendrugpolicy.dataset.DatasetVersion;

@Schema(name = "ExportCatalog", description = "Every bulk export of the release being served, with what a harvester needs to verify it.")
record ExportView(
        @Schema(required = true) DatasetVersion dataset,
        @Schema(required = true) List<Item> exports) {

    @Schema(name = "Export")
    record Item(
            @Schema(required = true, examples = "side_events.csv") String file,
            @Schema(description = "The table; null for the whole-dataset package.", examples = "side_events") String table,
            @Schema(required = true, enumeration = {"csv", "json", "ndjson", "zip"}, examples = "csv") String format,
            @Schema(required = true, examples = "text/csv") String mediaType,
            @Schema(required = true, description = "Size in bytes, uncompressed.", examples = "9817") long bytes,
            @Schema(required = true, description = "SHA-256 of the bytes, hex.", examples = "4f9a2c…") String sha256,
            @Schema(description = "Rows in the table; null for the package.", examples = "10") Long rows,
            @Schema(required = true, examples = "https://api.opendrugpolicy.org/api/v1/exports/side_events.csv") String url) {

        static Item from(ExportCatalog.Export e) {
            return new Item(e.file(), e.table(), e.format(), e.mediaType(), e.bytes(), e.sha256(), e.rows(), ExportResource.PATH + "/" + e.file());
        }
    }
}
