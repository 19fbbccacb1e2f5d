package org.opendrugpolicy.export;

import static io.restassured.RestAssured.given;
import org.opendrugpolicy.CurrentRelease;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.opendrugpolicy.DataCsv;

@QuarkusTest
class CatalogResourceTest {

    @Test
    void dcatCatalogueNamesEveryExportAsADistribution() {
        JsonPath catalog = given().accept("application/ld+json").get("/api/v1/catalog").then().statusCode(200)
                .contentType("application/ld+json").extract().jsonPath();
        assertEquals("http://www.w3.org/ns/dcat#", catalog.getString("'@context'.dcat"));
        assertEquals("dcat:Catalog", catalog.getString("'@type'"));
        assertEquals("dcat:Dataset", catalog.getString("'dcat:dataset'[0].'@type'"));
        assertEquals("https://creativecommons.org/licenses/by/4.0/", catalog.getString("'dcat:dataset'[0].'dct:license'.'@id'"));
        assertEquals("2017-03-13", catalog.getString("'dcat:dataset'[0].'dct:temporal'.'dcat:startDate'.'@value'"));
        assertEquals("2026-03-13", catalog.getString("'dcat:dataset'[0].'dct:temporal'.'dcat:endDate'.'@value'"));
        assertEquals(CurrentRelease.VERSION, catalog.getString("'dcat:dataset'[0].'dcat:version'"));
        // described in the data package's words, which follow the dataset (a copy typed in the code still said "CND 67 and CND 68")
        JsonPath descriptor = given().get("/api/v1/exports/datapackage.json").then().statusCode(200).extract().jsonPath();
        assertEquals(descriptor.getString("description"), catalog.getString("'dcat:dataset'[0].'dct:description'"));
        assertEquals(descriptor.getList("keywords"), catalog.getList("'dcat:dataset'[0].'dcat:keyword'"));

        List<String> downloads = catalog.getList("'dcat:dataset'[0].'dcat:distribution'.'dcat:downloadURL'.'@id'");
        List<String> files = given().get("/api/v1/exports").jsonPath().getList("exports.file");
        assertEquals(files.size(), downloads.size());
        for (String file : files) {
            assertTrue(downloads.stream().anyMatch(url -> url.endsWith("/api/v1/exports/" + file)), file);
        }
        List<String> checksums = catalog.getList("'dcat:dataset'[0].'dcat:distribution'.'spdx:checksum'.'spdx:checksumValue'");
        assertEquals(given().get("/api/v1/exports").jsonPath().getList("exports.sha256"), checksums);
    }

    /**
     * A table's distributions are dated by the record history: issued when a release first published its rows, modified
     * when the last release changed one, so a harvester (CKAN compares dct:modified) fetches only the files that changed;
     * the data package and the zip change with every release. All were dated by the first and the current release.
     */
    @Test
    void eachTablesDistributionsAreDatedByItsOwnHistory() {
        Map<String, String> releasedOn = new HashMap<>();
        DataCsv.rows("releases").forEach(r -> releasedOn.put(r.get("version"), r.get("released_on")));
        Map<String, TreeSet<String>> changedOn = new HashMap<>();
        DataCsv.rows("record_changes").forEach(c -> changedOn.computeIfAbsent(c.get("table_name"), t -> new TreeSet<>()).add(releasedOn.get(c.get("release"))));
        String first = new TreeSet<>(releasedOn.values()).first();
        String current = new TreeSet<>(releasedOn.values()).last();
        assertTrue(changedOn.values().stream().anyMatch(d -> !d.first().equals(first)), "the fixture: a table first published after the first release");
        assertTrue(changedOn.values().stream().anyMatch(d -> !d.last().equals(current)), "the fixture: a table the current release left alone");

        JsonPath catalog = given().accept("application/ld+json").get("/api/v1/catalog").then().statusCode(200).extract().jsonPath();
        Map<String, String> tableOf = new HashMap<>();
        JsonPath exports = given().get("/api/v1/exports").then().extract().jsonPath();
        List<String> files = exports.getList("exports.file");
        List<String> tables = exports.getList("exports.table");
        for (int i = 0; i < files.size(); i++) {
            tableOf.put(files.get(i), tables.get(i));
        }
        List<Map<String, Object>> distributions = catalog.getList("'dcat:dataset'[0].'dcat:distribution'");
        assertEquals(files.size(), distributions.size());
        for (Map<String, Object> distribution : distributions) {
            String url = (String) ((Map<?, ?>) distribution.get("dcat:downloadURL")).get("@id");
            String file = url.substring(url.lastIndexOf('/') + 1);
            TreeSet<String> dates = changedOn.get(tableOf.get(file));
            String issued = dates == null ? first : dates.first();
            String modified = (dates == null ? current : dates.last()) + "T00:00:00Z";
            assertEquals(issued, ((Map<?, ?>) distribution.get("dct:issued")).get("@value"), file);
            assertEquals(modified, ((Map<?, ?>) distribution.get("dct:modified")).get("@value"), file);
        }
    }

