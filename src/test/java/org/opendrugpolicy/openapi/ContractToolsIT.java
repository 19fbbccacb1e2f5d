package org.opendrugpolicy.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opendrugpolicy.PackagedService;

/**
 * The committed contract as the npm tools pinned in src/contract-tools read it, against the packaged service: Prism 5.16
 * ({@code prism proxy}) in front of the jar validates every request and response that passes through it, and reports
 * what breaks the contract in an {@code sl-violations} header. Every operation executed with its examples must pass
 * with none. And the clients that openapi-generator makes from the committed contract (Java and TypeScript, generated in
 * the build's pre-integration-test phase into target/generated-clients) build, and call the service: a list, an item, a
 * sparse list and an error ({@code src/contract-tools/clients}). Spectral and Redocly lint the document in the same phase.
 */
class ContractToolsIT {
    static final Path TOOLS = Path.of("src", "contract-tools");
    private static PackagedService service;
    private static Process prism;
    private static int prismPort;

    @BeforeAll
    static void start() throws Exception {
        service = new PackagedService();
        prismPort = PackagedService.freePort();
        Path log = Files.createTempFile("odp-prism-", ".log");
        Path bin = TOOLS.resolve(Path.of("node_modules", ".bin", "prism"));
        assertTrue(Files.isExecutable(bin), bin + " is missing: the build installs it with npm ci in src/contract-tools");
        prism = new ProcessBuilder(bin.toString(), "proxy", OpenApiContract.DOCUMENT.toAbsolutePath().toString(), service.url(""),
                "--host", "127.0.0.1", "--port", String.valueOf(prismPort), "--errors=false")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        PackagedService.awaitStatus(prism, "http://127.0.0.1:" + prismPort + "/api/v1", 120, log);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (prism != null && prism.isAlive()) {
            prism.destroy();
            prism.waitFor(10, TimeUnit.SECONDS);
            prism.destroyForcibly();
        }
        if (service != null) {
            service.close();
        }
    }

    @Test
    void prismFindsNoViolationOverEveryOperationExecutedWithItsExamples() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<String> violations = new ArrayList<>();
        var requests = OperationExamplesTest.exampleRequests();
        for (var request : requests) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + prismPort + request.url()))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), request.url() + ": " + response.body());
            response.headers().firstValue("sl-violations").ifPresent(v -> violations.add(request.operationId() + " " + request.url() + ": " + v));
        }
        assertEquals(List.of(), violations);
        assertTrue(requests.size() >= 34, "operations: " + requests.size());
    }

    /** The proxy does report: a malformed request and a sparse answer pass through the same check. */
    @Test
    void prismReportsWhatBreaksTheContract() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        var bad = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + prismPort + "/api/v1/sessions?size=many")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(bad.headers().firstValue("sl-violations").orElse("").contains("size"), bad.headers().toString());
        var sparse = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + prismPort + "/api/v1/side-events?fields=title,session.name")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, sparse.statusCode());
        assertEquals("", sparse.headers().firstValue("sl-violations").orElse(""));
    }

    private static final Path CLIENTS = Path.of("target", "generated-clients");

    /** Runs a command to its end (at most 5 minutes) and returns its output; fails on a non-zero exit. */
    private static String run(List<String> command) throws Exception {
        Path log = Files.createTempFile("odp-client-", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = process.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = Files.readString(log);
        assertTrue(finished && process.exitValue() == 0, String.join(" ", command) + " failed:\n" + output);
        return output;
    }

    @Test
    void theGeneratedTypeScriptClientBuildsAndCallsTheService() throws Exception {
        assertTrue(Files.isDirectory(CLIENTS.resolve("typescript")), "the build generates it before the ITs");
        run(List.of(TOOLS.resolve(Path.of("node_modules", ".bin", "tsc")).toString(), "-p", TOOLS.resolve(Path.of("clients", "typescript", "tsconfig.json")).toString()));
        String output = run(List.of("node", CLIENTS.resolve(Path.of("typescript-check", "src", "contract-tools", "clients", "typescript", "check.js")).toString(),
                service.url("")));
        assertEquals(5, output.lines().filter(l -> l.startsWith("ok ")).count(), output);
    }

    @Test
    void theGeneratedJavaClientBuildsAndCallsTheService() throws Exception {
        Path sources = CLIENTS.resolve(Path.of("java", "src", "main", "java"));
        assertTrue(Files.isDirectory(sources), "the build generates it before the ITs");
        Path classes = CLIENTS.resolve("java-classes");
        Files.createDirectories(classes);
        List<String> arguments = new ArrayList<>(List.of("-nowarn", "-proc:none", "-d", classes.toString(), "-cp", System.getProperty("java.class.path")));
        try (var files = Files.walk(sources)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> arguments.add(f.toString()));
        }
        arguments.add(TOOLS.resolve(Path.of("clients", "java", "ClientCheck.java")).toString());
        var out = new java.io.ByteArrayOutputStream();
        int compiled = javax.tools.ToolProvider.getSystemJavaCompiler().run(null, out, out, arguments.toArray(String[]::new));
        assertEquals(0, compiled, out.toString());
        String output = run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                classes + java.io.File.pathSeparator + System.getProperty("java.class.path"), "ClientCheck", service.url("")));
        assertEquals(5, output.lines().filter(l -> l.startsWith("ok ")).count(), output);
    }
}
