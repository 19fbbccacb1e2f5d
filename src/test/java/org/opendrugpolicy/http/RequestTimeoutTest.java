package org.opendrugpolicy.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.opendrugpolicy.api.Problem;

@QuarkusTest
@TestProfile(RequestTimeoutTest.TinyTimeout.class)
class RequestTimeoutTest {
    public static class TinyTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("odp.limits.request-timeout", "1s",
                    // Its own in-memory database: the one of the default profile outlives that Quarkus and is already loaded.
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:odp-request-timeout;DB_CLOSE_DELAY=-1;NON_KEYWORDS=YEAR,VALUE");
        }
    }

    @TestHTTPResource("/")
    URL root;

    @Test
    void aSlowRequestIsAnswered503WithRetryAfterWhenTheTimeoutExpires() {
        long began = System.nanoTime();
        Response response = given().header(Edge.REQUEST_ID, "slow-1").get("/test-only/slow?millis=5000");
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);
        assertEquals(0, SlowResource.finished(5000).availablePermits(), "the 503 came only after the work was done");
        response.then().statusCode(503).contentType(Problem.MEDIA_TYPE)
                .header("Retry-After", "1")
                .header(Edge.REQUEST_ID, "slow-1")
                .header("X-Content-Type-Options", "nosniff")
                .body("type", equalTo("https://opendrugpolicy.org/problems/request-timeout"))
                .body("status", equalTo(503))
                .body("detail", equalTo("No answer within 1 s; the service is busy. Retry after 1 s."))
                .body("instance", equalTo("/test-only/slow?millis=5000"))
                .body("requestId", equalTo("slow-1"));
        assertTrue(waited >= 1000, "answered after " + waited + " ms");
    }

    @Test
    void theLateAnswerNeverReachesTheConnectionAndItStaysUsable() throws Exception {
        List<LogRecord> errors = new CopyOnWriteArrayList<>();
        Handler collector = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    errors.add(record);
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger.getLogger("").addHandler(collector);
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(10_000);
            InputStream in = socket.getInputStream();
            send(socket, "GET /test-only/slow?millis=2000 HTTP/1.1\r\nHost: localhost\r\n\r\n");
            String first = readOne(in);
            assertTrue(first.startsWith("HTTP/1.1 503 "), first);
            assertTrue(!first.toLowerCase().contains("connection: close"), first);

            // The work goes on, finishes, and its answer is dropped: nothing more arrives on the connection.
            assertTrue(SlowResource.finished(2000).tryAcquire(10, TimeUnit.SECONDS), "the slow request never finished");
            Thread.sleep(300);
            assertEquals(0, in.available(), "bytes after the 503");

            // A quick request on the same connection: answered in full, by itself.
            send(socket, "GET /test-only/slow?millis=0 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            String rest = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(rest.startsWith("HTTP/1.1 200 "), rest);
            assertTrue(rest.endsWith("\r\n\r\nslept 0 ms"), rest);
            assertTrue(!rest.contains("slept 2000"), rest);
        } finally {
            Logger.getLogger("").removeHandler(collector);
        }
        // Dropping the late answer is expected, not an error to wake anyone for.
        assertEquals(List.of(), errors.stream().map(r -> r.getLoggerName() + ": " + r.getMessage()).toList());
    }

    private static void send(Socket socket, String request) throws IOException {
        socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
    }

    /** Reads one answer that has a Content-Length, and not a byte more. */
    private static String readOne(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed in the head: " + head);
            }
            head.write(b);
        }
        Matcher length = Pattern.compile("(?im)^content-length:\\s*(\\d+)").matcher(head.toString(StandardCharsets.ISO_8859_1));
        assertTrue(length.find(), "no Content-Length: " + head);
        return head.toString(StandardCharsets.ISO_8859_1) + new String(in.readNBytes(Integer.parseInt(length.group(1))), StandardCharsets.UTF_8);
    }
}
