package org.opendrugpolicy.export;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;

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
        assertEquals("2026.11.30", catalog.getString("'dcat:dataset'[0].'dcat:version'"));

        List<String> downloads = catalog.getList("'dcat:dataset'[0].'dcat:distribution'.'dcat:downloadURL'.'@id'");
        List<String> files = given().get("/api/v1/exports").jsonPath().getList("exports.file");
        assertEquals(files.size(), downloads.size());
        for (String file : files) {
            assertTrue(downloads.stream().anyMatch(url -> url.endsWith("/api/v1/exports/" + file)), file);
        }
        List<String> checksums = catalog.getList("'dcat:dataset'[0].'dcat:distribution'.'spdx:checksum'.'spdx:checksumValue'");
        assertEquals(given().get("/api/v1/exports").jsonPath().getList("exports.sha256"), checksums);
    }

    @Test
    void plainJsonIsAcceptedToo() {
        given().accept("application/json").get("/api/v1/catalog").then().statusCode(200).contentType("application/json");
    }
}
