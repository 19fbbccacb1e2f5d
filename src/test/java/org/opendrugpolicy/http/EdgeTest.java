package org.opendrugpolicy.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.opendrugpolicy.api.Problem;

/**
 * The edge's own shortcuts (http.Edge and the URI check it answers): each must decide exactly as the slower way it
 * replaces. Through HTTP, over a raw socket where the request must reach the service byte for byte.
 */
@QuarkusTest
class EdgeTest {
    /** A version 4 (random) UUID, in lower case. */
    private static final String UUID_V4 = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

    @TestHTTPResource("/")
    URL root;

    @Test
    void aRequestWithoutItsOwnIdGetsAFreshRandomUuidFromMemoryAsFromTheRestLayer() {
        String url = "/api/v1/topics?size=3";
        Response first = given().get(url); // the REST layer answers, and the answer is kept
        Response second = given().get(url); // from memory
        for (Response answer : new Response[] {first, second}) {
            answer.then().statusCode(200).header(Edge.REQUEST_ID, matchesPattern(UUID_V4))
                    .header("Access-Control-Allow-Origin", "*").header("Access-Control-Expose-Headers", Edge.EXPOSE_HEADERS)
                    .header("X-Content-Type-Options", "nosniff");
        }
        assertNotEquals(first.header(Edge.REQUEST_ID), second.header(Edge.REQUEST_ID));
        // An id with a character outside the safe set, or longer than 64, is replaced; one of 64 safe ones is kept.
        given().header(Edge.REQUEST_ID, "a/b").get(url).then().header(Edge.REQUEST_ID, matchesPattern(UUID_V4));
        given().header(Edge.REQUEST_ID, "x".repeat(65)).get(url).then().header(Edge.REQUEST_ID, matchesPattern(UUID_V4));
        given().header(Edge.REQUEST_ID, "A-z_0.9:" + "x".repeat(56)).get(url).then().header(Edge.REQUEST_ID, "A-z_0.9:" + "x".repeat(56));
    }

    @Test
    void emptyPartsOfTheQueryAreNotCountedAsParameters() throws IOException {
        StringBuilder query = new StringBuilder("size=1");
        for (int i = 1; i < 33; i++) {
            query.append("&&p").append(i).append("=1");
        }
        String answer = exchange("/api/v1/topics?" + query + "&", "localhost");
        assertTrue(answer.startsWith("HTTP/1.1 400 "), answer);
        assertTrue(answer.contains("(query): 33 parameters given; at most 32 are accepted"), answer);
        // 32 of them are within the limit: what refuses them is the operation, which takes no p1.
        String fewer = exchange("/api/v1/topics?" + query.substring(0, query.lastIndexOf("&&")) + "&&", "localhost");
        assertTrue(fewer.startsWith("HTTP/1.1 400 ") && fewer.contains("unknown parameter"), fewer);
    }

    @Test
    void targetsThatLookPlainButAreNoUrisAreStillRefused() throws IOException {
        for (String target : new String[] {"/api/v1/topics?q=%4", "/api/v1/topics?q=%", "/api/v1/topics?q=%G1", "/api/v1/topics?q=%\u0663\u0663",
                "/api/v1/topics?q=a|b", "/api/v1/top[ics]", "/api/v1/topics#a#b"}) {
            String answer = exchange(target, "localhost");
            assertTrue(answer.startsWith("HTTP/1.1 400 "), target + ": " + answer);
            assertTrue(answer.contains(Problem.TYPE_BASE + "invalid-uri"), target + ": " + answer);
        }
        // These pass the check (what answers them is the operation: a 200, or a problem about the parameter).
        for (String target : new String[] {"/api/v1/topics?q=%e2%82%ac", "/api/v1/topics?q=a%7Cb", "/api/v1/topics?q=(a)*!$'+,;:@/?",
                "/api/v1/topics?q=[a]"}) {
            String answer = exchange(target, "localhost");
            assertTrue(answer.startsWith("HTTP/1.1 200 ") || answer.startsWith("HTTP/1.1 400 "), target + ": " + answer);
            assertTrue(!answer.contains("invalid-uri"), target + ": " + answer);
        }
    }

