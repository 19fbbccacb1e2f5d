package org.opendrugpolicy.explorer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar ({@code java -jar target/quarkus-app/quarkus-run.jar}, as operators run it) on a free loopback port,
 * and a plain HTTP client for the API answers the browser tests compute their expectations from.
 */
final class PackagedService implements AutoCloseable {
    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path log;
    final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private PackagedService(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    static PackagedService start() throws Exception {
        assertTrue(Files.exists(JAR), JAR + " is missing: run ./mvnw verify, which packages before this test");
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        int management = org.opendrugpolicy.PackagedService.freePort();
        Path log = Files.createTempFile("odp-explorer-", ".log");
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port,
                "-Dquarkus.management.host=127.0.0.1", "-Dquarkus.management.port=" + management, "-jar", JAR.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        PackagedService service = new PackagedService(process, log, port);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        // Readiness is on the management interface, its own port.
        while (service.status("http://127.0.0.1:" + management + "/q/health/ready") != 200) {
            assertTrue(process.isAlive(), "the jar stopped: " + Files.readString(log));
            assertTrue(System.nanoTime() < deadline, "not ready after 180 s: " + Files.readString(log));
            Thread.sleep(250);
        }
        return service;
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** An API answer as JSON, for the expected values of a view. */
    JsonNode api(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(r.statusCode() == 200, pathAndQuery + " answered " + r.statusCode() + ": " + r.body());
        return JSON.readTree(r.body());
    }

    /** An API answer that is a problem (RFC 9457) with the given status, for what a view says when the API refuses. */
    JsonNode problem(String pathAndQuery, int status) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(r.statusCode() == status, pathAndQuery + " answered " + r.statusCode() + ": " + r.body());
        return JSON.readTree(r.body());
    }

    /** The headers of a GET, for the explorer's own files. */
    java.net.http.HttpHeaders headers(String path) throws IOException, InterruptedException {
        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base() + path)).build(), HttpResponse.BodyHandlers.discarding());
        assertTrue(r.statusCode() == 200, path + " answered " + r.statusCode());
        return r.headers();
    }

    private int status(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }
}
