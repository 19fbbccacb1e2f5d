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
    /**
     * The package's descriptor on its own, the same bytes as in the zip: its resources' paths are the CSV exports' file
     * names, so a client that reads it by URL (frictionless, a harvester) finds each table next to it.
     */
    static final String DESCRIPTOR = "datapackage.json";

    private final DatasetLoader dataset;
    private final ExportStore store;
    private volatile Entries entries;

    ExportCatalog(DatasetLoader dataset, ExportStore store) {
        this.dataset = dataset;
        this.store = store;
    }

    record Digest(long bytes, String sha256) {}

    record Export(String file, String table, String format, String mediaType, long bytes, String sha256, Long rows) {}

    /**
     * The exports of the current release, read on first use. The descriptor is served like them but not listed among them
     * (a table-less row of format json in the list would mislead a client that downloads every JSON table); null where a
     * release was rendered by a build that did not write it.
     */
    record Entries(String tag, List<Export> exports, Map<String, Digest> csvDigests, Export descriptor) {
        Export find(String file) {
            if (descriptor != null && descriptor.file().equals(file)) {
                return descriptor;
            }
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
        Export descriptor = null;
        for (ExportStore.Stored stored : store.exports().values()) {
            Long rows = stored.table() == null ? null : Long.valueOf(dataset.rowCounts().getOrDefault(stored.table(), 0));
            Export export = new Export(stored.file(), stored.table(), stored.extension(), stored.mediaType(), stored.bytes(), stored.sha256(), rows);
            if (stored.file().equals(DESCRIPTOR)) {
                descriptor = export;
                continue;
            }
            exports.add(export);
            if ("csv".equals(stored.extension())) {
                csv.put(stored.table(), new Digest(stored.bytes(), stored.sha256()));
            }
        }
        return new Entries(tag, List.copyOf(exports), Map.copyOf(csv), descriptor);
    }
}
