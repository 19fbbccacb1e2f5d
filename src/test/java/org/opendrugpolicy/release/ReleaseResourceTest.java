package org.opendrugpolicy.release;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendrugpolicy.CurrentRelease;
import org.opendrugpolicy.DataCsv;
import org.opendrugpolicy.api.AbsoluteLinksTest;

@QuarkusTest
class ReleaseResourceTest {

    @Test
    void theCurrentReleaseIsDerivedFromTheDataItServes() {
        // data/releases.csv, newest first: each release with its date and its changes, one a line; the first is current
        List<Map<String, String>> releases = DataCsv.rows("releases");
        var body = given().get("/api/v1/releases").then().statusCode(200)
                .body("meta.total", equalTo(releases.size()))
                .body("data[0].version", equalTo(CurrentRelease.VERSION))
                .body("data[0].links.download", equalTo(AbsoluteLinksTest.link("/api/v1/exports/dataset.zip")));
        for (int i = 0; i < releases.size(); i++) {
            Map<String, String> release = releases.get(i);
            body.body("data[" + i + "].version", equalTo(release.get("version")))
                    .body("data[" + i + "].current", equalTo(i == 0))
                    .body("data[" + i + "].releasedOn", equalTo(release.get("released_on")))
                    .body("data[" + i + "].changes", hasSize((int) release.get("changes").lines().count()));
        }
        Map<String, Integer> tables = given().get("/api/v1/releases/" + CurrentRelease.VERSION).then().statusCode(200).extract().jsonPath().getMap("tables");
        Map<String, Integer> exported = given().get("/api/v1/exports").jsonPath().getMap("exports.findAll { it.format == 'csv' }.collectEntries { [it.table, it.rows] }");
        assertEquals(exported, tables);
        assertEquals(given().get("/api/v1").jsonPath().getString("dataset.tag"), given().get("/api/v1/releases/" + CurrentRelease.VERSION).jsonPath().getString("tag"));
    }

    @Test
    void unknownReleaseIs404() {
        given().get("/api/v1/releases/1999.01.01").then().statusCode(404).body("detail", equalTo("No release has the version '1999.01.01'."));
    }
}
