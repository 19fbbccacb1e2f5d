package org.opendrugpolicy.http;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.opendrugpolicy.openapi.ContractBodies;
import org.opendrugpolicy.openapi.OpenApiContract;
import org.opendrugpolicy.api.Problem;

/**
 * Sends hostile requests to every operation and parameter of the committed contract, over a raw socket so
 * that nothing re-encodes them, and checks every answer: never a 5xx, every 4xx a complete problem, no
 * markup echoed raw, no stack trace or class name.
 */
@QuarkusTest
class HostileInputTest {
    /** The management interface (its own port: health, readiness, metrics), ending in /q/. */
    @TestHTTPResource(management = true)
    String management;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ContractBodies BODIES = new ContractBodies(OpenApiContract.DOCUMENT);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    /** Values as they go on the wire: some percent-encoded, some raw bytes (ISO-8859-1 chars become single bytes). */
    private static final List<String> VALUES = List.of(
            "%27%20OR%20%271%27%3D%271", "1%27%3B%20DROP%20TABLE%20country%3B--", "x'%20or%201=1%20--", "cnd-68'--",
            "select%20c%20from%20Country%20c", "%25", "%", "%00", "a%00b", "%zz", "%C3%28", "%FF%FE", "%E2%82", "\u00c3\u0028",
            "<script>alert(1)</script>", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%22%3E%3Cimg%20src=x%3E",
            "a".repeat(10_000), "a".repeat(1_500), "99999999999999999999", "-1", "-2147483649", "2147483648", "0", "1e9", "NaN",
            "99999999", "..%2F..%2Fetc%2Fpasswd", "../../etc/passwd", "..%5C..%5Cwindows", "E%2FCN.7%2F2025%2FL.2%2FRev.1",
            "E/CN.7/2025/L.2/Rev.1", "e%252Fcn.7%252F2025", "%u0041", "%F0%9F%92%A9", "%EF%BB%BF", "%E2%80%AE", "%0D%0AX-Injected:%201",
            "", "%20", "+", "*", "${jndi:ldap://127.0.0.1/a}", "#{7*7}");
    private static final List<String> ACCEPTS = List.of("text/html", "application/xml", "*/*;q=0", "application/json;q=x", "image/png, text/*",
            "application/problem+json", "\u00ff\u00fe", "a".repeat(3_000), "*/*;q=", "application/json;q", "text/csv;q=2");
    /**
     * Other headers a client or a trusted proxy (this test's client is on loopback) may send malformed; what Quarkus's own
     * forwarded-header parser cannot survive (an empty first X-Forwarded-For element) is in the README, not here.
     */
    private static final List<Map<String, String>> HEADERS = List.of(Map.of("X-Forwarded-Proto", "ht tp"),
            Map.of("X-Forwarded-Proto", "ftp"), Map.of("Forwarded", "proto=\"a b\""), Map.of("X-Forwarded-For", "not an address"),
            Map.of("Forwarded", "for=\"[zz]\""), Map.of("Forwarded", "for=unknown"), Map.of("X-Forwarded-Port", "abc"),
            Map.of("X-Forwarded-Host", "a b"), Map.of("If-None-Match", "\"unterminated"), Map.of("If-Modified-Since", "Mon, 32 Dec 2026 25:00:00 GMT"),
            Map.of("Range", "bytes=a-b"), Map.of("Origin", "null"), Map.of("Accept-Encoding", "gzip;q=abc"), Map.of("X-Request-Id", "\u00ff"));
    private static final Pattern INTERNALS = Pattern.compile(
            "\\bat [a-z]+\\.[\\w.$]+\\(|\\.java:\\d+|org\\.opendrugpolicy|io\\.quarkus|java\\.lang|jakarta\\.|org\\.hibernate|org\\.h2|Exception\\b");

    @TestHTTPResource("/")
    URL root;

    private int sent;
    private int refused;

    @Test
    void noHostileRequestBreaksTheService() throws Exception {
        long began = System.nanoTime();
        JsonNode paths = OpenApiContract.withParametersInline().get("paths");
        var pathNames = paths.fieldNames();
        while (pathNames.hasNext()) {
            String template = pathNames.next();
            var operations = paths.get(template).fields();
            while (operations.hasNext()) {
                var operation = operations.next();
                attack(template, operation.getKey().toUpperCase(Locale.ROOT), operation.getValue());
            }
        }
        long seconds = (System.nanoTime() - began) / 1_000_000_000;
        System.out.println("HostileInputTest sent " + sent + " hostile requests in " + seconds + " s; " + refused
                + " refused with a 4xx, every one an application/problem+json problem");
        assertTrue(sent >= 2_000, "only " + sent + " requests sent");
    }

