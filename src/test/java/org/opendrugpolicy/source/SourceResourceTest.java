package org.opendrugpolicy.source;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SourceResourceTest {

    @Test
    void theTwoSeedsAreSources() {
        given().get("/api/v1/sources?kind=seed").then().statusCode(200).body("meta.total", equalTo(2));
        given().get("/api/v1/sources/seed-knowmad-cnd68").then().statusCode(200)
                .body("kind", equalTo("seed"))
                .body("publisher", equalTo("Knowmad Institut"))
                .body("url", startsWith("https://knowmadinstitut.org/"))
                .body("publishedOn", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void searchFindsSourcesByPublisher() {
        // Since release 2026.11.30 some sources name IDPC only in their title, so the first match need not be published by it.
        given().get("/api/v1/sources?q=idpc&size=100").then().statusCode(200)
                .body("meta.total", org.hamcrest.Matchers.greaterThan(1))
                .body("data.publisher", org.hamcrest.Matchers.hasItem("IDPC"));
    }

    @Test
    void everyCitationResolves() {
        String href = given().get("/api/v1/resolutions/cnd-68-l6").then().statusCode(200).extract().path("sources[0].href");
        given().get(href).then().statusCode(200);
    }

    @Test
    void unknownSourceIs404() {
        given().get("/api/v1/sources/nothing").then().statusCode(404);
    }
}
