package org.opendrugpolicy.http;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.opendrugpolicy.api.Problem;
import org.opendrugpolicy.api.ProblemType;
import org.opendrugpolicy.openapi.ContractBodies;
import org.opendrugpolicy.openapi.OpenApiContract;

/**
 * Every problem type of the registry ({@link ProblemType}), provoked through HTTP as a client would meet it, and answered
 * with the type, status and title the registry and the contract give it. The switch in {@link #provoke} names each type:
 * a new type does not compile until it has a request that provokes it here.
 *
 * <p>Its own profile makes the two answers of a busy service cheap to reach: a request timeout of 2 s, and a bucket of 4
 * tokens (two full answers) per client. Each request comes from a client of its own (a forwarded address, which the
 * service takes from a proxy on this machine), so only the request that means to use up its allowance does.
 */
@QuarkusTest
@TestProfile(ProblemTypesTest.Provoking.class)
class ProblemTypesTest {
    public static class Provoking implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("odp.limits.request-timeout", "2s", "odp.rate-limit.capacity", "4", "odp.rate-limit.refill-per-second", "1",
                    // Its own in-memory database: the one of the default profile outlives that Quarkus and is already loaded.
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:odp-problem-types;DB_CLOSE_DELAY=-1;NON_KEYWORDS=YEAR,VALUE");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger CLIENTS = new AtomicInteger();
    private static final String FORWARDED_FOR = "X-Forwarded-For";

    @TestHTTPResource("/")
    URL root;

    /** What a problem answer came back as: its status, headers that matter here, and its body. */
    private record Answer(int status, String contentType, String retryAfter, String allow, String requestId, String body) {
        static Answer of(Response response) {
            return new Answer(response.statusCode(), response.contentType(), response.header("Retry-After"), response.header("Allow"),
                    response.header(Edge.REQUEST_ID), response.asString());
        }
    }

    @ParameterizedTest
    @EnumSource(ProblemType.class)
    void eachTypeIsAnsweredAsTheRegistryAndTheContractSay(ProblemType type) throws IOException {
        Answer answer = provoke(type);
        assertEquals(type.status(), answer.status(), type + ": " + answer.body());
        assertTrue(answer.contentType().startsWith(Problem.MEDIA_TYPE), type + " answered as " + answer.contentType());
        JsonNode problem = JSON.readTree(answer.body());
        assertEquals(type.uri(), problem.path("type").asText(), answer.body());
        assertEquals(type.title(), problem.path("title").asText(), answer.body());
        assertEquals(type.status(), problem.path("status").asInt(), answer.body());
        assertFalse(problem.path("detail").asText().isBlank(), answer.body());
        assertEquals(answer.requestId(), problem.path("requestId").asText(), answer.body());
        // the contract lists it as the registry does; the REST Assured answers were checked so by ContractBodies too
        JsonNode listed = contractTypes().get(type.uri());
        assertEquals(type.status(), listed.path("status").asInt(), type.uri());
        assertEquals(type.title(), listed.path("title").asText(), type.uri());
        assertEquals(List.of(), bodies().check("GET", URI.create("/api/v1/sessions"), answer.status(), answer.contentType(),
                answer.body().getBytes(StandardCharsets.UTF_8)));
    }

    /** A request that gets a problem of this type, from a client of its own. */
    private Answer provoke(ProblemType type) throws IOException {
        return switch (type) {
            case INVALID_PARAMETER -> Answer.of(client().get("/api/v1/side-events?size=201"));
            case INVALID_URI -> raw("GET /api/v1/countries/NLD%zz HTTP/1.1\r\nHost: localhost\r\n");
            case INVALID_HOST -> Answer.of(client().header("X-Forwarded-Host", "evil.example/path").get("/api/v1/countries"));
            case INVALID_FORWARDED_PROTO -> Answer.of(client().header("X-Forwarded-Proto", "ht tp").get("/api/v1/countries"));
            case BAD_REQUEST -> Answer.of(client().accept("application/json;q=x").get("/api/v1/sessions"));
            case NOT_FOUND -> Answer.of(client().get("/api/v1/side-events/cnd-99-nothing"));
            case METHOD_NOT_ALLOWED -> {
                Answer answer = Answer.of(client().post("/api/v1/sessions"));
                assertEquals("GET, HEAD, OPTIONS", answer.allow());
                yield answer;
            }
            case NOT_ACCEPTABLE -> Answer.of(client().accept("text/html").get("/api/v1/sessions"));
            case CONTENT_TOO_LARGE -> raw("GET /api/v1/sessions HTTP/1.1\r\nHost: localhost\r\nContent-Length: 70000\r\n");
            case URI_TOO_LONG -> Answer.of(client().urlEncodingEnabled(false).get("/api/v1/sessions?q=" + "a".repeat(2100)));
            case TOO_MANY_REQUESTS -> {
                String client = nextClient();
                Answer answer = Answer.of(given().header(FORWARDED_FOR, client).get("/api/v1/sessions?size=1"));
                // 4 tokens, one back a second, a full answer costs 2: the third or fourth request is refused
                for (int i = 0; i < 20 && answer.status() == 200; i++) {
                    answer = Answer.of(given().header(FORWARDED_FOR, client).get("/api/v1/sessions?size=1"));
                }
                assertTrue(answer.retryAfter() != null && answer.retryAfter().matches("[1-9][0-9]*"), answer.status() + " with Retry-After " + answer.retryAfter() + ": " + answer.body());
                yield answer;
            }
            case HEADER_FIELDS_TOO_LARGE -> Answer.of(client().header("X-Big", "b".repeat(9000)).get("/api/v1/sessions"));
            case INTERNAL_ERROR -> Answer.of(client().get("/test-only/failure"));
            case REQUEST_TIMEOUT -> {
                Answer answer = Answer.of(client().get("/test-only/slow?millis=4000"));
                assertEquals("2", answer.retryAfter());
                yield answer;
            }
            case DATABASE_UNAVAILABLE -> {
                Answer answer = Answer.of(client().get("/test-only/database-away"));
                assertEquals(String.valueOf(ProblemMappers.DATABASE_RETRY_AFTER), answer.retryAfter());
                yield answer;
            }
        };
    }

    /** A failure that carries only its status takes the type that stands for it: a Vert.x 404 for the target {@code *}. */
    @Test
    void aBareStatusTakesItsTypeFromTheRegistry() throws IOException {
        for (String method : List.of("GET", "OPTIONS")) {
            Answer answer = raw(method + " * HTTP/1.1\r\nHost: localhost\r\n");
            assertEquals(404, answer.status(), answer.body());
            assertEquals(ProblemType.NOT_FOUND.uri(), JSON.readTree(answer.body()).path("type").asText(), answer.body());
            assertEquals(ProblemType.NOT_FOUND.title(), JSON.readTree(answer.body()).path("title").asText(), answer.body());
        }
        assertEquals(ProblemType.NOT_FOUND, ProblemType.forStatus(404));
        assertEquals(ProblemType.BAD_REQUEST, ProblemType.forStatus(415));
        assertEquals(ProblemType.INTERNAL_ERROR, ProblemType.forStatus(502));
    }

    /** The contract lists exactly the registry's types, in its order, and a problem answer for each status an operation can give. */
    @Test
    void theContractListsEveryTypeOfTheRegistry() throws IOException {
        JsonNode contract = OpenApiContract.withParametersInline();
        List<String> listed = new ArrayList<>();
        contract.path("components").path("schemas").path("Problem").path(ContractBodies.PROBLEM_TYPES).forEach(t -> listed.add(t.path("type").asText()));
        assertEquals(Arrays.stream(ProblemType.values()).map(ProblemType::uri).toList(), listed);
        for (ProblemType type : ProblemType.values()) {
            assertEquals(type.meaning(), contractTypes().get(type.uri()).path("meaning").asText());
            String description = contract.path("components").path("schemas").path("Problem").path("properties").path("type").path("description").asText();
            assertTrue(description.contains(type.slug() + " (" + type.status() + ")"), description);
            // 405 answers the methods the contract has no operation for; every other status is an answer of every operation
            JsonNode response = contract.path("components").path("responses").path("Problem" + type.status());
            assertEquals(type != ProblemType.METHOD_NOT_ALLOWED, response.path("description").asText().contains("Type " + type.slug() + ": "),
                    "Problem" + type.status() + ": " + response);
        }
        contract.path("paths").forEach(path -> path.forEach(operation -> {
            for (ProblemType type : ProblemType.values()) {
                if (type != ProblemType.METHOD_NOT_ALLOWED) {
                    assertEquals("#/components/responses/Problem" + type.status(),
                            operation.path("responses").path(String.valueOf(type.status())).path("$ref").asText(), operation.path("operationId").asText());
                }
            }
        }));
        for (String status : List.of("429", "503")) {
            assertEquals("#/components/headers/Retry-After",
                    contract.path("components").path("responses").path("Problem" + status).path("headers").path("Retry-After").path("$ref").asText());
        }
    }

    /** The check every test's answers go through refuses a problem whose type the contract does not list, or lists otherwise. */
    @Test
    void theContractCheckRefusesATypeItDoesNotList() {
        ContractBodies bodies = bodies();
        URI uri = URI.create("/api/v1/sessions");
        assertEquals(List.of(), bodies.check("GET", uri, 404, Problem.MEDIA_TYPE, problem(ProblemType.NOT_FOUND.uri(), "Not found", 404)));
        assertFalse(bodies.check("GET", uri, 400, Problem.MEDIA_TYPE, problem(Problem.TYPE_BASE + "http-400", "Bad Request", 400)).isEmpty());
        assertFalse(bodies.check("GET", URI.create("/test-only/anything"), 415, Problem.MEDIA_TYPE,
                problem(Problem.TYPE_BASE + "unsupported-media-type", "Unsupported media type", 415)).isEmpty(), "off the contract's paths too");
        assertFalse(bodies.check("GET", uri, 500, Problem.MEDIA_TYPE, problem(ProblemType.INTERNAL_ERROR.uri(), "Internal Server Error", 500)).isEmpty(),
                "a title other than the listed one");
        assertFalse(bodies.check("GET", uri, 400, Problem.MEDIA_TYPE, problem(ProblemType.NOT_FOUND.uri(), "Not found", 400)).isEmpty(),
                "a status other than the listed one");
        assertFalse(bodies.check("GET", uri, 404, Problem.MEDIA_TYPE, "{\"title\":\"Not found\",\"status\":404}".getBytes(StandardCharsets.UTF_8)).isEmpty(),
                "no type at all");
    }

    private static byte[] problem(String type, String title, int status) {
        return ("{\"type\":\"" + type + "\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\"d\"}").getBytes(StandardCharsets.UTF_8);
    }

    private static ContractBodies contractBodies;

    private static ContractBodies bodies() {
        if (contractBodies == null) {
            contractBodies = new ContractBodies(OpenApiContract.DOCUMENT);
        }
        return contractBodies;
    }

    private static Map<String, JsonNode> contractTypes() throws IOException {
        Map<String, JsonNode> types = new TreeMap<>();
        OpenApiContract.withParametersInline().path("components").path("schemas").path("Problem").path(ContractBodies.PROBLEM_TYPES)
                .forEach(t -> types.put(t.path("type").asText(), t));
        return types;
    }

    /** A client of its own: a forwarded address that no other request of this class uses, so with a bucket of its own. */
    private static RequestSpecification client() {
        return given().header(FORWARDED_FOR, nextClient());
    }

    /** An address no request of this class has come from (in 198.51.100.0/22, which is for documentation). */
    private static String nextClient() {
        int n = CLIENTS.incrementAndGet();
        return "198.51." + (100 + n / 250) + "." + (1 + n % 250);
    }

    /** A request sent byte for byte (one that REST Assured would mend or refuse to send), from a client of its own. */
    private Answer raw(String head) throws IOException {
        String request = head + FORWARDED_FOR + ": " + nextClient() + "\r\nConnection: close\r\n\r\n";
        try (Socket socket = new Socket(root.getHost(), root.getPort()); InputStream in = socket.getInputStream()) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String[] parts = text.split("\r\n\r\n", 2);
            Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (String line : parts[0].split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    headers.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
                }
            }
            return new Answer(Integer.parseInt(parts[0].substring(9, 12)), headers.getOrDefault("Content-Type", ""), headers.get("Retry-After"),
                    headers.get("Allow"), headers.get(Edge.REQUEST_ID), parts.length > 1 ? parts[1] : "");
        }
    }
}
