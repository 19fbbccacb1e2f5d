package org.opendrugpolicy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The packaged jar, started with {@code java -jar} on a free loopback port, ready when this returns; close() kills it. */
public final class PackagedService implements AutoCloseable {
    public static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");

    private final Process process;
    private final int port;
    private final int managementPort;

    public PackagedService(String... properties) throws Exception {
        assertTrue(Files.exists(JAR), JAR + " is missing: run ./mvnw verify, which packages before the *IT tests");
        port = freePort();
        managementPort = freePort();
        Path log = Files.createTempFile("odp-packaged-service-", ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port, "-Dodp.rate-limit.enabled=false",
                "-Dquarkus.management.host=127.0.0.1", "-Dquarkus.management.port=" + managementPort));
        command.addAll(List.of(properties));
        command.addAll(List.of("-jar", JAR.toString()));
        process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        awaitStatus(process, managementUrl("/q/health/ready"), 180, log);
    }

    /** A URL of the management interface (health, readiness, metrics), which has its own port. */
    public String managementUrl(String path) {
        return "http://127.0.0.1:" + managementPort + path;
    }

    public int port() {
        return port;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** A free port on the loopback interface. */
    public static int freePort() throws IOException {
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return free.getLocalPort();
        }
    }

    /** Waits until the URL answers 200 (the process must stay alive meanwhile). */
    public static void awaitStatus(Process process, String url, int seconds, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (status(url) != 200) {
            assertTrue(process.isAlive(), "the process stopped: " + Files.readString(log));
            assertTrue(System.nanoTime() < deadline, url + " not ready after " + seconds + " s: " + Files.readString(log));
            Thread.sleep(250);
        }
    }

    private static int status(String url) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(5000);
            return connection.getResponseCode();
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