    @Test
    void aBadHostIsRefusedEvenRightAfterAGoodOne() throws IOException {
        assertTrue(exchange("/api/v1/topics", "localhost").startsWith("HTTP/1.1 200 "));
        String bad = exchange("/api/v1/topics", "local host");
        assertTrue(bad.startsWith("HTTP/1.1 400 ") && bad.contains(Problem.TYPE_BASE + "invalid-host"), bad);
        assertTrue(exchange("/api/v1/topics", "localhost").startsWith("HTTP/1.1 200 "));
    }

    /** The shortcut of the URI check never lets through what java.net.URI, the check Quarkus makes, refuses. */
    @Test
    void thePlainPathShortcutAcceptsOnlyWhatTheUriParserAccepts() {
        Random random = new Random(16);
        String alphabet = "/?%aZ09-._~!$&'()*+,;=:@#[]{}|\\^`\" <>\u00e9\u0663fF";
        int shortcut = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder uri = new StringBuilder("/");
            int length = random.nextInt(12);
            for (int j = 0; j < length; j++) {
                uri.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (TransportProblems.isPlainPathAndQuery(uri.toString())) {
                shortcut++;
                try {
                    new URI(uri.toString());
                } catch (URISyntaxException e) {
                    throw new AssertionError("the shortcut let through " + uri + ": " + e.getMessage());
                }
            }
        }
        assertTrue(shortcut > 1000, "the shortcut was taken only " + shortcut + " times");
        assertEquals(false, TransportProblems.isPlainPathAndQuery("//host/path"), "an authority is for the parser to judge");
    }

    @Test
    void aPreflightIsAnsweredAtTheEdgeFromMemoryOrNot() {
        given().get("/api/v1/topics").then().statusCode(200);
        given().header("Origin", "https://a.example").header("Access-Control-Request-Method", "GET").options("/api/v1/topics").then()
                .statusCode(204).header("Access-Control-Allow-Methods", equalTo(Edge.ALLOW_METHODS)).header(Edge.REQUEST_ID, matchesPattern(UUID_V4));
    }

    /** Sends one GET as given, byte for byte, and reads its answer to the end of the connection. */
    private String exchange(String target, String host) throws IOException {
        String request = "GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n";
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            Matcher status = Pattern.compile("^HTTP/1.1 \\d{3} ").matcher(answer);
            assertTrue(status.find(), "no answer to " + target + ": " + answer);
            return answer;
        }
    }

    /**
     * One URL per resource: an API path with a trailing slash is a 308 to the path without it, the query (and a
     * percent-encoded UN document symbol) kept as sent; the slashed path answered 200 with links and an ETag of its own.
     * Sent without following redirects, outside REST Assured (the contract has no slashed paths to check them against).
     */
    @Test
    void anApiPathWithATrailingSlashIsRedirectedToTheOneWithout() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (String[] redirect : new String[][] {
                {"/api/v1/side-events/?session=cnd-68&size=2", "/api/v1/side-events?session=cnd-68&size=2"},
                {"/api/v1/", "/api/v1"},
                {"/api/v1/resolutions/E%2FCN.7%2F2025%2FL.2%2FRev.1/", "/api/v1/resolutions/E%2FCN.7%2F2025%2FL.2%2FRev.1"},
                {"/api/v1/sessions//", "/api/v1/sessions"}}) {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(root.toURI().resolve(redirect[0])).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(308, answer.statusCode(), redirect[0]);
            // absolute, from the public base URL as every link (here the request's scheme and host)
            assertEquals(root.toURI().resolve(redirect[1]).toString(), answer.headers().firstValue("Location").orElse(null), redirect[0]);
            assertTrue(answer.headers().firstValue(Edge.REQUEST_ID).isPresent(), "the edge's headers: " + answer.headers());
            HttpResponse<String> followed = client.send(HttpRequest.newBuilder(root.toURI().resolve(redirect[1])).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, followed.statusCode(), redirect[1]);
        }
        // /api/ is no resource and neither is /api: a 404, not a redirect to one
        assertEquals(404, client.send(HttpRequest.newBuilder(root.toURI().resolve("/api/")).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode());
        // outside the API, slashed paths are what they are: Swagger UI's
        assertEquals(200, client.send(HttpRequest.newBuilder(root.toURI().resolve("/q/swagger-ui/")).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
    }
}
