package org.opendrugpolicy.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's scale-data generator ({@code src/bench/scale_data.py}) writes datasets that the loader
 * accepts as they are: same schema, valid types, patterns, keys, foreign keys and source lists.
 */
class ScaleDataTest {
    private static final Path DATA = Path.of("data");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> MULTIPLIED = Set.of("sessions", "session_segments", "organizations", "organization_aliases",
            "resolutions", "resolution_topics", "sponsorships", "votes", "side_events", "side_event_hosts", "side_event_topics", "meetings");

    @Test
    void threeCopiesPassTheLoaderAndKeepTheRealDataAsCopyZero(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("scale-3");
        Result result = generate(DATA, out, 3);
        assertEquals(0, result.exit(), result.output());

        ValidatedDataset real = DatasetReader.read(DatasetFiles.directory(DATA));
        ValidatedDataset scaled = DatasetReader.read(DatasetFiles.directory(out));
        assertEquals(real.tables().keySet(), scaled.tables().keySet());
        int copiedRecords = MULTIPLIED.stream().mapToInt(name -> 2 * real.tables().get(name).rows().size()).sum();
        real.tables().forEach((name, table) -> {
            int expected = MULTIPLIED.contains(name) ? 3 * table.rows().size()
                    // every record a copy adds is created, in the history, with the first release
                    : name.equals("record_changes") ? table.rows().size() + copiedRecords : table.rows().size();
            assertEquals(expected, scaled.tables().get(name).rows().size(), name);
        });
        assertEquals(real.dataPackage(), scaled.dataPackage());
        assertNotEquals(real.version().sha256(), scaled.version().sha256());

        List<String> resolutions = column(scaled, "resolutions", "id");
        assertTrue(resolutions.containsAll(List.of("cnd-68-l2", "cnd-68-l2-x1", "cnd-68-l2-x2")), resolutions.toString());
        List<String> symbols = column(scaled, "resolutions", "symbol");
        assertTrue(symbols.contains("E/CN.7/2025/L.2/Rev.1"), symbols.toString());
        // Copy k of session cnd-<n> is cnd-<n + k * stride>, the stride being the same for every session.
        List<Integer> realNumbers = column(real, "sessions", "id").stream().map(id -> Integer.parseInt(id.substring("cnd-".length()))).toList();
        int realMax = realNumbers.stream().mapToInt(Integer::intValue).max().orElseThrow();
        int scaledMax = column(scaled, "sessions", "id").stream().mapToInt(id -> Integer.parseInt(id.substring("cnd-".length()))).max().orElseThrow();
        int stride = (scaledMax - realMax) / 2;
        assertTrue(stride > realMax, "copies' session numbers never collide with real ones: stride " + stride);
        Set<String> expectedSessions = new java.util.HashSet<>();
        for (int k = 0; k < 3; k++) {
            for (int n : realNumbers) {
                expectedSessions.add("cnd-" + (n + k * stride));
            }
        }
        assertEquals(expectedSessions, Set.copyOf(column(scaled, "sessions", "id")));
        // Each copy is a world of its own: a copied side event's hosts are copies too.
        assertTrue(scaled.tables().get("side_event_hosts").rows().stream()
                .filter(row -> row[0].toString().endsWith("-x2"))
                .allMatch(row -> row[3] == null || row[3].toString().endsWith("-x2")));
    }

    @Test
    void aUniqueFieldWithoutARuleIsRefusedRatherThanWrittenInvalid(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("data");
        Files.createDirectories(data);
        try (Stream<Path> files = Files.list(DATA)) {
            for (Path file : files.toList()) {
                Files.copy(file, data.resolve(file.getFileName()));
            }
        }
        Path descriptor = data.resolve("datapackage.json");
        ObjectNode pkg = (ObjectNode) JSON.readTree(descriptor.toFile());
        for (JsonNode resource : pkg.get("resources")) {
            if (resource.get("name").asText().equals("side_events")) {
                for (JsonNode field : resource.get("schema").get("fields")) {
                    if (field.get("name").asText().equals("title")) {
                        ((ObjectNode) field.get("constraints")).put("unique", true);
                    }
                }
            }
        }
        JSON.writeValue(descriptor.toFile(), pkg);

        Result result = generate(data, tmp.resolve("out"), 2);
        assertEquals(1, result.exit(), result.output());
        assertTrue(result.output().contains("side_events.title is unique but scale_data.py has no rule"), result.output());
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    private record Result(int exit, String output) {}

    private static Result generate(Path data, Path out, int scale) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("python3", "src/bench/scale_data.py", "--scale", String.valueOf(scale),
                "--data", data.toString(), "--out", out.toString()).redirectErrorStream(true).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("scale_data.py did not finish in 60 s");
        }
        return new Result(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private static List<String> column(ValidatedDataset dataset, String table, String field) {
        ValidatedDataset.Table t = dataset.tables().get(table);
        List<String> names = t.resource().schema().fields().stream().map(DataPackage.Field::name).collect(Collectors.toList());
        int column = names.indexOf(field);
        List<String> values = new ArrayList<>();
        for (Object[] row : t.rows()) {
            values.add(String.valueOf(row[column]));
        }
        return values;
    }
}
