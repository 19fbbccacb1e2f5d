package org.opendrugpolicy.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** fields= keeps only the listed properties of each record, on every list. */
@QuarkusTest
class SparseFieldsetsTest {

    @Test
    void onlyListedFieldsAreReturned() {
        var whole = given().get("/api/v1/side-events?session=cnd-68&sort=-attendance&size=2").jsonPath();
        given().get("/api/v1/side-events?session=cnd-68&sort=-attendance&size=2&fields=id,attendance,session.id").then().statusCode(200)
                .body("data[0]", aMapWithSize(3))
                .body("data[0].id", equalTo(whole.getString("data[0].id")))
                .body("data[0].session", aMapWithSize(1))
                .body("data[0].session.id", equalTo("cnd-68"))
                .body("data.attendance", equalTo(whole.getList("data.attendance")))
                .body("meta.total", equalTo(whole.getInt("meta.total")))
                .header("Link", startsWith("<" + AbsoluteLinksTest.localBase() + "/api/v1/side-events?session=cnd-68&sort=-attendance&fields=id%2Cattendance%2Csession.id&page=1&size=2>; rel=\"self\""))
                .body("links.self", equalTo(AbsoluteLinksTest.link("/api/v1/side-events?session=cnd-68&sort=-attendance&fields=id%2Cattendance%2Csession.id&page=1&size=2")));
    }

    @Test
    void pathsReachIntoLists() {
        given().get("/api/v1/side-events?id=cnd-68-clarifying-harm-reduction&fields=hosts.party.id").then().statusCode(200)
                .body("data[0]", aMapWithSize(2))
                .body("data[0].id", equalTo("cnd-68-clarifying-harm-reduction"))
                .body("data[0].hosts[0]", aMapWithSize(1))
                .body("data[0].hosts[0].party", aMapWithSize(1));
    }

    /** As in JSON:API, a sparse record always carries its id, and so does every nested record that has one. */
    @Test
    void aSparseRecordAlwaysCarriesItsId() {
        given().get("/api/v1/resolutions?session=cnd-68&fields=title,session.name").then().statusCode(200)
                .body("data", org.hamcrest.Matchers.everyItem(aMapWithSize(3)))
                .body("data.id", org.hamcrest.Matchers.everyItem(startsWith("cnd-68-")))
                .body("data[0].session", aMapWithSize(2))
                .body("data[0].session.id", equalTo("cnd-68"));
        given().get("/api/v1/countries?q=namibia&fields=iso2").then().statusCode(200)
                .body("data[0]", aMapWithSize(2))
                .body("data[0].id", equalTo("NAM"))
                .body("data[0].iso2", equalTo("NA"));
    }

    @Test
    void wholeObjectWinsOverItsPart() {
        given().get("/api/v1/resolutions?id=cnd-68-l6&fields=session.id,session").then().statusCode(200)
                .body("data[0].session", aMapWithSize(4))
                .body("data[0]", not(hasKey("symbol")));
    }

    @Test
    void unknownFieldsAreNamed() {
        given().get("/api/v1/countries?fields=id,nmae,region.bogus").then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("errors[0].name", equalTo("fields"))
                .body("errors[0].reason", startsWith("unknown fields nmae, region.bogus; the records have id, iso3"));
        given().get("/api/v1/countries?fields=name.first").then().statusCode(400).body("errors[0].name", equalTo("fields"));
    }
}
