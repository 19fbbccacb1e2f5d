package org.opendrugpolicy.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** id=a,b,c on every collection, and several symbols at once on resolutions. */
@QuarkusTest
class BatchLookupTest {

    @Test
    void countriesByCodeAnyCase() {
        given().get("/api/v1/countries?id=chl,COL,Fin,XXX").then().statusCode(200)
                .body("meta.total", equalTo(3))
                .body("data.id", contains("CHL", "COL", "FIN"));
    }

    @Test
    void idCombinesWithOtherFilters() {
        given().get("/api/v1/countries?id=CHL,FIN,ITA&region=Europe").then().statusCode(200)
                .body("data.id", contains("FIN", "ITA"));
    }

    @Test
    void everyCollectionTakesIds() {
        given().get("/api/v1/sessions?id=CND-68").then().statusCode(200).body("data.id", contains("cnd-68"));
        given().get("/api/v1/resolutions?id=cnd-68-l6,cnd-67-l2").then().statusCode(200).body("data.id", contains("cnd-67-l2", "cnd-68-l6"));
        given().get("/api/v1/side-events?id=cnd-68-clarifying-harm-reduction,cnd-67-deflection-african-continent").then().statusCode(200)
                .body("data.id", contains("cnd-67-deflection-african-continent", "cnd-68-clarifying-harm-reduction"));
        given().get("/api/v1/organizations?id=villa-maraini,iahpc").then().statusCode(200).body("meta.total", equalTo(2));
        given().get("/api/v1/meetings?id=cnd-67-brazil").then().statusCode(200).body("data.id", contains("cnd-67-brazil"));
        given().get("/api/v1/sources?id=seed-knowmad-cnd68").then().statusCode(200).body("data.id", contains("seed-knowmad-cnd68"));
        given().get("/api/v1/topics?id=harm-reduction,prevention").then().statusCode(200).body("meta.total", equalTo(2));
        given().get("/api/v1/sponsors?id=col,chl").then().statusCode(200).body("data.id", contains("CHL", "COL"));
    }

    @Test
    void severalSymbolsWithSlashesAndDots() {
        given().get("/api/v1/resolutions?symbol=e/cn.7/2025/L.2/Rev.1,E/CN.7/2024/L.5").then().statusCode(200)
                .body("data.id", contains("cnd-67-l5", "cnd-68-l2"));
    }

    @Test
    void aHundredIdsAreFineButNotOneMore() {
        String hundred = IntStream.range(0, 100).mapToObj(i -> "x" + i).collect(Collectors.joining(","));
        given().get("/api/v1/countries?id=" + hundred).then().statusCode(200).body("meta.total", equalTo(0));
        given().get("/api/v1/countries?id=" + hundred + ",CHL").then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("errors[0].name", equalTo("id"))
                .body("errors[0].reason", equalTo("at most 100 values, got 101"));
    }

    @Test
    void emptyItemIsRejected() {
        given().get("/api/v1/resolutions?symbol=E/CN.7/2024/L.5,").then().statusCode(400)
                .body("errors[0].name", equalTo("symbol"))
                .body("errors[0].reason", startsWith("must be a comma-separated list"));
    }
}
