package org.opendrugpolicy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What a dashboard does to the packaged service all day, against the jar itself ({@code @QuarkusIntegrationTest}):
 * items, filtered pages, cursor walks, revalidations, compressed answers, exports and mistakes.
 *
 * <p>It is also the training run of the JDK 25 AOT cache: with the {@code aot} Maven profile (on by itself on JDK 25),
 * Quarkus starts the jar for this class with {@code -XX:AOTMode=record} and, when it stops, writes
 * {@code target/quarkus-app/app.aot} from what these requests loaded and ran. It is tagged {@value #TAG} and runs only
 * in that profile, so the default build (JDK 17, where {@code PackagedJarIT} covers the jar) is no slower.
 */
@QuarkusIntegrationTest
@Tag(TypicalRequestsIT.TAG)
class TypicalRequestsIT {
    /**
     * The management interface (its own port: health, readiness, metrics), ending in /q/: the port the packaged jar is
     * configured with. Quarkus 3.33's integration-test launcher passes the jar its HTTP port only, so it neither moves
     * the management port nor can inject it ({@code @TestHTTPResource(management = true)} pointed at no server: connection
     * refused); Quarkus pull request 55023 adds both later.
     */
    private final String management = "http://localhost:" + ConfigProvider.getConfig().getValue("quarkus.management.port", Integer.class) + "/q/";

    static final String TAG = "aot-training";

    private static final RestAssuredConfig NO_GZIP = RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());

    /** The request scenarios of {@code src/bench/run.sh}, each with a value its answer must hold. */
    private static final Map<String, String> TYPICAL = new LinkedHashMap<>();

    static {
        TYPICAL.put("/api/v1/resolutions/cnd-68-l2", "id");
        TYPICAL.put("/api/v1/resolutions?symbol=E/CN.7/2025/L.2/Rev.1", "data[0].id");
        TYPICAL.put("/api/v1/side-events?session=cnd-68&size=20", "meta.total");
        TYPICAL.put("/api/v1/side-events?q=harm%20reduction&size=20", "meta.total");
        TYPICAL.put("/api/v1/side-events/groups?by=topic", "data[0].count");
        TYPICAL.put("/api/v1/organizations?cursor=&size=20", "meta.nextCursor");
        TYPICAL.put("/api/v1/countries/NLD", "id");
        TYPICAL.put("/api/v1/resolutions/cnd-68-l3?include=sponsors", "id");
        TYPICAL.put("/api/v1/sponsors", "meta.total");
    }

    @Test
    void theApiIndexAndReadinessNameTheRelease() {
        String version = given().get(management + "health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'dataset' }.status", equalTo("UP"))
                .extract().path("checks.find { it.name == 'dataset' }.data.version");
        assertNotNull(version);
        given().get("/api/v1").then().statusCode(200).contentType("application/json");
    }

    @Test
    void aDashboardRefreshingGetsTheSameAnswerEveryTime() {
        Map<String, String> etags = new LinkedHashMap<>();
        for (int round = 0; round < 30; round++) {
            for (Map.Entry<String, String> request : TYPICAL.entrySet()) {
                Response response = given().config(NO_GZIP).urlEncodingEnabled(false).get(request.getKey());
                response.then().statusCode(200).contentType("application/json");
                assertNotNull(response.jsonPath().get(request.getValue()), request.getKey() + " has no " + request.getValue());
                String first = etags.putIfAbsent(request.getKey(), response.header("ETag"));
                if (first != null) {
                    assertEquals(first, response.header("ETag"), request.getKey() + " changed between two identical requests");
                }
            }
        }
    }

    @Test
    void aRevalidationWithTheEtagIs304WithoutBody() {
        String page = "/api/v1/side-events?session=cnd-68&size=20";
        String etag = given().config(NO_GZIP).get(page).then().statusCode(200).extract().header("ETag");
        for (int i = 0; i < 20; i++) {
            given().config(NO_GZIP).header("If-None-Match", etag).get(page).then().statusCode(304).body(emptyString());
        }
        given().config(NO_GZIP).header("If-None-Match", "\"stale\"").get(page).then().statusCode(200).header("ETag", equalTo(etag));
    }

    @Test
    void aCursorWalkVisitsEveryOrganizationOnce() {
        Set<String> seen = new HashSet<>();
        String cursor = "";
        int total = -1;
        while (cursor != null) {
            JsonPath page = given().queryParam("cursor", cursor).queryParam("size", 20).get("/api/v1/organizations")
                    .then().statusCode(200).extract().jsonPath();
            total = page.getInt("meta.total");
            for (String id : page.<String>getList("data.id")) {
                assertTrue(seen.add(id), id + " came twice");
            }
            cursor = page.getString("meta.nextCursor");
        }
        assertEquals(total, seen.size());
    }

    @Test
    void aClientThatAcceptsGzipGetsItAndExportsStream() {
        given().config(NO_GZIP).header("Accept-Encoding", "gzip").get("/api/v1/countries?size=50")
                .then().statusCode(200).header("Content-Encoding", equalTo("gzip"));
        for (String file : List.of("side_event_hosts.csv", "side_event_hosts.ndjson", "resolutions.json")) {
            given().get("/api/v1/exports/" + file).then().statusCode(200).body(not(emptyString()));
        }
    }

    @Test
    void mistakesAreProblemsNotStackTraces() {
        given().get("/api/v1/resolutions?sesion=cnd-68").then().statusCode(400)
                .contentType("application/problem+json").body("status", equalTo(400));
        given().get("/api/v1/resolutions/no-such-resolution").then().statusCode(404)
                .contentType("application/problem+json").body("type", startsWith("https://"));
    }
}
