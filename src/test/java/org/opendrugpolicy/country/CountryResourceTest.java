package org.opendrugpolicy.country;

import org.opendrugpolicy.api.AbsoluteLinksTest;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CountryResourceTest {

    @Test
    void countryByCodeIgnoresCase() {
        given().get("/api/v1/countries/civ").then().statusCode(200)
                .body("id", equalTo("CIV"))
                .body("iso2", equalTo("CI"))
                .body("m49", equalTo("384"))
                .body("name", equalTo("Côte d'Ivoire"))
                .body("region.name", equalTo("Africa"))
                .body("subregion.name", equalTo("Western Africa"))
                .body("unStatus", equalTo("member"))
                .body("sources.id", contains("iso-codes", "cldr-core", "cldr-localenames-full"))
                .body("links.sponsorships", equalTo(AbsoluteLinksTest.link("/api/v1/sponsors/CIV")));
    }

    @Test
    void searchIgnoresAccentsCaseAndApostropheStyle() {
        for (String q : new String[] {"cote d'ivoire", "CÔTE D’IVOIRE", "ivoire"}) {
            given().queryParam("q", q).get("/api/v1/countries").then().statusCode(200)
                    .body("meta.total", equalTo(1))
                    .body("data[0].id", equalTo("CIV"));
        }
    }

    @Test
    void searchWithLikeWildcardsMatchesLiterally() {
        given().queryParam("q", "%").get("/api/v1/countries").then().statusCode(200).body("meta.total", equalTo(0));
        given().queryParam("q", "_").get("/api/v1/countries").then().statusCode(200).body("meta.total", equalTo(0));
    }

    @Test
    void observerStatesAreTheHolySeeAndPalestine() {
        given().get("/api/v1/countries?unStatus=observer").then().statusCode(200)
                .body("meta.total", equalTo(2))
                .body("data.id", containsInAnyOrder("VAT", "PSE"));
        given().get("/api/v1/countries?unStatus=member&size=1").then().statusCode(200).body("meta.total", equalTo(193));
    }

    @Test
    void regionFilterTakesCodeOrName() {
        given().get("/api/v1/countries?region=002&size=1").then().statusCode(200).body("meta.total", equalTo(60));
        given().get("/api/v1/countries?region=africa&size=100").then().statusCode(200)
                .body("meta.total", equalTo(60))
                .body("data.region.name", everyItem(equalTo("Africa")));
        given().get("/api/v1/countries?subregion=Western Africa&unStatus=member").then().statusCode(200)
                .body("data.id", org.hamcrest.Matchers.hasItem("CIV"));
    }

    @Test
    void unknownCountryIs404() {
        given().get("/api/v1/countries/XXX").then().statusCode(404)
                .body("detail", equalTo("No country has the ISO 3166-1 alpha-3 code 'XXX'."));
    }

    /** An alpha-2 code or an M49 number in place of the alpha-3 code: still a 404, which names the country and its path. */
    @Test
    void anotherCodeOfACountryIs404NamingIt() {
        given().get("/api/v1/countries/br").then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("No country has the ISO 3166-1 alpha-3 code 'br'; it is the alpha-2 code of Brazil, whose alpha-3 code is BRA: /api/v1/countries/BRA."));
        given().get("/api/v1/countries/076/votes").then().statusCode(404)
                .body("detail", equalTo("No country has the ISO 3166-1 alpha-3 code '076'; it is the M49 code of Brazil, whose alpha-3 code is BRA: /api/v1/countries/BRA."));
        given().get("/api/v1/countries/QQ").then().statusCode(404)
                .body("detail", equalTo("No country has the ISO 3166-1 alpha-3 code 'QQ'."));
    }

    @Test
    void badStatusIs400() {
        given().get("/api/v1/countries?unStatus=observers").then().statusCode(400)
                .body("errors[0].reason", equalTo("must be one of member, none, observer, got 'observers'"));
    }

    @Test
    void namesInTheSixUnLanguagesAreServedAndSearched() {
        given().get("/api/v1/countries?q=Costa de Marfil").then().statusCode(200)
                .body("data.id", contains("CIV"));
        given().get("/api/v1/countries?q=科特迪瓦").then().statusCode(200).body("data.id", contains("CIV"));
        given().get("/api/v1/countries/CIV").then().statusCode(200)
                .body("names.zh", equalTo("科特迪瓦"))
                .body("names.ru", equalTo("Кот-д’Ивуар"))
                .body("nameVariants", org.hamcrest.Matchers.hasItem("Ivory Coast"));
    }

    @Test
    void aCountryItemListsItsBureauSeats() {
        given().get("/api/v1/countries/PAK").then().statusCode(200)
                .body("bureauSeats.id", contains("cnd-61-second-vice-chair", "cnd-63-chair"))
                .body("bureauSeats[1].office", equalTo("chair"))
                .body("bureauSeats[1].session.id", equalTo("cnd-63"))
                .body("bureauSeats[1].session.year", equalTo(2020))
                .body("bureauSeats[1].href", equalTo(AbsoluteLinksTest.link("/api/v1/bureau-members/cnd-63-chair")));
        given().get("/api/v1/countries/CIV").then().statusCode(200).body("bureauSeats", org.hamcrest.Matchers.empty());
        given().get("/api/v1/countries?size=5").then().statusCode(200).body("data[0].bureauSeats", org.hamcrest.Matchers.nullValue());
    }
}
