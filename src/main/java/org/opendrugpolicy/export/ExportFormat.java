package org.opendrugpolicy.export;

import java.util.Locale;
import java.util.Optional;

/** The formats a table is exported in. */
enum ExportFormat {
    CSV("csv", "text/csv"),
    JSON("json", "application/json"),
    NDJSON("ndjson", "application/x-ndjson");

    final String extension;
    final String mediaType;

    ExportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    static Optional<ExportFormat> byExtension(String extension) {
        for (ExportFormat format : values()) {
            if (format.extension.equals(extension.toLowerCase(Locale.ROOT))) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
