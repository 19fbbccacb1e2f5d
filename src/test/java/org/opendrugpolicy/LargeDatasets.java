package org.opendrugpolicy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/** For the tests that stream a large result: a copy of data/ with many rows added to one table, and the heap they must not fill. */
public final class LargeDatasets {
    private LargeDatasets() {}

    /**
     * A temporary copy of data/ whose {@code table} file has {@code rows} more lines, line i (from 1) given by {@code line};
     * each new record is recorded as created in the first release (record_changes.csv), with the id {@code recordId} gives.
     */
    public static Path copyOfDataWith(String table, int rows, IntFunction<String> line, IntFunction<String> recordId) {
        try {
            Path dir = Files.createTempDirectory("odp-large-");
            try (Stream<Path> files = Files.list(Path.of("data"))) {
                for (Path file : files.toList()) {
                    Files.copy(file, dir.resolve(file.getFileName()));
                }
            }
            try (Writer out = Files.newBufferedWriter(dir.resolve(table), StandardCharsets.UTF_8, StandardOpenOption.APPEND)) {
                for (int i = 1; i <= rows; i++) {
                    out.write(line.apply(i));
                    out.write('\n');
                }
            }
            // the first release: versions are dates (yyyy.MM.dd), so the least is the first, whatever order the file lists them
            // in (a changelog cell may span lines: only lines that start with a version are rows)
            String release = Files.readAllLines(dir.resolve("releases.csv")).stream().filter(l -> l.matches("\\d{4}\\.\\d{2}\\.\\d{2},.*"))
                    .map(l -> l.split(",", 2)[0]).sorted().findFirst().orElseThrow();
            String tableName = table.replace(".csv", "");
            try (Writer out = Files.newBufferedWriter(dir.resolve("record_changes.csv"), StandardCharsets.UTF_8, StandardOpenOption.APPEND)) {
                for (int i = 1; i <= rows; i++) {
                    out.write(release + "," + tableName + "," + recordId.apply(i) + ",created\n");
                }
            }
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads {@code url} to the end once and drops it, so that what the first download sets up once (classes, query plans,
     * the client's and server's buffers) is in the baseline and not counted as growth of the measured download.
     */
    public static void downloadOnce(HttpClient client, URI url) throws IOException, InterruptedException {
        HttpResponse<Void> response = client.send(HttpRequest.newBuilder(url).header("Accept-Encoding", "identity").build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
    }

    /**
     * Heap the last full collection kept: what the server (in the test's JVM) still holds. Read from each pool's usage
     * as that collection left it, not from the live usage, which the still-streaming server thread raises again at once.
     */
    public static long retainedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        long retained = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage afterCollection = pool.getCollectionUsage();
            if (pool.getType() == MemoryType.HEAP && afterCollection != null) {
                retained += afterCollection.getUsed();
            }
        }
        return retained;
    }
}
