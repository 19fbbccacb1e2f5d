package org.opendrugpolicy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opendrugpolicy.export.LargeExportTest;

/**
 * Runs the packaged jar as operators do ({@code java -jar}, after {@code package}; failsafe runs this in
 * {@code verify}), for what a {@code @QuarkusTest} cannot show: that {@link Main} is the entry point that hands
 * malformed URIs to our problem answers, and that SIGTERM lets a request in flight finish. Each test starts its own.
 */
class PackagedJarIT {
    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");

    private Process service;
    private int port;
    private int managementPort;

    private void start(String... properties) throws Exception {
        assertTrue(Files.exists(JAR), JAR + " is missing: run ./mvnw verify, which packages before this test");
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        managementPort = PackagedService.freePort();
        Path log = Files.createTempFile("odp-packaged-jar-", ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port,
                "-Dquarkus.management.host=127.0.0.1", "-Dquarkus.management.port=" + managementPort));
        command.addAll(List.of(properties));
        command.addAll(List.of("-jar", JAR.toString()));
        service = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        // Readiness is on the management interface, its own port; the public port does not serve it.
        while (status(managementPort, "/q/health/ready") != 200) {
            assertTrue(service.isAlive(), "the jar stopped: " + Files.readString(log));
            assertTrue(System.nanoTime() < deadline, "not ready after 180 s: " + Files.readString(log));
            Thread.sleep(250);
        }
        assertTrue(status(port, "/q/health/ready") != 200, "readiness is served on the public port too");
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (service != null && service.isAlive()) {
            service.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aMalformedUriIsAProblemNotQuarkusEmptyAnswer() throws Exception {
        start();
        try (Socket socket = connect()) {
            send(socket, "GET /api/v1/countries/NLD%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 400 "), answer);
            assertTrue(answer.contains("\"type\":\"https://opendrugpolicy.org/problems/invalid-uri\""), answer);
        }
    }

    /**
     * A 17 MB export to a client that has stopped reading, with a receive buffer too small for it, stays in flight for
     * as long as the client waits: the test sends SIGTERM then, waits, and only then reads the rest, to the end.
     */
    @Test
    void sigtermLetsADownloadInFlightFinish() throws Exception {
        // A longer grace than the 10 s default, so a slow CI machine has time to stream the rest.
        start("-Dodp.dataset.directory=" + LargeExportTest.LargeDataset.build(), "-Dquarkus.shutdown.timeout=30s");
        try (Socket socket = new Socket()) {
            socket.setReceiveBufferSize(32 * 1024);
            socket.connect(new InetSocketAddress("127.0.0.1", port));
            socket.setSoTimeout(30_000);
            send(socket, "GET /api/v1/exports/side_event_hosts.ndjson HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            InputStream in = socket.getInputStream();
            byte[] start = in.readNBytes(16 * 1024);
            assertTrue(new String(start, StandardCharsets.UTF_8).startsWith("HTTP/1.1 200 "));

            service.destroy(); // SIGTERM
            Thread.sleep(2_000);
            assertTrue(service.isAlive(), "stopped with a download in flight");

            byte[] rest = in.readAllBytes();
            assertTrue(start.length + rest.length > 15_000_000, "only " + (start.length + rest.length) + " bytes");
            // Over HTTP/1.1 the export is sent from its file with its Content-Length: the whole of it arrived.
            String head = new String(start, StandardCharsets.ISO_8859_1);
            int bodyStart = head.indexOf("\r\n\r\n") + 4;
            java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?im)^content-length: *(\\d+)").matcher(head.substring(0, bodyStart));
            assertTrue(length.find(), "a Content-Length header: " + head.substring(0, bodyStart));
            assertEquals(Long.parseLong(length.group(1)), (long) start.length - bodyStart + rest.length, "the body did not arrive whole");
        }
        assertTrue(service.waitFor(30, TimeUnit.SECONDS), "still running 30 s after SIGTERM with nothing in flight");
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(30_000);
        return socket;
    }

    private static void send(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    private int status(int port, String path) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + path).toURL().openConnection();
            connection.setConnectTimeout(1_000);
            connection.setReadTimeout(5_000);
            try (InputStream ignored = connection.getInputStream()) {
                return connection.getResponseCode();
            }
        } catch (IOException e) {
            return -1;
        }
    }
}
