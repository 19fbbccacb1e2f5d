package org.opendrugpolicy.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.startsWith;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 12, item 6: with odp.public-base-url set, every link starts with it, whatever host the request names or a proxy forwards. */
@QuarkusTest
@TestProfile(ConfiguredBaseUrlLinksTest.Published.class)
class ConfiguredBaseUrlLinksTest {
    static final String BASE = "https://data.example.org/odp";

    public static class Published implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(PublicBaseUrl.KEY, BASE + "/",
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:odp-public-base;DB_CLOSE_DELAY=-1;NON_KEYWORDS=YEAR,VALUE");
        }
    }

    @TestHTTPResource("/")
    URL root;

    /** Sent outside REST Assured, whose contract check has no slashed path; and not followed. */
    @Test
    void theTrailingSlashRedirectStaysUnderTheBasesPathPrefix() throws Exception {
        HttpResponse<Void> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(root.toURI().resolve("/api/v1/side-events/?session=cnd-68")).build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(308, answer.statusCode());
        // it once led to /api/v1/side-events on the gateway's host, outside the prefix
        assertEquals(BASE + "/api/v1/side-events?session=cnd-68", answer.headers().firstValue("Location").orElse(null));
    }

    @Test
    void everyLinkStartsWithTheConfiguredBase() {
        given().get("/api/v1/countries?size=100").then().statusCode(200)
                .body("links.next", equalTo(BASE + "/api/v1/countries?page=2&size=100"))
                .body("data.links.self", everyItem(startsWith(BASE + "/api/v1/countries/")))
                .header("Link", startsWith("<" + BASE + "/api/v1/countries?page=1&size=100>; rel=\"self\""));
        given().header("X-Forwarded-Host", "other.example").get("/api/v1/resolutions/cnd-68-l6/votes?size=1").then().statusCode(200)
                .body("data[0].country.href", startsWith(BASE + "/api/v1/countries/"))
                .body("data[0].resolution.href", equalTo(BASE + "/api/v1/resolutions/cnd-68-l6"));
        given().get("/api/v1").then().body("links.self", equalTo(BASE + "/api/v1"));
        // a roll-call recorded elsewhere is linked in meta, on the base too
        given().get("/api/v1/resolutions/cnd-63-dec-63-17/votes").then().statusCode(200)
                .body("meta.recordedOn.href", everyItem(startsWith(BASE + "/api/v1/scheduling-decisions/")))
                .body("meta.recordedOn", org.hamcrest.Matchers.not(org.hamcrest.Matchers.empty()));
        given().get("/api/v1/catalog").then().statusCode(200)
                .body("'dcat:dataset'[0].'dcat:distribution'.'dcat:downloadURL'.'@id'", everyItem(startsWith(BASE + "/api/v1/exports/")));
    }
}
