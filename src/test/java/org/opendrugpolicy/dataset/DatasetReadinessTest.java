package org.opendrugpolicy.dataset;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The readiness check reports the loaded dataset: one row count per table, the release's tag and the schema that holds it. */
@QuarkusTest
class DatasetReadinessTest {
    /** The management interface (its own port: health, readiness, metrics), ending in /q/. */
    @TestHTTPResource(management = true)
    String management;

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    @Test
    void readyWithTheRowCountOfEveryTableAndTheVersionTag() throws IOException {
        JsonPath health = given().accept("application/json")
                .get(management + "health/ready")
                .then().statusCode(200)
                .extract().jsonPath();

        assertEquals("UP", health.getString("status"));
        Map<String, Object> check = health.getMap("checks.find { it.name == 'dataset' }");
        assertNotNull(check, "no check named dataset in " + health.prettify());
        assertEquals("UP", check.get("status"));

        @SuppressWarnings("unchecked")
        Map<String, Object> data = new HashMap<>((Map<String, Object>) check.get("data"));
        String version = (String) data.remove("version");
        assertNotNull(version, "no version in " + check);
        assertTrue(version.matches("^\\d{4}\\.\\d{2}\\.\\d{2}\\+[0-9a-f]{12}$"), version);
        String schema = (String) data.remove("schema");
        assertEquals("release_" + version.replace('.', '_').replace('+', '_'), schema.toLowerCase(java.util.Locale.ROOT), "the schema that holds the release");

        Map<String, Long> reported = new TreeMap<>();
        data.forEach((table, rows) -> reported.put(table, ((Number) rows).longValue()));
        assertEquals(dataRowsPerCsvFile(), reported);
    }

    /** Counts the records of every {@code data/*.csv}, header excluded, by parsing it (a quoted value may span lines). */
    private static Map<String, Long> dataRowsPerCsvFile() throws IOException {
        Map<String, Long> counts = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("data"))) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".csv")).toList();
        }
        for (Path file : files) {
            long records = 0;
            try (MappingIterator<String[]> it = CSV.readerFor(String[].class).readValues(Files.readString(file, StandardCharsets.UTF_8))) {
                while (it.hasNextValue()) {
                    it.nextValue();
                    records++;
                }
            }
            String name = file.getFileName().toString();
            counts.put(name.substring(0, name.length() - ".csv".length()), records - 1);
        }
        assertTrue(counts.size() >= 15, "data/ files: " + counts);
        return counts;
    }
}
