package org.opendrugpolicy.export;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.opendrugpolicy.dataset.DataPackage;
import org.opendrugpolicy.dataset.DatasetFiles;
import org.opendrugpolicy.dataset.DatasetLoader;
import org.opendrugpolicy.dataset.DatasetVersion;
import org.opendrugpolicy.dataset.ReleaseContent;

/**
 * Every export of a release, rendered once, when the release is loaded, and served from then on as bytes on local disk.
 *
 * <p>On PostgreSQL, the replica that loads a release renders each export (every table as CSV, JSON and NDJSON, and
 * dataset.zip) into a local directory named by the release's content hash ({@code odp.exports.directory}, by default
 * {@code odp-exports} under the system's temporary directory), records each one's size and SHA-256 in the release's
 * {@code export_files} table and stores its bytes in {@code export_chunks}, in the load's transaction, so that every other
 * replica copies an export to its own local directory the first time it is asked for, one 1 MiB chunk at a time, and
 * checks its hash, instead of rendering it again. A request then costs a file copied to the socket, whatever the size of
 * the data. Files are written under a temporary name and moved into place, so replicas that share the directory never see
 * half a file. (H2 is in memory and in one process: there the replica is the only one, and renders every export to its
 * local directory on the first request that needs them, so that the start of the README's first command does not
 * grow; an export missing from disk is rendered again from the release's files, which start-up has hashed.)
 */
@ApplicationScoped
public class ExportStore implements ReleaseContent {
    private static final Logger LOG = Logger.getLogger(ExportStore.class);
    static final int CHUNK = 1 << 20;

    private final AgroalDataSource dataSource;
    private final DatasetLoader dataset;
    private final Path root;
    private final Map<String, Object> copying = new ConcurrentHashMap<>();

    ExportStore(AgroalDataSource dataSource, DatasetLoader dataset,
            @ConfigProperty(name = "odp.exports.directory") java.util.Optional<Path> directory) {
        this.dataSource = dataSource;
        this.dataset = dataset;
        this.root = directory.orElseGet(() -> Path.of(System.getProperty("java.io.tmpdir"), "odp-exports"));
    }

    /** One stored export: what /api/v1/exports lists. */
    record Stored(String file, String table, String extension, String mediaType, long bytes, String sha256) {}

