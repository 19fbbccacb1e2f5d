package org.opendrugpolicy.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.opendrugpolicy.dataset.EntityCacheWarmup;
import org.opendrugpolicy.openapi.OpenApiContract;

/**
 * No N+1: every GET operation of the contract, with its largest page and every include= it accepts, is
 * answered with at most 3 SQL statements. The operations come from the committed OpenAPI document, so a
 * new endpoint is checked without being listed here. The response cache is off, so that every request
 * reaches the database.
 */
@QuarkusTest
@TestProfile(SqlStatementCountTest.Uncached.class)
class SqlStatementCountTest {
    private static final int MAX_STATEMENTS = 3;
    private static final Pattern INCLUDES = Pattern.compile("include= accepts: ([A-Za-z, ]+)\\.");

    public static class Uncached implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("odp.response-cache.enabled", "false", "quarkus.hibernate-orm.statistics", "true",
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:odp-statements;DB_CLOSE_DELAY=-1;NON_KEYWORDS=YEAR,VALUE");
        }
    }

    @Inject
    SessionFactory sessions;

    @Inject
    EntityCacheWarmup warmup;

    @Test
    void everyOperationNeedsAtMostThreeStatements() throws Exception {
        // The steady state: readiness does not wait for the entity cache, which fills in the background, and the first
        // request that cites a source, or marks an inferred value, also indexes them (PerRelease): every operation once first.
        warmup.finished().toCompletableFuture().get(2, TimeUnit.MINUTES);
        List<String> urls = urls();
        urls.forEach(url -> given().get(url).then().statusCode(200));
        Statistics statistics = sessions.getStatistics();
        Map<String, Long> counts = new TreeMap<>();
        for (String url : urls) {
            statistics.clear();
            given().get(url).then().statusCode(200);
            counts.put(url, statistics.getPrepareStatementCount());
        }
        System.out.println("SQL statements per request: " + counts);
        assertTrue(counts.size() >= 30, "expected every GET operation, found " + counts.size());
        counts.forEach((url, count) -> assertTrue(count <= MAX_STATEMENTS, url + " issued " + count + " SQL statements"));
    }

    /** One request per operation (and per group-by field), with example path parameters, the largest page and all includes. */
    private static List<String> urls() throws Exception {
        JsonNode paths = OpenApiContract.withParametersInline().get("paths");
        List<String> urls = new ArrayList<>();
        paths.fields().forEachRemaining(path -> {
            JsonNode get = path.getValue().get("get");
            if (get == null) {
                return;
            }
            String url = path.getKey();
            List<String> query = new ArrayList<>();
            List<String> groupBy = new ArrayList<>();
            for (JsonNode parameter : get.path("parameters")) {
                String name = parameter.path("name").asText();
                if ("path".equals(parameter.path("in").asText())) {
                    url = url.replace("{" + name + "}", parameter.path("example").asText());
                } else if ("size".equals(name)) {
                    query.add("size=200");
                } else if ("by".equals(name)) {
                    parameter.path("schema").path("enum").forEach(value -> groupBy.add(value.asText()));
                } else if (parameter.path("required").asBoolean()) {
                    query.add(name + "=" + parameter.path("example").asText());
                }
            }
            Matcher includes = INCLUDES.matcher(get.path("description").asText());
            if (includes.find()) {
                query.add("include=" + includes.group(1).replace(" ", ""));
            }
            if (url.endsWith(".zip")) {
                return;
            }
            String base = url + (query.isEmpty() ? "" : "?" + String.join("&", query));
            if (groupBy.isEmpty()) {
                urls.add(base);
            } else {
                groupBy.forEach(by -> urls.add(base + (base.contains("?") ? "&" : "?") + "by=" + by));
            }
        });
        return urls;
    }
}
