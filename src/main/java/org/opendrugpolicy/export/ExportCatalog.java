package org.opendrugpolicy.export;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opendrugpolicy.dataset.DatasetLoader;
import org.opendrugpolicy.dataset.DatasetVersion;

/**
 * Every export of the release being served, with its size and SHA-256: rendered once, when the release was loaded, and
 * read here from the release's {@code export_files} table ({@link ExportStore}), once per release.
 */
@ApplicationScoped
class ExportCatalog {
    static final String PACKAGE = "dataset.zip";

    private final DatasetLoader dataset;
    private final ExportStore store;
    private volatile Entries entries;

    ExportCatalog(DatasetLoader dataset, ExportStore store) {
        this.dataset = dataset;
        this.store = store;
    }

    record Digest(long bytes, String sha256) {}

    record Export(String file, String table, String format, String mediaType, long bytes, String sha256, Long rows) {}

    /** The exports of the current release, read on first use. */
    record Entries(String tag, List<Export> exports, Map<String, Digest> csvDigests) {
        Export find(String file) {
            return exports.stream().filter(e -> e.file().equals(file)).findFirst().orElse(null);
        }
    }

    Entries entries() {
        Entries current = entries;
        String tag = dataset.version().tag();
        if (current != null && current.tag().equals(tag)) {
            return current;
        }
        synchronized (this) {
            if (entries == null || !entries.tag().equals(tag)) {
                entries = read(tag);
            }
            return entries;
        }
    }

    Instant released() {
        return released(dataset.version());
    }

    /** The instant a release stands for in its exports (the zip's entry times): its creation date, as the descriptor gives it. */
    static Instant released(DatasetVersion version) {
        return version.created() == null ? Instant.EPOCH : Instant.parse(version.created());
    }

    private Entries read(String tag) {
        List<Export> exports = new ArrayList<>();
        Map<String, Digest> csv = new LinkedHashMap<>();
        for (ExportStore.Stored stored : store.exports().values()) {
            Long rows = stored.table() == null ? null : Long.valueOf(dataset.rowCounts().getOrDefault(stored.table(), 0));
            exports.add(new Export(stored.file(), stored.table(), stored.extension(), stored.mediaType(), stored.bytes(), stored.sha256(), rows));
            if ("csv".equals(stored.extension())) {
                csv.put(stored.table(), new Digest(stored.bytes(), stored.sha256()));
            }
        }
        return new Entries(tag, List.copyOf(exports), Map.copyOf(csv));
    }
}
