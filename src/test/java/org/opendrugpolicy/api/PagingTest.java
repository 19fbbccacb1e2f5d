package org.opendrugpolicy.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Paging and sorting, on countries: 249 records, so every edge is reachable. */
@QuarkusTest
class PagingTest {

    @Test
    void firstPageHasDefaultsAndLinks() {
        given().get("/api/v1/countries").then().statusCode(200)
                .body("data", hasSize(20))
                .body("meta.total", equalTo(249))
                .body("meta.page", equalTo(1))
                .body("meta.size", equalTo(20))
                .body("meta.pages", equalTo(13))
                .body("links.self", equalTo(AbsoluteLinksTest.link("/api/v1/countries?page=1&size=20")))
                .body("links.first", equalTo(AbsoluteLinksTest.link("/api/v1/countries?page=1&size=20")))
                .body("links.prev", nullValue())
                .body("links.next", equalTo(AbsoluteLinksTest.link("/api/v1/countries?page=2&size=20")))
                .body("links.last", equalTo(AbsoluteLinksTest.link("/api/v1/countries?page=13&size=20")))
                .header("Link", equalTo("<" + AbsoluteLinksTest.link("/api/v1/countries?page=1&size=20") + ">; rel=\"self\", <"
                        + AbsoluteLinksTest.link("/api/v1/countries?page=1&size=20") + ">; rel=\"first\", <"
                        + AbsoluteLinksTest.link("/api/v1/countries?page=2&size=20") + ">; rel=\"next\", <"
                        + AbsoluteLinksTest.link("/api/v1/countries?page=13&size=20") + ">; rel=\"last\""));
    }

    @Test
    void lastPageHoldsTheRemainder() {
        given().get("/api/v1/countries?page=13&size=20").then().statusCode(200)
                .body("data", hasSize(9))
                .body("links.prev", equalTo(AbsoluteLinksTest.link("/api/v1/countries?page=12&size=20")))
                .body("links.next", nullValue());
    }

    @Test
    void pageBeyondTheLastIsEmptyAndPointsBack() {
        given().get("/api/v1/countries?page=99&size=20").then().statusCode(200)
                .body("data", empty())
                .body("meta.total", equalTo(249))
                .body("links.prev", equalTo(AbsoluteLinksTest.link("/api/v1/countries?page=13&size=20")))
                .body("links.next", nullValue());
    }

    @Test
    void filtersArePreservedInLinks() {
        given().get("/api/v1/countries?region=Europe&size=50").then().statusCode(200)
                .body("meta.total", equalTo(51))
                .body("links.next", equalTo(AbsoluteLinksTest.link("/api/v1/countries?region=Europe&page=2&size=50")));
    }

    @Test
    void maximumSizeIsAllowed() {
        given().get("/api/v1/countries?size=200").then().statusCode(200).body("data", hasSize(200));
    }

    @Test
    void outOfRangePagingIsRejected() {
        given().get("/api/v1/countries?size=0").then().statusCode(400)
                .body("errors[0].name", equalTo("size"))
                .body("errors[0].reason", equalTo("must be an integer from 1 to 200, got '0'"));
        given().get("/api/v1/countries?size=201").then().statusCode(400)
                .body("errors[0].reason", equalTo("must be an integer from 1 to 200, got '201'"));
        given().get("/api/v1/countries?page=0").then().statusCode(400)
                .body("errors[0].name", equalTo("page"))
                .body("errors[0].reason", equalTo("must be an integer of at least 1, got '0'"));
        given().get("/api/v1/countries?page=two").then().statusCode(400)
                .body("errors[0].reason", equalTo("must be an integer of at least 1, got 'two'"));
        // past the int range is too large, not "not an integer"
        given().get("/api/v1/countries?page=99999999999").then().statusCode(400)
                .body("errors[0].reason", equalTo("must be an integer from 1 to 2147483647, got '99999999999'"));
        given().get("/api/v1/countries?page=-99999999999").then().statusCode(400)
                .body("errors[0].reason", equalTo("must be an integer of at least 1, got '-99999999999'"));
        given().get("/api/v1/countries?size=99999999999").then().statusCode(400)
                .body("errors[0].reason", equalTo("must be an integer from 1 to 200, got '99999999999'"));
    }

    @Test
    void hugePageNumberIsEmptyNotAnError() {
        given().get("/api/v1/countries?page=2147483647&size=200").then().statusCode(200).body("data", empty());
    }

    @Test
    void walkingAllPagesVisitsEveryRecordOnce() {
        List<String> ids = new ArrayList<>();
        for (int page = 1; page <= 4; page++) {
            ids.addAll(given().get("/api/v1/countries?sort=region&size=70&page=" + page).then().statusCode(200).extract().jsonPath().getList("data.id"));
        }
        assertEquals(249, ids.size());
        assertEquals(249, ids.stream().distinct().count());
    }

    @Test
    void sortIsDescendingWithMinusAndTiesBreakById() {
        given().get("/api/v1/countries?sort=-name&size=3").then().statusCode(200)
                .body("data.name", contains("Åland Islands", "Zimbabwe", "Zambia"));
        given().get("/api/v1/countries?sort=region,-iso3&region=Oceania&size=2").then().statusCode(200)
                .body("data.id", contains("WSM", "WLF"));
    }

    @Test
    void unknownSortFieldIsRejected() {
        given().get("/api/v1/countries?sort=population").then().statusCode(400)
                .body("errors[0].name", equalTo("sort"))
                .body("errors[0].reason", equalTo("unknown sort field 'population'; use name, iso3, m49, region, subregion, each optionally prefixed with -"));
        given().get("/api/v1/countries?sort=name,-name").then().statusCode(400)
                .body("errors[0].reason", equalTo("field 'name' is given twice"));
    }

    @Test
    void linkHeaderMatchesBodyLinks() {
        Response response = given().get("/api/v1/countries?page=5&size=10");
        String body = response.jsonPath().getString("links.next");
        org.hamcrest.MatcherAssert.assertThat(response.getHeader("Link"), org.hamcrest.Matchers.containsString("<" + body + ">; rel=\"next\""));
    }
}
