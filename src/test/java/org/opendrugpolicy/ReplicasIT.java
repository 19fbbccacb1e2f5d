package org.opendrugpolicy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
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
 *
 * <p>Faults: the database restarted under load (every answer a 200 or a 503 problem with Retry-After, never a 500 or
 * a hang; readiness DOWN while it is away; answers again without restarting the replica), and a release schema that is
 * corrupt or not this build's refuses the start with a message that says what to do.
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

    /** A running replica: its process, its public and management ports, and its log. */
    record Replica(Process process, int port, int managementPort, Path logFile) {
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

        /** A GET on the management interface (health, readiness, metrics), which has a port of its own. */
        HttpResponse<String> manage(String path) throws IOException, InterruptedException {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + path)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        boolean ready() {
            try {
                return manage("/q/health/ready").statusCode() == 200;
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

    /** The address the replicas are published under (never contacted: the test calls each replica on its own port). */
    private static final String PUBLIC_BASE_URL = "https://api.example.org";

    private Replica launch(String database, String... properties) throws IOException {
        assertTrue(Files.exists(JAR), JAR + " is missing: run ./mvnw verify, which builds the PostgreSQL artifact before this test");
        int port = PackagedService.freePort();
        int managementPort = PackagedService.freePort();
        Path log = Files.createTempFile("odp-replica-", ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port,
                "-Dquarkus.management.host=127.0.0.1", "-Dquarkus.management.port=" + managementPort,
                // Replicas behind one load balancer publish one base URL, as docs/operations.md says to configure them:
                // their links, and so their bodies and ETags, are then the same whichever replica answers.
                "-Dodp.public-base-url=" + PUBLIC_BASE_URL,
                "-Dquarkus.datasource.jdbc.url=" + server.jdbcUrl(database), "-Dquarkus.datasource.username=" + PostgresServer.USER));
        command.addAll(List.of(properties));
        command.addAll(List.of("-jar", JAR.toString()));
        Replica replica = new Replica(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start(), port,
                managementPort, log);
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
        JsonNode ready = JSON.readTree(replica.manage("/q/health/ready").body());
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
    void aSecondStartOnTheLoadedDatabaseReadsNoFileRendersNoExportAndAnswersTheSameBytes() throws Exception {
        String database = newDatabase();
        Replica first = launch(database, "-Dodp.exports.directory=" + Files.createTempDirectory("odp-exports-first"));
        awaitReady(first);
        assertTrue(first.log().contains("Read and checked release "), first.log());
        assertTrue(first.log().contains("Rendered "), first.log());

        // Its own export directory, empty: whatever it serves comes from the database, not from the first replica's disk.
        Path exports = Files.createTempDirectory("odp-exports-second");
        Replica second = launch(database, "-Dodp.exports.directory=" + exports);
        awaitReady(second);
        String log = second.log();
        assertTrue(log.contains("is in the database: its files were hashed"), log);
        assertFalse(log.contains("Read and checked release "), "the second start read the release's files: " + log);
        assertFalse(log.contains("Loading release "), log);
        assertFalse(log.contains("Rendered "), log);
        assertEquals(schemaOf(first), schemaOf(second));

        String since = first.json("/api/v1/releases").get("data").get(0).get("version").asText();
        for (String path : List.of("/api/v1", "/api/v1/exports", "/api/v1/releases", "/api/v1/changes?since=" + since,
                "/api/v1/changes?since=2000-01-01&table=side_events", "/api/v1/organizations?q=villa%20maraini",
                "/api/v1/exports/side_event_hosts.csv", "/api/v1/exports/side_event_hosts.ndjson", "/api/v1/exports/resolutions.json",
                "/api/v1/exports/dataset.zip")) {
            HttpResponse<byte[]> fromFirst = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + first.port() + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            HttpResponse<byte[]> fromSecond = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + second.port() + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, fromFirst.statusCode(), path);
            assertEquals(200, fromSecond.statusCode(), path);
            assertTrue(java.util.Arrays.equals(fromFirst.body(), fromSecond.body()), path + ": the replicas answer different bytes");
            assertNotNull(fromFirst.headers().firstValue("ETag").orElse(null), path);
            assertEquals(fromFirst.headers().firstValue("ETag"), fromSecond.headers().firstValue("ETag"), path);
        }
        // The exports came from the database, each copied once to the second replica's disk and named by its hash.
        String after = second.log();
        assertTrue(after.contains("Copied from the database export side_event_hosts.ndjson"), after);
        assertFalse(after.contains("Rendered again"), after);
        String release = first.json("/api/v1").get("dataset").get("sha256").asText();
        JsonNode ndjson = null;
        for (JsonNode item : second.json("/api/v1/exports").get("exports")) {
            if (item.get("file").asText().equals("side_event_hosts.ndjson")) {
                ndjson = item;
            }
        }
        assertNotNull(ndjson);
        assertTrue(Files.exists(exports.resolve(release).resolve(ndjson.get("sha256").asText() + "-side_event_hosts.ndjson")), ndjson.toString());
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

    /** One answer seen under load: its status, Retry-After, problem type (for a 503) and how long it took. */
    record Answer(int status, String retryAfter, String type, long millis) {}

    @Test
    void theDatabaseRestartedUnderLoadAnswers503WithRetryAfterAndTheReplicaRecoversByItself() throws Exception {
        String database = newDatabase();
        Replica replica = launch(database, "-Dodp.rate-limit.enabled=false");
        awaitReady(replica);
        long pid = replica.process.pid();

        // Four clients, each request a search no cache has seen, so every one reads the database.
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger sequence = new AtomicInteger();
        ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        for (int c = 0; c < 4; c++) {
            clients.submit(() -> {
                while (running.get()) {
                    long began = System.nanoTime();
                    try {
                        HttpResponse<String> r = replica.get("/api/v1/organizations?q=zz" + sequence.incrementAndGet());
                        String type = r.statusCode() == 503 ? JSON.readTree(r.body()).path("type").asText() : null;
                        answers.add(new Answer(r.statusCode(), r.headers().firstValue("Retry-After").orElse(null), type,
                                (System.nanoTime() - began) / 1_000_000));
                        statuses.merge(r.statusCode(), 1, Integer::sum);
                    } catch (IOException e) {
                        answers.add(new Answer(-1, null, e.toString(), (System.nanoTime() - began) / 1_000_000));
                    }
                    Thread.sleep(20);
                }
                return null;
            });
        }
        try {
            Thread.sleep(1_000);
            server.stop();
            // While it is away: readiness DOWN (the datasource's own check), answers 503 with Retry-After.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            HttpResponse<String> readiness;
            while ((readiness = replica.manage("/q/health/ready")).statusCode() != 503) {
                assertTrue(System.nanoTime() < deadline, "readiness still " + readiness.statusCode() + " with the database stopped: " + readiness.body());
                Thread.sleep(200);
            }
            assertTrue(readiness.body().contains("\"DOWN\""), readiness.body());
            deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!statuses.containsKey(503)) {
                assertTrue(System.nanoTime() < deadline, "no 503 with the database stopped: " + statuses);
                Thread.sleep(100);
            }
            HttpResponse<String> away = replica.get("/api/v1/countries?q=yy" + sequence.incrementAndGet());
            assertEquals(503, away.statusCode(), away.body());
            assertEquals("application/problem+json", away.headers().firstValue("Content-Type").orElse(""));
            assertTrue(away.body().contains("database-unavailable"), away.body());
            assertTrue(Integer.parseInt(away.headers().firstValue("Retry-After").orElseThrow()) > 0);

            server.launch();
            // Back: the same process answers again and is ready, with no restart.
            deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!replica.ready() || replica.get("/api/v1/organizations?q=villa").statusCode() != 200) {
                assertTrue(System.nanoTime() < deadline, "no recovery 60 s after the database came back: " + replica.log());
                Thread.sleep(200);
            }
            int before = answers.size();
            Thread.sleep(1_000);
            assertTrue(answers.size() > before, "the clients stopped getting answers");
        } finally {
            running.set(false);
            clients.shutdown();
            assertTrue(clients.awaitTermination(60, TimeUnit.SECONDS), "a client hung");
        }
        assertTrue(replica.process.isAlive());
        assertEquals(pid, replica.process.pid());
        assertEquals(200, replica.get("/api/v1/organizations?q=villa%20maraini").statusCode());

        List<Answer> bad = answers.stream().filter(a -> a.status() != 200 && !(a.status() == 503 && a.retryAfter() != null
                && (a.type().endsWith("/database-unavailable") || a.type().endsWith("/request-timeout")))).toList();
        assertEquals(List.of(), bad, "answers other than 200 and 503 problems with Retry-After; all: " + statuses);
        long slowest = answers.stream().mapToLong(Answer::millis).max().orElse(0);
        assertTrue(slowest < 15_000, "an answer took " + slowest + " ms: " + statuses);
        // The last answers are 200s again.
        List<Answer> all = new ArrayList<>(answers);
        assertEquals(200, all.get(all.size() - 1).status(), "last answers: " + all.subList(Math.max(0, all.size() - 10), all.size()));
    }

    @Test
    void aReleaseSchemaThatIsNotThisBuildsOrIsCorruptRefusesTheStart() throws Exception {
        String database = newDatabase();
        Replica first = launch(database);
        awaitReady(first);
        String schema = schemaOf(first);
        first.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        // Foreign: the schema's migration history is not this build's.
        execute(database, "UPDATE \"" + schema + "\".flyway_schema_history SET checksum = checksum + 1 WHERE version = '1'");
        Replica foreign = launch(database);
        assertRefused(foreign, "does not match this build's migrations");

        // Corrupt: a table the release was loaded with is gone.
        execute(database, "UPDATE \"" + schema + "\".flyway_schema_history SET checksum = checksum - 1 WHERE version = '1'");
        execute(database, "DROP TABLE \"" + schema + "\".votes CASCADE");
        Replica corrupt = launch(database);
        assertRefused(corrupt, "these tables are missing: votes");

        // A table of the registry's name that is not the service's.
        String other = newDatabase();
        execute(other, "CREATE TABLE public.odp_releases (id INTEGER PRIMARY KEY)");
        Replica squatted = launch(other);
        assertRefused(squatted, "is not this service's registry of releases");
    }

    private static void execute(String database, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(database), PostgresServer.USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The replica stops on its own, unready, with a non-zero status and the message in its log. */
    private static void assertRefused(Replica replica, String message) throws Exception {
        assertTrue(replica.process.waitFor(240, TimeUnit.SECONDS), "still running: " + replica.log());
        assertNotEquals(0, replica.process.exitValue(), replica.log());
        assertTrue(replica.log().contains(message), "no \"" + message + "\" in the log: " + replica.log());
    }
}