    @Override
    public void store(Connection connection, DatasetFiles files, DataPackage pkg, DatasetVersion version, Map<String, Integer> rowCounts)
            throws SQLException {
        if (!isPostgres(connection)) {
            // H2: this process is the only replica, so nothing is shared; rendering every export would only lengthen
            // the start of the README's first command. They are rendered to local disk on the first request that needs them.
            return;
        }
        long began = System.nanoTime();
        Path dir = directory(version);
        Map<String, Stored> exports = renderAll(dir, files, pkg, version);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO export_files "
                + "(file, list_order, table_name, extension, media_type, bytes, sha256) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int order = 0;
            for (Stored export : exports.values()) {
                register(insert, export, order++);
            }
        }
        storeChunks(connection, dir);
        LOG.infof("Rendered %d exports (%d MB) into %s and the database in %d ms", exports.size(),
                exports.values().stream().mapToLong(Stored::bytes).sum() >> 20, dir, (System.nanoTime() - began) / 1_000_000);
    }

    /** Every export of a release, rendered into the directory, in list order: each table as CSV, JSON and NDJSON, then the zip and its descriptor. */
    private static Map<String, Stored> renderAll(Path dir, DatasetFiles files, DataPackage pkg, DatasetVersion version) {
        Map<String, Stored> exports = new LinkedHashMap<>();
        Map<String, ExportCatalog.Digest> csv = new LinkedHashMap<>();
        for (DataPackage.Resource table : pkg.resources()) {
            for (ExportFormat format : ExportFormat.values()) {
                String file = table.name() + "." + format.extension;
                ExportCatalog.Digest digest = render(dir, file, out -> TableWriter.render(files, table, format, out));
                if (format == ExportFormat.CSV) {
                    csv.put(table.name(), digest);
                }
                exports.put(file, new Stored(file, table.name(), format.extension, format.mediaType, digest.bytes(), digest.sha256()));
            }
        }
        ExportCatalog.Digest zip = render(dir, ExportCatalog.PACKAGE,
                out -> DatasetPackage.render(files, pkg, csv, ExportCatalog.released(version), out));
        exports.put(ExportCatalog.PACKAGE, new Stored(ExportCatalog.PACKAGE, null, "zip", "application/zip", zip.bytes(), zip.sha256()));
        ExportCatalog.Digest descriptor = render(dir, ExportCatalog.DESCRIPTOR, out -> out.write(DatasetPackage.descriptor(files, csv)));
        exports.put(ExportCatalog.DESCRIPTOR, new Stored(ExportCatalog.DESCRIPTOR, null, "json", "application/json", descriptor.bytes(), descriptor.sha256()));
        return exports;
    }

    private static void register(PreparedStatement insert, Stored export, int order) throws SQLException {
        insert.setString(1, export.file());
        insert.setInt(2, order);
        insert.setString(3, export.table());
        insert.setString(4, export.extension());
        insert.setString(5, export.mediaType());
        insert.setLong(6, export.bytes());
        insert.setString(7, export.sha256());
        insert.executeUpdate();
    }

    /** Every rendered file of the directory, into export_chunks. */
    private static void storeChunks(Connection connection, Path dir) throws SQLException {
        try (PreparedStatement files = connection.prepareStatement("SELECT file, sha256 FROM export_files ORDER BY list_order");
                PreparedStatement chunk = connection.prepareStatement("INSERT INTO export_chunks (file, seq, data) VALUES (?, ?, ?)");
                ResultSet names = files.executeQuery()) {
            byte[] buffer = new byte[CHUNK];
            while (names.next()) {
                String file = names.getString(1);
                try (InputStream in = Files.newInputStream(dir.resolve(name(file, names.getString(2))))) {
                    int seq = 0;
                    for (int n; (n = in.readNBytes(buffer, 0, CHUNK)) > 0;) {
                        chunk.setString(1, file);
                        chunk.setInt(2, seq++);
                        chunk.setBytes(3, n == CHUNK ? buffer : java.util.Arrays.copyOf(buffer, n));
                        chunk.executeUpdate();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    private record Catalogue(String tag, Map<String, Stored> exports) {}

    private volatile Catalogue catalogue;

    /** The exports of the release being served, in list order: read from its export_files table once per release. */
    Map<String, Stored> exports() {
        Catalogue current = catalogue;
        String tag = dataset.version().tag();
        if (current != null && current.tag().equals(tag)) {
            return current.exports();
        }
        synchronized (this) {
            current = catalogue;
            if (current != null && current.tag().equals(tag)) {
                return current.exports();
            }
            Map<String, Stored> exports = registered();
            if (exports.isEmpty()) {
                // H2: not rendered at load (see store); rendered now, once, from the release's files.
                long began = System.nanoTime();
                exports = renderAll(directory(dataset.version()), dataset.files(), dataset.dataPackage(), dataset.version());
                LOG.infof("Rendered %d exports of release %s on first use in %d ms", exports.size(), tag, (System.nanoTime() - began) / 1_000_000);
            }
            catalogue = new Catalogue(tag, java.util.Collections.unmodifiableMap(exports));
            return catalogue.exports();
        }
    }

    /** What the release's export_files table holds: empty when the release was not rendered at load (H2). */
    private Map<String, Stored> registered() {
        Map<String, Stored> exports = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT file, table_name, extension, media_type, bytes, sha256 FROM export_files ORDER BY list_order");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                exports.put(rows.getString(1), new Stored(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getLong(5),
                        rows.getString(6)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the exports of the release: " + e.getMessage(), e);
        }
        return exports;
    }

    /** Copies one export of the release being served to {@code out}, from this replica's local copy (made on first use). */
    void copy(String file, OutputStream out) throws IOException {
        Files.copy(local(file), out);
    }

    /** This replica's copy of an export: rendered here at load, or copied once from the database, or rendered again. */
    Path local(String file) throws IOException {
        DatasetVersion version = dataset.version();
        Stored stored = exports().get(file);
        if (stored == null) {
            throw new java.nio.file.NoSuchFileException(file);
        }
        Path path = directory(version).resolve(name(file, stored.sha256()));
        if (Files.exists(path)) {
            return path;
        }
        synchronized (copying.computeIfAbsent(path.toString(), k -> new Object())) {
            if (Files.exists(path)) {
                return path;
            }
            long began = System.nanoTime();
            boolean[] copied = {false};
            ExportCatalog.Digest digest = render(path.getParent(), file, out -> {
                copied[0] = fromDatabase(file, out);
                if (!copied[0]) {
                    renderAgain(file, out);
                }
            });
            if (digest.bytes() != stored.bytes() || !digest.sha256().equals(stored.sha256())) {
                Files.deleteIfExists(path.resolveSibling(name(file, digest.sha256())));
                throw new IllegalStateException("The copy of export " + file + " does not match what the release registered: " + digest + " vs "
                        + stored.bytes() + " bytes, sha256 " + stored.sha256());
            }
            LOG.infof("%s export %s of release %s to %s in %d ms", copied[0] ? "Copied from the database" : "Rendered again from the release's files",
                    file, version.tag(), path, (System.nanoTime() - began) / 1_000_000);
            return path;
        }
    }

    /** The export's chunks, streamed one at a time (a cursor: PostgreSQL fetches by fetch size only in a transaction); false when there are none. */
    private boolean fromDatabase(String file, OutputStream out) throws IOException {
        try (Connection connection = dataSource.getConnection()) {
            if (!isPostgres(connection)) {
                return false;
            }
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement query = connection.prepareStatement("SELECT data FROM export_chunks WHERE file = ? ORDER BY seq")) {
                query.setFetchSize(1);
                query.setString(1, file);
                boolean any = false;
                try (ResultSet chunks = query.executeQuery()) {
                    while (chunks.next()) {
                        out.write(chunks.getBytes(1));
                        any = true;
                    }
                }
                return any;
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IOException("Could not read export " + file + " from the database: " + e.getMessage(), e);
        }
    }

    /** The export rendered from the release's files (their hash is the release's: start-up checked it). */
    private void renderAgain(String file, OutputStream out) throws IOException {
        DataPackage pkg = dataset.dataPackage();
        if (file.equals(ExportCatalog.PACKAGE) || file.equals(ExportCatalog.DESCRIPTOR)) {
            Map<String, ExportCatalog.Digest> csv = new LinkedHashMap<>();
            for (Stored stored : exports().values()) {
                if ("csv".equals(stored.extension())) {
                    csv.put(stored.table(), new ExportCatalog.Digest(stored.bytes(), stored.sha256()));
                }
            }
            if (file.equals(ExportCatalog.DESCRIPTOR)) {
                out.write(DatasetPackage.descriptor(dataset.files(), csv));
            } else {
                DatasetPackage.render(dataset.files(), pkg, csv, ExportCatalog.released(dataset.version()), out);
            }
            return;
        }
        int dot = file.lastIndexOf('.');
        DataPackage.Resource table = pkg.resources().stream().filter(r -> r.name().equals(file.substring(0, dot))).findFirst().orElseThrow();
        TableWriter.render(dataset.files(), table, ExportFormat.byExtension(file.substring(dot + 1)).orElseThrow(), out);
    }

    private Path directory(DatasetVersion version) {
        return root.resolve(version.sha256());
    }

    /**
     * A local copy is named by its own hash as well: a file of that name has those bytes, whichever build or replica wrote
     * it (another build may render the same release differently), so an existing one is served without checking it again.
     */
    private static String name(String file, String sha256) {
        return sha256 + "-" + file;
    }

    private interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes a file under a temporary name, digesting it, then moves it into place. */
    private static ExportCatalog.Digest render(Path dir, String file, Body body) {
        try {
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, file + ".", ".part");
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                long bytes;
                try (OutputStream raw = new java.io.BufferedOutputStream(Files.newOutputStream(temp), 1 << 16);
                        CountingStream counted = new CountingStream(raw);
                        DigestOutputStream out = new DigestOutputStream(counted, sha)) {
                    body.writeTo(out);
                    bytes = counted.count;
                }
                String hash = HexFormat.of().formatHex(sha.digest());
                Files.move(temp, dir.resolve(name(file, hash)), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return new ExportCatalog.Digest(bytes, hash);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write export " + file + " into " + dir + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class CountingStream extends java.io.FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }

    private static boolean isPostgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }
}
