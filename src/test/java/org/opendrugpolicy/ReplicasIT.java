package org.opendrugpolicy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opendrugpolicy.export.LargeExportTest;

/**
 * Several replicas of the PostgreSQL artifact ({@code target/quarkus-app-postgresql}, built by the pom's build-postgresql
 * execution) on one private PostgreSQL, started with {@code java -jar} as operators do: they load a release once
 * between them, answer alike (bodies and ETags), accept each other's cursors, and a replica killed with SIGKILL in the
 * middle of a load leaves the release already served intact and its own release unregistered, for the next start to load.
 * Each test has a database of its own.
 */
class ReplicasIT {
    private static final Path JAR = Path.of("target", "quarkus-app-postgresql", "quarkus-run.jar");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static PostgresServer server;
    private static int databases;

    private final List<Replica> replicas = new ArrayList<>();

    @BeforeAll
    static void startDatabase() throws IOException {
        server = PostgresServer.start();
    }

    @AfterAll
    static void stopDatabase() {
        if (server != null) {
            server.close();
        }
    }

    @AfterEach
    void stopReplicas() throws InterruptedException {
        for (Replica replica : replicas) {
            replica.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** A running replica: its process, port and log. */
    record Replica(Process process, int port, Path logFile) {
        String log() throws IOException {
            return Files.readString(logFile);
        }

        HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        JsonNode json(String pathAndQuery) throws IOException, InterruptedException {
            HttpResponse<String> response = get(pathAndQuery);
            assertEquals(200, response.statusCode(), pathAndQuery + ": " + response.body());
            return JSON.readTree(response.body());
        }

        boolean ready() {
            try {
                return get("/q/health/ready").statusCode() == 200;
            } catch (IOException | InterruptedException e) {
                return false;
            }
        }
    }

    private static String newDatabase() throws SQLException {
        String name = "replicas_" + (++databases);
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl("postgres"), PostgresServer.USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return name;
    }

    private Replica launch(String database, String... properties) throws IOException {
        assertTrue(Files.exists(JAR), JAR + " is missing: run ./mvnw verify, which builds the PostgreSQL artifact before this test");
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        Path log = Files.createTempFile("odp-replica-", ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port,
                "-Dquarkus.datasource.jdbc.url=" + server.jdbcUrl(database), "-Dquarkus.datasource.username=" + PostgresServer.USER));
        command.addAll(List.of(properties));
        command.addAll(List.of("-jar", JAR.toString()));
        Replica replica = new Replica(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start(), port, log);
        replicas.add(replica);
        return replica;
    }

    private static void awaitReady(Replica replica) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (!replica.ready()) {
            assertTrue(replica.process.isAlive(), "the replica stopped: " + replica.log());
            assertTrue(System.nanoTime() < deadline, "not ready after 240 s: " + replica.log());
            Thread.sleep(250);
        }
    }

