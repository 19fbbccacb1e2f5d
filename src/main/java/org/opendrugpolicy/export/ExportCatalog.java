package org.opendrugpolicy.export;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opendrugpolicy.dataset.DataPackage;
import org.opendrugpolicy.dataset.DatasetLoader;

/**
 * Every export of the release being served, with its size and SHA-256. Computed once per release, by
 * streaming each export through a digest (nothing is kept but the numbers), on the first request that
 * needs them.
 */
@ApplicationScoped
class ExportCatalog {
    static final String PACKAGE = "dataset.zip";

    private final DatasetLoader dataset;
    private volatile Entries entries;

    ExportCatalog(DatasetLoader dataset) {
        this.dataset = dataset;
    }

    record Digest(long bytes, String sha256) {}

    record Export(String file, String table, String format, String mediaType, long bytes, String sha256, Long rows) {}

    /** The exports of the current release, computed on first use. */
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
                entries = compute(tag);
            }
            return entries;
        }
    }

    Instant released() {
        String created = dataset.version().created();
        return created == null ? Instant.EPOCH : Instant.parse(created);
    }

    private Entries compute(String tag) {
        DataPackage pkg = dataset.dataPackage();
        List<Export> exports = new ArrayList<>();
        Map<String, Digest> csv = new LinkedHashMap<>();
        for (DataPackage.Resource table : pkg.resources()) {
            long rows = dataset.rowCounts().getOrDefault(table.name(), 0);
            for (ExportFormat format : ExportFormat.values()) {
                Digest digest = digest(out -> TableWriter.write(dataset.files(), table, format, out));
                if (format == ExportFormat.CSV) {
                    csv.put(table.name(), digest);
                }
                exports.add(new Export(table.name() + "." + format.extension, table.name(), format.extension, format.mediaType,
                        digest.bytes(), digest.sha256(), rows));
            }
        }
        Digest zip = digest(out -> DatasetPackage.write(dataset.files(), pkg, csv, released(), out));
        exports.add(new Export(PACKAGE, null, "zip", "application/zip", zip.bytes(), zip.sha256(), null));
        return new Entries(tag, List.copyOf(exports), Map.copyOf(csv));
    }

    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private static Digest digest(Body body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long[] count = {0};
            OutputStream counter = new OutputStream() {
                @Override
                public void write(int b) {
                    count[0]++;
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    count[0] += len;
                }
            };
            try (DigestOutputStream out = new DigestOutputStream(counter, sha)) {
                body.writeTo(out);
            }
            return new Digest(count[0], HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