    @Test
    void plainJsonIsAcceptedToo() {
        given().accept("application/json").get("/api/v1/catalog").then().statusCode(200).contentType("application/json");
    }

    private static org.apache.jena.shacl.ValidationReport validate(String jsonLd) {
        org.apache.jena.rdf.model.Model data = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        org.apache.jena.riot.RDFParser.fromString(jsonLd, org.apache.jena.riot.Lang.JSONLD).parse(data);
        org.apache.jena.graph.Graph shapes = org.apache.jena.riot.RDFDataMgr.loadGraph("dcat-ap-shapes.ttl");
        return org.apache.jena.shacl.ShaclValidator.get().validate(shapes, data.getGraph());
    }

    private static String report(org.apache.jena.shacl.ValidationReport report) {
        var out = new java.io.ByteArrayOutputStream();
        org.apache.jena.shacl.lib.ShLib.printReport(out, report);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Read as RDF (a JSON-LD parser), the catalogue meets the DCAT-AP shapes; without its contact point it does not. */
    @Test
    void theCatalogueIsValidDcatAp() throws Exception {
        String body = given().accept("application/ld+json").get("/api/v1/catalog").then().statusCode(200).extract().asString();
        var report = validate(body);
        assertTrue(report.conforms(), report(report));
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("dcat:dataset").get(0)).remove("dcat:contactPoint");
        assertTrue(!validate(tree.toString()).conforms(), "the shapes must catch a dataset without contact point");
    }

    /** Identifiers do not depend on the host that answered: the dataset is the data package's id; formats are EU file types. */
    @Test
    void identifiersAreStableAndFormatsAreFromTheEuVocabulary() throws Exception {
        String packageId = new com.fasterxml.jackson.databind.ObjectMapper().readTree(java.nio.file.Path.of("data", "datapackage.json").toFile()).get("id").asText();
        JsonPath local = given().get("/api/v1/catalog").then().statusCode(200).extract().jsonPath();
        JsonPath other = given().header("Host", "mirror.example.org:8443").get("/api/v1/catalog").then().statusCode(200).extract().jsonPath();
        assertEquals(packageId, local.getString("'dcat:dataset'[0].'@id'"));
        assertEquals(local.getString("'@id'"), other.getString("'@id'"));
        assertEquals(local.getString("'dcat:dataset'[0].'@id'"), other.getString("'dcat:dataset'[0].'@id'"));
        assertEquals(local.getList("'dcat:dataset'[0].'dcat:distribution'.'@id'"), other.getList("'dcat:dataset'[0].'dcat:distribution'.'@id'"));
        assertEquals(local.getString("'dcat:service'[0].'@id'"), other.getString("'dcat:service'[0].'@id'"));
        assertTrue(other.getString("'dcat:service'[0].'dcat:endpointURL'.'@id'").startsWith("http://mirror.example.org:8443/"));
        List<String> formats = local.getList("'dcat:dataset'[0].'dcat:distribution'.'dct:format'.'@id'");
        assertTrue(formats.contains("http://publications.europa.eu/resource/authority/file-type/CSV"), formats.toString());
        assertTrue(formats.contains("http://publications.europa.eu/resource/authority/file-type/ZIP"), formats.toString());
        assertEquals("2026-11-23", local.getString("'dcat:dataset'[0].'dct:issued'.'@value'"));
    }
}
