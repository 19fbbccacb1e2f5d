package org.opendrugpolicy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
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
            String release = Files.readAllLines(dir.resolve("releases.csv")).get(1).split(",", 2)[0];
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

    /** Heap in use after collecting garbage: what the server (in the test's JVM) still holds. */
    public static long retainedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