    private static List<String> registered(String database) throws SQLException {
        List<String> schemas = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(database), PostgresServer.USER, "");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT schema_name FROM public.odp_releases ORDER BY schema_name")) {
            while (result.next()) {
                schemas.add(result.getString(1));
            }
        }
        return schemas;
    }

    private static String schemaOf(Replica replica) throws Exception {
        JsonNode ready = JSON.readTree(replica.get("/q/health/ready").body());
        for (JsonNode check : ready.get("checks")) {
            if (check.get("name").asText().equals("dataset")) {
                return check.get("data").get("schema").asText();
            }
        }
        throw new AssertionError("no dataset check in readiness: " + ready);
    }

    @Test
    void twoReplicasStartingTogetherLoadOnceAnswerAlikeAndShareCursors() throws Exception {
        String database = newDatabase();
        Replica a = launch(database);
        Replica b = launch(database);
        awaitReady(a);
        awaitReady(b);

        int loads = (a.log().contains("Loading release ") ? 1 : 0) + (b.log().contains("Loading release ") ? 1 : 0);
        assertEquals(1, loads, "both or neither loaded the release:\n" + a.log() + "\n---\n" + b.log());
        assertEquals(List.of(schemaOf(a)), registered(database));
        assertEquals(schemaOf(a), schemaOf(b));

        // Same answers and ETags, the q search included (accent- and case-insensitive, aliases too).
        for (String path : List.of("/api/v1", "/api/v1/organizations?q=" + URLEncoder.encode("VILLA maraïni", StandardCharsets.UTF_8),
                "/api/v1/countries?q=" + URLEncoder.encode("cote d'ivoire", StandardCharsets.UTF_8), "/api/v1/side-events?sort=-attendance&size=3")) {
            HttpResponse<String> fromA = a.get(path);
            HttpResponse<String> fromB = b.get(path);
            assertEquals(200, fromA.statusCode(), path + ": " + fromA.body());
            assertEquals(fromA.body(), fromB.body(), path);
            assertNotNull(fromA.headers().firstValue("ETag").orElse(null), path);
            assertEquals(fromA.headers().firstValue("ETag"), fromB.headers().firstValue("ETag"), path);
        }
        assertTrue(a.json("/api/v1/organizations?q=villa%20maraini").get("meta").get("total").asInt() > 0);

        // A cursor issued by one replica continues on the other, where the first would have gone on.
        JsonNode first = a.json("/api/v1/countries?size=5&cursor=");
        String cursor = first.get("meta").get("nextCursor").asText();
        JsonNode onB = b.json("/api/v1/countries?size=5&cursor=" + cursor);
        JsonNode onA = a.json("/api/v1/countries?size=5&cursor=" + cursor);
        assertEquals(onA.get("data"), onB.get("data"));
        assertNotEquals(first.get("data").get(0).get("id"), onB.get("data").get(0).get("id"));
    }

    @Test
    void aReplicaKilledDuringALoadLeavesTheServedReleaseIntactAndTheNextStartFinishesIt() throws Exception {
        String database = newDatabase();
        Replica current = launch(database);
        awaitReady(current);
        String servedSchema = schemaOf(current);
        String index = current.get("/api/v1").body();
        String hosts = current.get("/api/v1/organizations/villa-maraini/side-events").body();

        // Release N+1: 100,000 more rows. Killed (SIGKILL) as soon as it starts loading them.
        Path next = LargeExportTest.LargeDataset.build();
        Replica killed = launch(database, "-Dodp.dataset.directory=" + next);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (!killed.log().contains("Loading release ")) {
            assertTrue(killed.process.isAlive(), "the replica stopped: " + killed.log());
            assertTrue(System.nanoTime() < deadline, "no load after 240 s: " + killed.log());
            Thread.sleep(20);
        }
        killed.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertFalse(killed.log().contains("Loaded release "), "the load finished before the kill: " + killed.log());

        assertEquals(List.of(servedSchema), registered(database), "a killed load was registered");
        assertEquals(index, current.get("/api/v1").body());
        assertEquals(hosts, current.get("/api/v1/organizations/villa-maraini/side-events").body());

        // The next start of N+1 loads it; replicas of N and N+1 then answer side by side, each from its own release.
        Replica rolledOut = launch(database, "-Dodp.dataset.directory=" + next);
        awaitReady(rolledOut);
        assertTrue(rolledOut.log().contains("Loaded release "), rolledOut.log());
        String newSchema = schemaOf(rolledOut);
        assertNotEquals(servedSchema, newSchema);
        assertEquals(List.of(servedSchema, newSchema).stream().sorted().toList(), registered(database));
        assertNotEquals(current.json("/api/v1").get("dataset").get("tag"), rolledOut.json("/api/v1").get("dataset").get("tag"));
        assertEquals(index, current.get("/api/v1").body());
        // A cursor of release N is refused by a replica of N+1 (400), not silently continued on other data.
        String cursor = current.json("/api/v1/countries?size=5&cursor=").get("meta").get("nextCursor").asText();
        assertEquals(400, rolledOut.get("/api/v1/countries?size=5&cursor=" + cursor).statusCode());
    }
}
