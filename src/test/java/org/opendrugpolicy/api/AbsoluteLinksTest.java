package org.opendrugpolicy.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.opendrugpolicy.openapi.OperationExamplesTest;

/**
 * Issue 12, item 6: every link and href of every answer is absolute, so that a client on another origin can follow it;
 * the base is the request's scheme and host, or what a trusted proxy forwards (this test's client, on loopback, is one).
 * The untrusted proxy and the configured base have tests of their own ({@link UntrustedProxyLinksTest},
 * {@link ConfiguredBaseUrlLinksTest}): each needs its own configuration. Links to other sites (a source's url) are
 * absolute already and kept as they are.
 */
@QuarkusTest
public class AbsoluteLinksTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LINK_HEADER_TARGET = Pattern.compile("<([^>]*)>");

    /** The base the test client's requests get: REST Assured's scheme, host and port. */
    public static String localBase() {
        return RestAssured.baseURI + ":" + RestAssured.port;
    }

    /** A path of the API as the test client gets it in links: absolute, on {@link #localBase()}. */
    public static String link(String path) {
        return localBase() + path;
    }

    @TestFactory
    Stream<DynamicTest> everyOperationAnswersWithAbsoluteLinksOnly() throws IOException {
        List<String> urls = new ArrayList<>();
        OperationExamplesTest.exampleRequests().forEach(r -> urls.add(r.url()));
        // a middle page (prev and next), a cursor walk and included records, beyond the examples
        urls.addAll(List.of("/api/v1/countries?page=2&size=5", "/api/v1/countries?cursor=&size=5", "/api/v1/resolutions?include=session,sponsors&size=3",
                "/api/v1/changes?since=2000-01-01&size=5", "/api/v1/side-events?fields=id,links&size=2"));
        return urls.stream().map(url -> DynamicTest.dynamicTest(url, () -> {
            Response response = given().urlEncodingEnabled(false).get(url);
            assertEquals(200, response.statusCode(), response.asString());
            List<String> relative = new ArrayList<>();
            String link = response.header("Link");
            if (link != null) {
                Matcher target = LINK_HEADER_TARGET.matcher(link);
                while (target.find()) {
                    check(relative, "Link header", target.group(1));
                }
            }
            if (response.contentType().contains("json")) {
                walk(relative, "", null, JSON.readTree(response.asByteArray()));
            }
            assertEquals(List.of(), relative, url);
        }));
    }

    /** Every text under a link-named key must be an absolute URL on this base; no other text may be a path of the API. */
    private static void walk(List<String> relative, String where, String key, JsonNode node) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> walk(relative, where + "." + e.getKey(), e.getKey(), e.getValue()));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(relative, where + "[" + i + "]", key, node.get(i));
            }
        } else if (node.isTextual()) {
            String text = node.asText();
            boolean linkKey = "href".equals(key) || "url".equals(key) || where.contains(".links.") || where.matches(".*\\.links\\.[^.]*$");
            if (linkKey && !(text.startsWith("http://") || text.startsWith("https://"))) {
                relative.add(where + " = " + text);
            } else if (text.matches("https?://[^/]+/(api|q)/.*") && !"@id".equals(key)) {
                check(relative, where, text); // a link to this service, under any key: on this base (a JSON-LD @id is a name, kept stable)
            } else if (text.startsWith("/api/") || text.startsWith("/q/")) {
                relative.add(where + " = " + text + " (a path outside any link)");
            }
        }
    }

    private static void check(List<String> relative, String where, String link) {
        if (!link.startsWith(localBase() + "/")) {
            relative.add(where + " = " + link);
        }
    }

    @Test
    void listsItemsAndTheIndexLinkFromTheRequestsHost() {
        String base = localBase();
        given().get("/api/v1/countries?size=100").then().statusCode(200)
                .body("links.next", equalTo(base + "/api/v1/countries?page=2&size=100"))
                .body("data.links.self", everyItem(startsWith(base + "/api/v1/countries/")))
                .header("Link", startsWith("<" + base + "/api/v1/countries?page=1&size=100>; rel=\"self\""));
        given().get("/api/v1/sessions").then().body("data.links.self", everyItem(startsWith(base + "/api/v1/sessions/")));
        given().get("/api/v1").then().body("links.countries", equalTo(base + "/api/v1/countries"))
                .body("links.docs", equalTo(base + "/q/swagger-ui/"))
                .body("license.url", equalTo("https://creativecommons.org/licenses/by/4.0/"));
        given().get("/api/v1/exports").then().body("exports.url", everyItem(startsWith(base + "/api/v1/exports/")));
    }

    @Test
    void aTrustedProxysForwardedSchemeAndHostBuildTheLinks() {
        var forwarded = given().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "data.example.org")
                .get("/api/v1/sessions/cnd-68").then().statusCode(200)
                .body("links.self", equalTo("https://data.example.org/api/v1/sessions/cnd-68"))
                .body("venue.country.href", equalTo("https://data.example.org/api/v1/countries/AUT")).extract();
        given().header("Forwarded", "proto=https;host=odp.example.net").get("/api/v1/countries?size=2").then().statusCode(200)
                .body("links.self", equalTo("https://odp.example.net/api/v1/countries?page=1&size=2"))
                .header("Link", startsWith("<https://odp.example.net/api/v1/countries?page=1&size=2>"));
        // The same URL without the headers: its own answer, not the cached one of the other base, and another ETag.
        var direct = given().get("/api/v1/sessions/cnd-68").then().statusCode(200)
                .body("links.self", equalTo(localBase() + "/api/v1/sessions/cnd-68")).extract();
        assertNotEquals(forwarded.header("ETag"), direct.header("ETag"));
        // and again through the proxy: the cache keeps the answers of the two bases apart
        given().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "data.example.org").get("/api/v1/sessions/cnd-68").then()
                .body("links.self", equalTo("https://data.example.org/api/v1/sessions/cnd-68")).header("ETag", forwarded.header("ETag"));
        given().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "data.example.org").header("If-None-Match", direct.header("ETag"))
                .get("/api/v1/sessions/cnd-68").then().statusCode(200);
    }

    @Test
    void aForwardedHostThatIsNoHostIsRefusedNotEchoedIntoLinks() {
        for (String host : new String[] {"<script>", "evil.example/path", "user@evil.example"}) {
            given().header("X-Forwarded-Host", host).get("/api/v1/countries?size=2").then().statusCode(400)
                    .contentType(Problem.MEDIA_TYPE).body("type", equalTo(Problem.TYPE_BASE + "invalid-host"));
        }
        given().header("X-Forwarded-Host", "[2001:db8::1]:8443").get("/api/v1/countries?size=2").then().statusCode(200)
                .body("links.self", equalTo("http://[2001:db8::1]:8443/api/v1/countries?page=1&size=2"));
    }

    @Test
    void aForwardedSchemeOtherThanHttpOrHttpsIsRefusedNotEchoedIntoLinks() {
        for (String scheme : new String[] {"ht tp", "ftp", "javascript", "<x>"}) {
            given().header("X-Forwarded-Proto", scheme).get("/api/v1/countries?size=2").then().statusCode(400)
                    .contentType(Problem.MEDIA_TYPE).body("type", equalTo(Problem.TYPE_BASE + "invalid-forwarded-proto"))
                    .body("instance", equalTo("/api/v1/countries?size=2")).body("detail", containsString("http and https only"));
            given().header("Forwarded", "proto=\"" + scheme + "\"").get("/api/v1/sessions/cnd-68").then().statusCode(400)
                    .body("type", equalTo(Problem.TYPE_BASE + "invalid-forwarded-proto"));
        }
        given().header("Forwarded", "proto=https").get("/api/v1/sessions/cnd-68").then().statusCode(200)
                .body("links.self", startsWith("https://"));
    }

    @Test
    void theCatalogueKeepsItsStableIdsAndLinksDownloadsFromTheBase() {
        var catalog = given().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "data.example.org").get("/api/v1/catalog").then()
                .statusCode(200).extract().jsonPath();
        var local = given().get("/api/v1/catalog").then().statusCode(200).extract().jsonPath();
        assertEquals(local.getString("'dcat:dataset'[0].'@id'"), catalog.getString("'dcat:dataset'[0].'@id'"));
        assertTrue(catalog.getList("'dcat:dataset'[0].'dcat:distribution'.'dcat:downloadURL'.'@id'", String.class).stream()
                .allMatch(u -> u.startsWith("https://data.example.org/api/v1/exports/")));
    }
}