    private void attack(String template, String method, JsonNode operation) throws IOException {
        Map<String, String> valid = new LinkedHashMap<>();
        List<String> query = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            String name = parameter.get("name").asText();
            if ("path".equals(parameter.get("in").asText())) {
                valid.put(name, name.equals("iso3") ? "NLD" : "cnd-68");
            } else {
                query.add(name);
            }
        }
        String validPath = fill(template, valid, null, null);
        for (String name : valid.keySet()) {
            for (String value : VALUES) {
                check(method, fill(template, valid, name, value), Map.of());
            }
        }
        for (String name : query) {
            for (String value : VALUES) {
                check(method, validPath + "?" + name + "=" + value, Map.of());
            }
            check(method, validPath + "?" + name + "=1&" + name + "=2", Map.of());
            check(method, validPath + "?" + name + "=1&" + name.toUpperCase(Locale.ROOT) + "=1", Map.of());
            check(method, validPath + "?" + name, Map.of());
            check(method, validPath + "?" + name + "=1&unknown%00=1", Map.of());
        }
        for (String value : VALUES) {
            check(method, validPath + "?" + value + "=1", Map.of());
        }
        for (String accept : ACCEPTS) {
            check(method, validPath, Map.of("Accept", accept));
        }
        for (Map<String, String> headers : HEADERS) {
            check(method, validPath, headers);
        }
        Map<String, String> many = new LinkedHashMap<>();
        for (int i = 0; i < 100; i++) {
            many.put("X-Filler-" + i, "v".repeat(50));
        }
        check(method, validPath, many);
        check(method, validPath, Map.of("X-Big", "b".repeat(20_000)));
        check(method, validPath + "?q=" + "a".repeat(12_000), Map.of());
        check(method, validPath + "/" + "..%2F".repeat(200), Map.of());
        check(method, validPath + "?" + "page=1&".repeat(300), Map.of());
        check(method, validPath, Map.of("Host", "<script>"));
        check(method, validPath, Map.of(Edge.REQUEST_ID, "<script>alert(1)</script>"));
        check(method, validPath, Map.of("Content-Type", "application/xml"));
        for (String other : List.of("POST", "PUT", "DELETE", "PATCH", "TRACE", "CONNECT", "FOO")) {
            check(other, validPath, Map.of());
        }
    }

    private static String fill(String template, Map<String, String> valid, String target, String value) {
        String path = template;
        for (var entry : valid.entrySet()) {
            path = path.replace("{" + entry.getKey() + "}", entry.getKey().equals(target) ? value : entry.getValue());
        }
        return path;
    }

    @Test
    void aRequestTargetThatIsNoUriIsAProblemWithTheSecurityHeaders() throws IOException {
        Answer answer = exchange("GET", "/api/v1/countries/NLD%zz?q=<b>", Map.of(Edge.REQUEST_ID, "bad-uri-1"));
        assertEquals(400, answer.status, answer.head);
        assertEquals(Problem.MEDIA_TYPE, answer.header("content-type"));
        assertEquals("nosniff", answer.header("x-content-type-options"));
        assertEquals("no-referrer", answer.header("referrer-policy"));
        assertEquals("default-src 'none'; frame-ancestors 'none'", answer.header("content-security-policy"));
        assertEquals("bad-uri-1", answer.header(Edge.REQUEST_ID));
        JsonNode problem = JSON.readTree(answer.body);
        assertEquals(Problem.TYPE_BASE + "invalid-uri", problem.path("type").asText());
        assertEquals("/api/v1/countries/NLD%zz?q=?b?", problem.path("instance").asText());
        assertEquals("bad-uri-1", problem.path("requestId").asText());
        // One metrics tag for every malformed target, so hostile input cannot grow the metrics.
        String metrics = given().get(management + "metrics").asString();
        assertTrue(metrics.contains("status=\"400\",uri=\"/api/invalid-uri\""), "no tag for invalid URIs");
        assertTrue(!metrics.contains("NLD%zz"), "a malformed path became a metrics tag");
    }

    /**
     * Beyond quarkus.http.limits.* the HTTP decoder refuses a request before any code of ours runs (Vert.x's default
     * invalid-request handler: Quarkus 3.33 offers no way to set another), and so does it a request line that a raw space
     * splits into more than three parts; these are the only 4xx without a problem (the README says so).
     */
    @Test
    void beyondTheTransportLimitsTheRequestIsRefusedAndTheServiceGoesOn() throws IOException {
        Answer longLine = exchange("GET", "/api/v1/sessions?q=" + "a".repeat(17_000), Map.of());
        assertEquals(414, longLine.status, longLine.head);
        Answer bigHeaders = exchange("GET", "/api/v1/sessions", Map.of("X-Big", "b".repeat(33_000)));
        assertEquals(431, bigHeaders.status, bigHeaders.head);
        Answer rawSpace = exchange("GET", "/api/v1/resolutions?q=a b", Map.of());
        assertEquals(400, rawSpace.status, rawSpace.head);
        assertEquals("", rawSpace.body, "a malformed request line is Vert.x's empty 400, not a problem of ours");
        assertEquals(200, exchange("GET", "/api/v1/sessions", Map.of()).status);
    }

    private void check(String method, String target, Map<String, String> headers) throws IOException {
        sent++;
        Answer answer = exchange(method, target, headers);
        String where = method + " " + (target.length() > 200 ? target.substring(0, 200) + "…" : target);
        if (answer == null) {
            fail(where + ": connection closed without an answer");
        }
        assertTrue(answer.status < 500, where + " answered " + answer.status + ": " + answer.body);
        assertTrue(!answer.body.contains("<script") && !answer.body.contains("<img"), where + " echoed markup: " + answer.body);
        assertTrue(!INTERNALS.matcher(answer.body).find(), where + " leaked internals: " + answer.body);
        if (answer.status >= 400) {
            refused++;
            assertProblem(where, answer);
        }
    }

    /** instance stays relative when the request line gives an absolute URI (absolute-form, as proxies send): the REST layer's problems and the edge's. */
    @Test
    void anAbsoluteFormTargetGivesARelativeInstance() throws IOException {
        String origin = "http://" + root.getHost() + ":" + root.getPort();
        Answer notFound = exchange("GET", origin + "/api/v1/resolutions/nope?include=", Map.of());
        assertEquals(404, notFound.status, notFound.head + notFound.body);
        assertEquals("/api/v1/resolutions/nope?include=", JSON.readTree(notFound.body).path("instance").asText());
        Answer badParameter = exchange("GET", origin + "/api/v1/resolutions?size=0", Map.of());
        assertEquals(400, badParameter.status, badParameter.head);
        assertEquals("/api/v1/resolutions?size=0", JSON.readTree(badParameter.body).path("instance").asText());
        Answer notAllowed = exchange("DELETE", origin + "/api/v1/resolutions", Map.of());
        assertEquals(405, notAllowed.status, notAllowed.head);
        assertEquals("/api/v1/resolutions", JSON.readTree(notAllowed.body).path("instance").asText());
    }

    /** Sends one request as given, byte for byte, and reads the answer to the end of the connection (null if there is none). */
    private Answer exchange(String method, String target, Map<String, String> headers) throws IOException {
        StringBuilder request = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        if (!headers.containsKey("Host")) {
            request.append("Host: localhost\r\n");
        }
        headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        request.append("Connection: close\r\n\r\n");
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return Answer.read(socket.getInputStream());
        }
    }

    private static void assertProblem(String where, Answer answer) throws IOException {
        assertTrue(answer.header("content-type").startsWith(Problem.MEDIA_TYPE), where + " answered " + answer.status + " as "
                + answer.header("content-type") + ": " + answer.body);
        if ("HEAD".equals(where.substring(0, where.indexOf(' ')))) {
            return;
        }
        JsonNode problem = JSON.readTree(answer.body);
        for (String field : List.of("type", "title", "detail")) {
            assertTrue(problem.path(field).isTextual() && !problem.path(field).asText().isBlank(), where + ": problem without " + field + ": " + answer.body);
        }
        assertEquals(answer.status, problem.path("status").asInt(), where + ": problem status differs: " + answer.body);
        assertTrue(problem.path("type").asText().startsWith(Problem.TYPE_BASE), where + ": " + answer.body);
        // a type the contract lists, with its status and title: every problem the hostile requests provoke is a documented one
        List<String> undocumented = BODIES.check(where.substring(0, where.indexOf(' ')), URI.create("/"), answer.status, answer.header("content-type"),
                answer.body.getBytes(StandardCharsets.UTF_8));
        assertTrue(undocumented.isEmpty(), where + ": " + undocumented);
        for (JsonNode error : problem.path("errors")) {
            assertTrue(error.path("name").isTextual() && error.path("reason").isTextual(), where + ": bad errors entry: " + answer.body);
        }
        assertTrue(problem.path("requestId").isTextual(), where + ": problem without requestId: " + answer.body + " " + answer.head);
    }

    /** An HTTP/1.1 answer read to the end of the connection. */
    private record Answer(String head, int status, String body) {
        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return "";
        }

        static Answer read(InputStream in) throws IOException {
            byte[] all = in.readAllBytes();
            String text = new String(all, StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            if (end < 0) {
                return null;
            }
            String head = text.substring(0, end);
            String body = text.substring(end + 4);
            Answer answer = new Answer(head, Integer.parseInt(head.substring(9, 12)), body);
            if (answer.header("transfer-encoding").equalsIgnoreCase("chunked")) {
                body = dechunk(body);
            }
            return new Answer(head, answer.status, body);
        }

        private static String dechunk(String chunked) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] bytes = chunked.getBytes(StandardCharsets.UTF_8);
            int at = 0;
            while (at < bytes.length) {
                String rest = new String(bytes, at, bytes.length - at, StandardCharsets.UTF_8);
                int lineEnd = rest.indexOf("\r\n");
                int size = Integer.parseInt(rest.substring(0, lineEnd).split(";")[0].trim(), 16);
                if (size == 0) {
                    break;
                }
                int start = at + rest.substring(0, lineEnd + 2).getBytes(StandardCharsets.UTF_8).length;
                out.write(bytes, start, size);
                at = start + size + 2;
            }
            return out.toString(StandardCharsets.UTF_8);
        }
    }
}
