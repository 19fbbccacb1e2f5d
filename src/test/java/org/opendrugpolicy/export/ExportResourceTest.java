package org.opendrugpolicy.export;

import static io.restassured.RestAssured.given;
import org.opendrugpolicy.CurrentRelease;
import org.opendrugpolicy.DataCsv;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendrugpolicy.dataset.DatasetFiles;
import org.opendrugpolicy.dataset.DatasetReader;
import org.opendrugpolicy.dataset.ValidatedDataset;

@QuarkusTest
class ExportResourceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
    private static final ValidatedDataset DATA = DatasetReader.read(DatasetFiles.directory(Path.of("data")));

    @Test
    void theCatalogueListsThreeFormatsPerTableAndThePackage() {
        JsonPath catalogue = given().get("/api/v1/exports").then().statusCode(200).extract().jsonPath();
        assertEquals(DATA.tables().size() * 3 + 1, catalogue.getList("exports").size());
        assertEquals("dataset.zip", catalogue.getString("exports[-1].file"));
        assertEquals(DATA.version().tag(), catalogue.getString("dataset.tag"));
    }

    @Test
    void everyCsvIsTheDataFileByteForByteAndTheCatalogueSaysSo() throws Exception {
        for (Map<String, Object> export : exports("csv")) {
            String table = (String) export.get("table");
            byte[] published = Files.readAllBytes(Path.of("data", table + ".csv"));
            byte[] downloaded = given().get((String) export.get("url")).then().statusCode(200)
                    .header("Content-Disposition", equalTo("attachment; filename=\"cnd-" + CurrentRelease.VERSION + "-" + table + ".csv\""))
                    .extract().asByteArray();
            assertArrayEquals(published, downloaded, table);
            assertEquals(sha256(published), export.get("sha256"), table);
            assertEquals(published.length, ((Number) export.get("bytes")).intValue(), table);
            assertEquals(DATA.tables().get(table).rows().size(), ((Number) export.get("rows")).intValue(), table);
        }
    }

    @Test
    void jsonAndNdjsonHaveEveryRowTypedWithTheApisFieldNames() throws Exception {
        for (Map<String, Object> export : exports("json")) {
            String table = (String) export.get("table");
            byte[] body = given().get((String) export.get("url")).then().statusCode(200).contentType("application/json").extract().asByteArray();
            JsonNode rows = JSON.readTree(body);
            assertEquals(DATA.tables().get(table).rows().size(), rows.size(), table);
            assertEquals(sha256(body), export.get("sha256"), table);
        }
        for (Map<String, Object> export : exports("ndjson")) {
            String table = (String) export.get("table");
            String body = given().get((String) export.get("url")).then().statusCode(200).contentType("application/x-ndjson").extract().asString();
            List<String> lines = body.lines().toList();
            assertEquals(DATA.tables().get(table).rows().size(), lines.size(), table);
            lines.forEach(line -> assertTrue(line.startsWith("{") && line.endsWith("}"), table));
        }
        // typed as data/ has them: an integer where the CSV gives a figure, null where it gives none, a list as an array
        JsonNode events = JSON.readTree(given().get("/api/v1/exports/side_events.json").asByteArray());
        List<Map<String, String>> csv = DataCsv.rows("side_events");
        int withFigure = 0;
        int withoutFigure = 0;
        for (int i = 0; i < csv.size(); i++) {
            JsonNode event = events.get(i);
            assertEquals(csv.get(i).get("id"), event.get("id").asText());
            assertTrue(event.get("sourceIds").isArray());
            if (csv.get(i).get("attendance").isEmpty()) {
                assertTrue(event.get("attendance").isNull(), event.toString());
                withoutFigure++;
            } else {
                assertTrue(event.get("attendance").isInt(), event.toString());
                assertEquals(Integer.parseInt(csv.get(i).get("attendance")), event.get("attendance").asInt());
                withFigure++;
            }
        }
        assertTrue(withFigure > 0 && withoutFigure > 0, "the fixture: events with and without a figure");
    }

    @Test
    void theCsvRoundTripsToTheSameRows() throws Exception {
        for (String table : DATA.tables().keySet()) {
            byte[] body = given().get("/api/v1/exports/" + table + ".csv").asByteArray();
            assertEquals(rows(Files.readAllBytes(Path.of("data", table + ".csv"))), rows(body), table);
        }
    }

    @Test
    void thePackageIsAValidDataPackageWhoseHashesMatchItsFiles(@TempDir Path dir) throws Exception {
        byte[] zip = given().get("/api/v1/exports/dataset.zip").then().statusCode(200).contentType("application/zip").extract().asByteArray();
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                byte[] bytes = in.readAllBytes();
                entries.put(entry.getName(), bytes);
                Files.write(dir.resolve(entry.getName()), bytes);
            }
        }
        assertTrue(entries.containsKey("README.md") && entries.containsKey("LICENSE.txt"));
        JsonNode descriptor = JSON.readTree(entries.get("datapackage.json"));
        assertEquals(CurrentRelease.VERSION, descriptor.get("version").asText());
        assertEquals("CC-BY-4.0", descriptor.get("licenses").get(0).get("name").asText());
        for (JsonNode resource : descriptor.get("resources")) {
            byte[] file = entries.get(resource.get("path").asText());
            assertEquals(file.length, resource.get("bytes").asLong(), resource.get("name").asText());
            assertEquals("sha256:" + sha256(file), resource.get("hash").asText(), resource.get("name").asText());
        }
        // The loader's own checks: types, keys and every foreign key resolve inside the package.
        ValidatedDataset unpacked = DatasetReader.read(DatasetFiles.directory(dir));
        assertEquals(DATA.tables().keySet(), unpacked.tables().keySet());
        assertEquals(sha256(zip), given().get("/api/v1/exports").jsonPath().getString("exports.find { it.file == 'dataset.zip' }.sha256"));
    }

    @Test
    void theDescriptorOnItsOwnIsTheZipsAndLeadsAHarvesterToEveryTableByUrl() throws Exception {
        var response = given().get("/api/v1/exports/datapackage.json").then().statusCode(200).contentType("application/json")
                .header("Content-Disposition", equalTo("attachment; filename=\"cnd-" + CurrentRelease.VERSION + "-datapackage.json\"")).extract();
        byte[] bytes = response.asByteArray();
        byte[] zipped = null;
        byte[] zip = given().get("/api/v1/exports/dataset.zip").then().statusCode(200).extract().asByteArray();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (entry.getName().equals("datapackage.json")) {
                    zipped = in.readAllBytes();
                }
            }
        }
        assertArrayEquals(zipped, bytes);
        // not listed among the exports (it is no table), linked from the API index instead
        assertTrue(given().get("/api/v1/exports").jsonPath().getList("exports.file").stream().noneMatch("datapackage.json"::equals));
        assertTrue(given().get("/api/v1").jsonPath().getString("links.data-package").endsWith("/api/v1/exports/datapackage.json"));
        assertEquals("\"" + sha256(bytes) + "\"", response.header("ETag").replace("-gzip", ""));
        // As a harvester reads it: each resource's path resolved against the descriptor's own URL is the table's CSV export
        java.net.URI descriptorUrl = java.net.URI.create("http://localhost/api/v1/exports/datapackage.json");
        JsonNode descriptor = JSON.readTree(bytes);
        assertEquals(DATA.tables().size(), descriptor.get("resources").size());
        for (JsonNode resource : descriptor.get("resources")) {
            String path = descriptorUrl.resolve(resource.get("path").asText()).getPath();
            byte[] file = given().get(path).then().statusCode(200).extract().asByteArray();
            assertEquals(resource.get("bytes").asLong(), file.length, path);
            assertEquals(resource.get("hash").asText(), "sha256:" + sha256(file), path);
        }
    }

    @Test
    void downloadsRevalidateWithTheirHash() {
        String sha = given().get("/api/v1/exports").jsonPath().getString("exports.find { it.file == 'topics.csv' }.sha256");
        var identity = io.restassured.config.RestAssuredConfig.config().decoderConfig(io.restassured.config.DecoderConfig.decoderConfig().noContentDecoders());
        given().config(identity).get("/api/v1/exports/topics.csv").then().statusCode(200).header("ETag", equalTo("\"" + sha + "\""));
        given().config(identity).header("If-None-Match", "\"" + sha + "\"").get("/api/v1/exports/topics.csv").then().statusCode(304);
        given().get("/api/v1/exports/topics.csv").then().statusCode(200).header("ETag", equalTo("\"" + sha + "-gzip\""));
    }

    /**
     * Each file is one media type: Accept that takes it (exactly, by a range, or with q above 0) gets the file; Accept that
     * takes only another of the exports' types, or refuses it with q=0, gets a 406 problem, as an unknown type always did
     * (a new user's trial got sessions.json for Accept: text/csv). Asked twice, the second from the response cache.
     */
    @Test
    void eachExportAnswersOnlyAnAcceptThatTakesItsOwnType() {
        List<Map<String, Object>> catalogue = given().get("/api/v1/exports").jsonPath().getList("exports");
        List<String> types = catalogue.stream().map(e -> String.valueOf(e.get("mediaType")).split(";")[0]).distinct().toList();
        assertTrue(types.size() >= 4, types.toString());
        for (String format : List.of("csv", "json", "ndjson", "zip")) {
            Map<String, Object> export = catalogue.stream().filter(e -> e.get("format").equals(format)).findFirst().orElseThrow();
            String url = "/api/v1/exports/" + export.get("file");
            String own = String.valueOf(export.get("mediaType")).split(";")[0];
            for (int twice = 0; twice < 2; twice++) {
                for (String accept : List.of(own, own.split("/")[0] + "/*", "*/*", own + ";q=0.5, */*;q=0.1")) {
                    given().accept(accept).get(url).then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith(own));
                }
                for (String other : types.stream().filter(type -> !type.equals(own)).toList()) {
                    given().accept(other).get(url).then().statusCode(406).contentType(org.opendrugpolicy.api.Problem.MEDIA_TYPE)
                            .body("detail", org.hamcrest.Matchers.startsWith("This file is available as " + own + " only"));
                }
                given().accept(own + ";q=0").get(url).then().statusCode(406);
                // a type no export has: refused by the framework's matching, with the types the operation answers in
                given().accept("application/xml").get(url).then().statusCode(406).contentType(org.opendrugpolicy.api.Problem.MEDIA_TYPE)
                        .body("detail", org.hamcrest.Matchers.containsString(own));
            }
        }
    }

    @Test
    void unknownExportIs404() {
        given().get("/api/v1/exports/nothing.csv").then().statusCode(404)
                .body("detail", equalTo("No export is named 'nothing.csv'; see /api/v1/exports for the list."));
        given().get("/api/v1/exports/countries.xml").then().statusCode(404);
        given().get("/api/v1/exports/..%2Fpom.xml").then().statusCode(404);
    }

    private static List<Map<String, Object>> exports(String format) {
        return given().get("/api/v1/exports").jsonPath().getList("exports.findAll { it.format == '" + format + "' }");
    }

    private static List<List<String>> rows(byte[] csv) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<String[]> it = CSV.readerFor(String[].class).readValues(new String(csv, StandardCharsets.UTF_8))) {
            while (it.hasNextValue()) {
                rows.add(List.of(it.nextValue()));
            }
        }
        return rows;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
