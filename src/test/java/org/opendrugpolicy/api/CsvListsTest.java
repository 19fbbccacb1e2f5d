package org.opendrugpolicy.api;

import static io.restassured.RestAssured.given;
import org.opendrugpolicy.CurrentRelease;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.opendrugpolicy.openapi.OpenApiContract;

/** CSV from any list: the same rows as the JSON walked page by page, every one of them, negotiated, cached and compressed. */
@QuarkusTest
class CsvListsTest {
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RestAssuredConfig NO_GZIP = RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());

    /** Header first, then the rows, each as its cells. */
    private static List<String[]> parse(String csv) {
        try (MappingIterator<String[]> rows = CSV.readerFor(String[].class).readValues(csv)) {
            return rows.readAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String[]> csv(String path) {
        String body = given().get(path + (path.contains("?") ? "&" : "?") + "format=csv").then().statusCode(200)
                .contentType("text/csv; charset=utf-8; header=present").extract().asString();
        return parse(body);
    }

    /** Every record of the JSON list, page by page at a small page size. */
    private static List<JsonNode> jsonWalk(String path) {
        List<JsonNode> records = new ArrayList<>();
        for (int page = 1, pages = 1; page <= pages; page++) {
            JsonNode body = read(given().get(path + (path.contains("?") ? "&" : "?") + "size=3&page=" + page).then().statusCode(200).extract().asString());
            body.get("data").forEach(records::add);
            pages = body.path("meta").path("pages").asInt();
        }
        return records;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What the README promises a cell holds, computed from the JSON record: the value at the dotted path; a list as
     * its elements' ids (or the id of the record an element refers to) joined with ;, or their text joined with line breaks.
     */
    private static String expected(JsonNode record, String column) {
        JsonNode node = record;
        for (String segment : column.split("\\.")) {
            node = node == null || node.isNull() ? null : node.get(segment);
        }
        if (node == null || node.isNull()) {
            return "";
        }
        if (node.isObject()) {
            List<String> entries = new ArrayList<>();
            node.fields().forEachRemaining(e -> entries.add(e.getKey() + "=" + e.getValue().asText()));
            return String.join(";", entries);
        }
        if (!node.isArray()) {
            return node.asText();
        }
        List<String> ids = new ArrayList<>();
        boolean text = false;
        for (JsonNode element : node) {
            if (element.has("id")) {
                ids.add(element.get("id").asText());
                continue;
            }
            JsonNode reference = null;
            for (Iterator<JsonNode> fields = element.elements(); fields.hasNext(); ) {
                JsonNode field = fields.next();
                if (field.isObject() && field.has("id")) {
                    reference = field.get("id");
                    break;
                }
            }
            if (reference != null) {
                ids.add(reference.asText());
                continue;
            }
            text = true;
            JsonNode first = element.isTextual() ? element : null;
            for (Iterator<JsonNode> fields = element.elements(); first == null && fields.hasNext(); ) {
                JsonNode field = fields.next();
                first = field.isTextual() ? field : null;
            }
            ids.add(first == null ? "" : first.asText());
        }
        return String.join(text ? "\n" : ";", ids);
    }

    private static void assertSameAsJson(String path) {
        List<String[]> rows = csv(path);
        List<JsonNode> records = jsonWalk(path);
        String[] header = rows.get(0);
        assertEquals(records.size(), rows.size() - 1, path + ": one CSV row per record of the JSON walk");
        for (int i = 0; i < records.size(); i++) {
            String[] expectedRow = new String[header.length];
            for (int c = 0; c < header.length; c++) {
                expectedRow[c] = expected(records.get(i), header[c]);
            }
            assertArrayEquals(expectedRow, rows.get(i + 1), path + ": row " + (i + 1));
        }
    }

    @Test
    void everyListGivesTheRowsOfItsJsonWalkInOrder() {
        for (String path : new String[] {
                "/api/v1/side-events?session=cnd-68&sort=-attendance",
                "/api/v1/side-events?topic=harm-reduction",
                "/api/v1/resolutions?session=cnd-68&sort=-adoptedOn,symbol",
                "/api/v1/countries?region=Africa&sort=-subregion,name",
                "/api/v1/sessions",
                "/api/v1/organizations?type=network&sort=country,name",
                "/api/v1/organizations/villa-maraini/side-events?sort=title",
                "/api/v1/meetings?sort=kind,-session",
                "/api/v1/sources?kind=web&sort=-publishedOn",
                "/api/v1/topics",
                "/api/v1/sponsors?sort=-resolutions",
                "/api/v1/resolutions/cnd-68-l3/sponsors",
                "/api/v1/resolutions/cnd-68-l6/votes?vote=abstaining",
                "/api/v1/countries/COL/votes",
                "/api/v1/releases"}) {
            assertSameAsJson(path);
        }
    }

    @Test
    void columnsAreTheFlattenedJsonPropertiesWithoutLinks() {
        assertArrayEquals(new String[] {"id", "title", "session.id", "session.name", "session.year", "organizer.id", "organizer.name",
                "organizer.type", "organizerNameAsListed", "attendance", "attendanceNote", "description", "kind", "titleComplete", "heldOn",
                "timeAsListed", "room", "hostsComplete", "hosts", "topics", "sources",
                "createdAt", "updatedAt", "updatedIn"},
                csv("/api/v1/side-events").get(0));
        assertArrayEquals(new String[] {"resolution.id", "resolution.symbol", "resolution.session.id", "resolution.session.name",
                "resolution.session.year", "country.id", "country.name", "country.iso2", "country.m49", "country.region.m49", "country.region.name",
                "vote", "note", "sources"}, csv("/api/v1/resolutions/cnd-68-l6/votes").get(0));
        // a country's activity is only on the single-country view, so it is no column of the list
        assertTrue(Arrays.stream(csv("/api/v1/countries?id=COL").get(0)).noneMatch(c -> c.startsWith("activity") || c.startsWith("links")));
        List<String[]> contested = csv("/api/v1/resolutions?id=cnd-68-l3&fields=id,sponsors,topics");
        assertArrayEquals(new String[] {"id", "sponsors", "topics"}, contested.get(0));
        List<String> topics = given().get("/api/v1/resolutions/cnd-68-l3").then().extract().path("topics.id");
        assertEquals(2, topics.size());
        assertArrayEquals(new String[] {"cnd-68-l3", "NOR;THA;USA", String.join(";", topics)}, contested.get(1));
    }

    @Test
    void aListLargerThanTheLargestPageComesWhole() {
        List<String[]> rows = csv("/api/v1/countries?sort=region,name&page=2&size=5");
        int total = given().get("/api/v1/countries").then().extract().path("meta.total");
        assertEquals(249, total);
        assertTrue(total > PageRequest.MAX_SIZE);
        assertEquals(total + 1, rows.size());
        List<String> ids = rows.stream().skip(1).map(r -> r[0]).toList();
        assertEquals(ids, jsonWalk("/api/v1/countries?sort=region,name").stream().map(r -> r.get("id").asText()).toList());
    }

    @Test
    void acceptTextCsvIsTheSameAsFormatCsvAndFormatWins() {
        String byFormat = given().get("/api/v1/resolutions?session=cnd-68&format=csv").then().statusCode(200).extract().asString();
        given().accept("text/csv").get("/api/v1/resolutions?session=cnd-68").then().statusCode(200)
                .contentType(startsWith("text/csv")).body(equalTo(byFormat));
        given().accept("application/json;q=0.4, text/csv").get("/api/v1/resolutions?session=cnd-68").then().body(equalTo(byFormat));
        given().accept("application/json").get("/api/v1/resolutions?session=cnd-68&format=csv").then().body(equalTo(byFormat));
        given().accept("text/csv").get("/api/v1/resolutions?session=cnd-68&format=json").then().statusCode(200)
                .contentType(startsWith("application/json")).body("meta.total", equalTo(6));
        given().get("/api/v1/resolutions?session=cnd-68&format=JSON").then().statusCode(200).contentType(startsWith("application/json"));
        // JSON stays the default: no preference, a tie, a browser's Accept
        for (String accept : new String[] {"*/*", "text/csv, application/json", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}) {
            given().accept(accept).get("/api/v1/resolutions?session=cnd-68").then().statusCode(200)
                    .contentType(startsWith("application/json")).body("meta.total", equalTo(6));
        }
    }

    @Test
    void headersNameTheFileAndLeaveOutPaging() {
        given().get("/api/v1/organizations/villa-maraini/side-events?format=csv").then().statusCode(200)
                .header("Content-Type", equalTo("text/csv;charset=utf-8;header=present"))
                .header("Content-Disposition", equalTo("attachment; filename=\"organizations-villa-maraini-side-events-" + CurrentRelease.VERSION + ".csv\""))
                .header("Link", nullValue())
                .header("Vary", equalTo("Accept, Accept-Encoding"));
        given().get("/api/v1/side-events?format=csv").then().header("Content-Disposition", equalTo("attachment; filename=\"side-events-" + CurrentRelease.VERSION + ".csv\""));
    }

    /** Two filtered downloads of one list are two files: the name carries what chose the rows and columns, not the paging. */
    @Test
    void theFileNameCarriesTheFiltersSortAndFields() {
        given().queryParam("q", "Harm réduction").get("/api/v1/side-events?format=csv&session=cnd-68&page=2&size=5&fields=id,title&sort=-attendance").then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"side-events-fields-id-title-q-harm-reduction-session-cnd-68-sort-attendance-desc-" + CurrentRelease.VERSION + ".csv\""));
        // a descending sort is another file than the ascending one
        given().get("/api/v1/side-events?format=csv&session=cnd-68&sort=attendance").then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"side-events-session-cnd-68-sort-attendance-" + CurrentRelease.VERSION + ".csv\""));
        given().get("/api/v1/side-events?format=csv&session=cnd-68&sort=title,-attendance").then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"side-events-session-cnd-68-sort-title-attendance-desc-" + CurrentRelease.VERSION + ".csv\""));
        given().accept("text/csv").get("/api/v1/resolutions?session=cnd-67").then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"resolutions-session-cnd-67-" + CurrentRelease.VERSION + ".csv\""));
        // a long query: cut, and told apart by a digest of the whole
        String many = String.join(",", java.util.Collections.nCopies(12, "cnd-68-clarifying-harm-reduction"));
        String one = given().get("/api/v1/side-events?format=csv&id=" + many).then().statusCode(200).extract().header("Content-Disposition");
        String other = given().get("/api/v1/side-events?format=csv&id=" + many + ",x").then().statusCode(200).extract().header("Content-Disposition");
        org.junit.jupiter.api.Assertions.assertTrue(one.matches("attachment; filename=\"side-events-id-cnd-68-clarifying-harm-reduction-[a-z0-9-]{20,}[a-z0-9]-[0-9a-f]{8}-" + java.util.regex.Pattern.quote(CurrentRelease.VERSION) + "\\.csv\""), one);
        org.junit.jupiter.api.Assertions.assertNotEquals(one, other);
        // accents fold into the name; letters no ASCII name can keep are told apart by the digest, not dropped into one name
        given().queryParam("q", "Côte").get("/api/v1/side-events?format=csv").then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"side-events-q-cote-" + CurrentRelease.VERSION + ".csv\""));
        String cyrillic = given().queryParam("q", "кокаин").get("/api/v1/side-events?format=csv").then().statusCode(200).extract().header("Content-Disposition");
        String arabic = given().queryParam("q", "الكوكايين").get("/api/v1/side-events?format=csv").then().statusCode(200).extract().header("Content-Disposition");
        org.junit.jupiter.api.Assertions.assertTrue(cyrillic.matches("attachment; filename=\"side-events-q-[0-9a-f]{8}-" + java.util.regex.Pattern.quote(CurrentRelease.VERSION) + "\\.csv\""), cyrillic);
        org.junit.jupiter.api.Assertions.assertNotEquals(cyrillic, arabic);
    }

    @Test
    void pagingAndIncludeAreIgnoredButStillChecked() {
        String all = given().get("/api/v1/side-events?format=csv").then().statusCode(200).extract().asString();
        given().get("/api/v1/side-events?format=csv&page=3&size=2").then().statusCode(200).body(equalTo(all));
        given().get("/api/v1/side-events?format=csv&cursor=").then().statusCode(200).body(equalTo(all));
        given().get("/api/v1/side-events?format=csv&include=session,hosts").then().statusCode(200).body(equalTo(all));
        given().get("/api/v1/side-events?format=csv&size=500").then().statusCode(400).body("errors[0].name", equalTo("size"));
        given().get("/api/v1/side-events?format=csv&include=nothing").then().statusCode(400).body("errors[0].name", equalTo("include"));
    }

    @Test
    void badFormatIs400AndAnAcceptWithoutJsonOrCsvIs406() {
        given().get("/api/v1/side-events?format=xlsx").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].name", equalTo("format")).body("errors[0].reason", equalTo("must be json, csv or excel-csv, got 'xlsx'"));
        // empty or blank is the parameter left out (the one rule, EmptyValuesTest): the default, JSON
        given().get("/api/v1/side-events?format=").then().statusCode(200).contentType("application/json;charset=UTF-8");
        given().get("/api/v1/side-events?format=csv&format=json").then().statusCode(400).body("errors[0].name", equalTo("format"));
        given().accept("application/xml").get("/api/v1/side-events").then().statusCode(406).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("text/csv"));
        given().accept("text/csv").get("/api/v1/side-events/cnd-68-clarifying-harm-reduction").then().statusCode(406);
        given().get("/api/v1/sessions/cnd-68?format=csv").then().statusCode(400).body("errors[0].name", equalTo("format"));
        given().get("/api/v1/side-events?format=csv&fields=links").then().statusCode(400).body("errors[0].name", equalTo("fields"))
                .body("errors[0].reason", startsWith("selects no CSV column"));
        given().get("/api/v1/side-events?format=csv&fields=nonsense").then().statusCode(400).body("errors[0].name", equalTo("fields"));
        given().get("/api/v1/resolutions/cnd-99-l1/votes?format=csv").then().statusCode(404).contentType(Problem.MEDIA_TYPE);
        given().get("/api/v1/resolutions?format=csv&sort=colour").then().statusCode(400).body("errors[0].name", equalTo("sort"));
    }

    @Test
    void fieldsSelectColumnsInTheGivenOrder() {
        List<String[]> rows = csv("/api/v1/side-events?session=cnd-68&sort=-attendance&fields=attendance,session,id,hosts.party.id");
        assertArrayEquals(new String[] {"attendance", "session.id", "session.name", "session.year", "id", "hosts"}, rows.get(0));
        var json = given().get("/api/v1/side-events?session=cnd-68&sort=-attendance&size=1").jsonPath();
        assertEquals(json.getString("data[0].attendance"), rows.get(1)[0]);
        assertEquals(json.getString("data[0].id"), rows.get(1)[4]);
        assertEquals(json.getInt("meta.total") + 1, rows.size());
    }

    @Test
    void csvHasItsOwnStrongEtagAnd304() {
        Response first = given().config(NO_GZIP).header("Accept-Encoding", "identity").get("/api/v1/side-events?session=cnd-68&format=csv");
        String etag = first.then().statusCode(200).extract().header("ETag");
        assertTrue(etag.matches("\"[0-9a-f]{32}\""), etag);
        given().config(NO_GZIP).header("Accept-Encoding", "identity").header("If-None-Match", etag)
                .get("/api/v1/side-events?session=cnd-68&format=csv&page=2").then().statusCode(304).body(emptyString())
                .header("Content-Disposition", nullValue());
        given().config(NO_GZIP).header("Accept-Encoding", "identity").accept("text/csv").header("If-None-Match", etag)
                .get("/api/v1/side-events?session=cnd-68").then().statusCode(304);
        String json = given().config(NO_GZIP).header("Accept-Encoding", "identity").get("/api/v1/side-events?session=cnd-68").header("ETag");
        String otherFilter = given().config(NO_GZIP).header("Accept-Encoding", "identity").get("/api/v1/side-events?session=cnd-67&format=csv").header("ETag");
        String otherColumns = given().config(NO_GZIP).header("Accept-Encoding", "identity").get("/api/v1/side-events?session=cnd-68&format=csv&fields=id").header("ETag");
        assertEquals(3, List.of(json, otherFilter, otherColumns).stream().filter(e -> !e.equals(etag)).distinct().count());
        given().config(NO_GZIP).header("Accept-Encoding", "identity").header("If-None-Match", etag)
                .get("/api/v1/side-events?session=cnd-67&format=csv").then().statusCode(200);
    }

    @Test
    void gzipIsHonoured() throws IOException {
        String identity = given().config(NO_GZIP).header("Accept-Encoding", "identity").get("/api/v1/countries?format=csv")
                .then().header("Content-Encoding", nullValue()).extract().asString();
        Response zipped = given().config(NO_GZIP).header("Accept-Encoding", "gzip").get("/api/v1/countries?format=csv");
        zipped.then().statusCode(200).header("Content-Encoding", equalTo("gzip")).header("ETag", endsWith("-gzip\""));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.asByteArray()))) {
            assertEquals(identity, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        given().config(NO_GZIP).header("Accept-Encoding", "gzip").header("If-None-Match", zipped.header("ETag")).get("/api/v1/countries?format=csv")
                .then().statusCode(304).header("Content-Encoding", nullValue());
    }

    @Test
    void headAnswersTheHeadersOnly() {
        String etag = given().get("/api/v1/topics?format=csv").header("ETag");
        given().head("/api/v1/topics?format=csv").then().statusCode(200).contentType(startsWith("text/csv")).header("ETag", equalTo(etag))
                .body(emptyString());
    }

    @Test
    void theContractOffersCsvOnEveryList() throws IOException {
        JsonNode contract = OpenApiContract.withParametersInline();
        JsonNode paths = contract.get("paths");
        List<String> lists = new ArrayList<>();
        paths.fields().forEachRemaining(path -> {
            JsonNode get = path.getValue().path("get");
            JsonNode ok = get.path("responses").path("200").path("content");
            String schema = ok.path("application/json").path("schema").path("$ref").asText();
            // a list is a page: its body's links are PageLinks (ListPage, the roll-calls' and the change feed's pages)
            JsonNode body = contract.path("components").path("schemas").path(schema.replace("#/components/schemas/", ""));
            if (!body.path("properties").path("links").path("$ref").asText().endsWith("/PageLinks")) {
                assertTrue(ok.path("text/csv").isMissingNode() || path.getKey().startsWith("/api/v1/exports"), path.getKey() + " offers CSV but is no list");
                return;
            }
            lists.add(path.getKey());
            assertEquals("string", ok.path("text/csv").path("schema").path("type").asText(), path.getKey() + " documents no CSV answer");
            assertTrue(ok.path("text/csv").path("examples").path("example").path("value").asText().contains("\n"), path.getKey() + " has no CSV example");
            boolean format = false;
            for (JsonNode parameter : get.path("parameters")) {
                format |= parameter.path("name").asText().equals("format");
            }
            assertTrue(format, path.getKey() + " documents no format parameter");
        });
        // 14 before issue 13; then scheduling decisions, their votes, substances, a substance's decisions, bureau members and conflicts;
        // then a country's votes on scheduling decisions; then the change feed
        assertEquals(22, lists.size(), "lists found: " + lists);
    }
}
