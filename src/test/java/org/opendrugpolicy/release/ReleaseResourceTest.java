package org.opendrugpolicy.release;

import org.opendrugpolicy.api.AbsoluteLinksTest;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReleaseResourceTest {

    @Test
    void theCurrentReleaseIsDerivedFromTheDataItServes() {
        given().get("/api/v1/releases").then().statusCode(200)
                .body("meta.total", equalTo(3))
                .body("data[0].version", equalTo("2026.12.01"))
                .body("data[0].current", equalTo(true))
                .body("data[0].releasedOn", equalTo("2026-12-01"))
                .body("data[0].changes", hasSize(7))
                .body("data[1].version", equalTo("2026.11.30"))
                .body("data[1].current", equalTo(false))
                .body("data[1].changes", hasSize(8))
                .body("data[2].version", equalTo("2026.11.23"))
                .body("data[2].changes", hasSize(3))
                .body("data[0].links.download", equalTo(AbsoluteLinksTest.link("/api/v1/exports/dataset.zip")));
        Map<String, Integer> tables = given().get("/api/v1/releases/2026.12.01").then().statusCode(200).extract().jsonPath().getMap("tables");
        Map<String, Integer> exported = given().get("/api/v1/exports").jsonPath().getMap("exports.findAll { it.format == 'csv' }.collectEntries { [it.table, it.rows] }");
        assertEquals(exported, tables);
        assertEquals(given().get("/api/v1").jsonPath().getString("dataset.tag"), given().get("/api/v1/releases/2026.12.01").jsonPath().getString("tag"));
    }

    @Test
    void unknownReleaseIs404() {
        given().get("/api/v1/releases/1999.01.01").then().statusCode(404).body("detail", equalTo("No release has the version '1999.01.01'."));
    }
}
