package org.opendrugpolicy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A private PostgreSQL server for the tests: Debian's binaries (the {@code postgresql} package; {@code .ci/run} installs
 * it when missing), a cluster made with initdb in a temporary directory, listening on a free port of 127.0.0.1 only,
 * as a user who is not root (initdb and postgres refuse root: as root the commands run as {@code postgres} through
 * runuser). Durability is off (fsync, synchronous commit, full-page writes): the data lives as long as the test run.
 *
 * <p>The server is a child of a small shell that also watches this JVM: if the JVM dies without stopping it (a killed
 * build), the server stops within a second instead of outliving the build.
 */
public final class PostgresServer implements AutoCloseable {
    public static final String USER = "odp";
    private static PostgresServer shared;

    private final Path bin;
    private final Path dir;
    private final boolean asPostgres;
    private final int port;
    private Process process;

    private PostgresServer(Path bin, Path dir, boolean asPostgres, int port) {
        this.bin = bin;
        this.dir = dir;
        this.asPostgres = asPostgres;
        this.port = port;
    }

    /** One server for the whole test JVM, started on first use and stopped when the JVM exits. */
    public static synchronized PostgresServer shared() {
        if (shared == null) {
            try {
                shared = start();
            } catch (IOException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    /** A new cluster with a database named {@value #USER}, owned by the superuser {@value #USER}. */
    public static PostgresServer start() throws IOException {
        Path bin = binaries();
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory("odp-postgres-");
        if (root) {
            UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
            Files.setOwner(dir, users.lookupPrincipalByName("postgres"));
        }
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        PostgresServer server = new PostgresServer(bin, dir, root, port);
        server.run(List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", USER, "-A", "trust",
                "-E", "UTF8", "--locale=C", "--no-sync"));
        server.launch();
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl("postgres"), USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + USER);
        } catch (SQLException e) {
            throw new IOException("Could not create the test database: " + e.getMessage(), e);
        }
        return server;
    }

    /** The newest Debian PostgreSQL (/usr/lib/postgresql/N/bin), or ODP_POSTGRES_BIN. */
    static Path binaries() {
        String configured = System.getenv("ODP_POSTGRES_BIN");
        if (configured != null) {
            return Path.of(configured);
        }
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparingInt(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0"))))
                    .orElseThrow();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("PostgreSQL is not installed: the tests start a private server from Debian's binaries"
                    + " (apt-get install -y postgresql; .ci/run does it), or set ODP_POSTGRES_BIN to a directory with initdb and postgres");
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Starts the server (again, after {@link #stop()}), and waits until it accepts connections. */
    public synchronized void launch() throws IOException {
        long jvm = ProcessHandle.current().pid();
        String postgres = bin.resolve("postgres") + " -D " + dir.resolve("data") + " -p " + port + " -k " + dir
                + " -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
                + " -c shared_buffers=32MB -c max_connections=200";
        // The server outlives neither this shell's stop signal nor the JVM.
        String script = postgres + " > " + dir.resolve("server.log") + " 2>&1 & pg=$!; trap 'kill -INT $pg; wait $pg; exit' TERM;"
                + " while [ -d /proc/" + jvm + " ] && kill -0 $pg 2>/dev/null; do sleep 1 & wait $!; done; kill -INT $pg 2>/dev/null; wait $pg";
        process = new ProcessBuilder(command(List.of("sh", "-c", script))).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            try (Connection ignored = DriverManager.getConnection(jdbcUrl("postgres"), USER, "")) {
                return;
            } catch (SQLException e) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IOException("PostgreSQL did not start: " + log(), e);
                }
                sleep(100);
            }
        }
    }

    /** Stops the server (fast shutdown: clients are disconnected), keeping its data for {@link #launch()}. */
    public synchronized void stop() {
        if (process != null && process.isAlive()) {
            process.destroy(); // SIGTERM to the shell, which stops the server and waits for it
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public synchronized void close() {
        stop();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory; nothing to do
        }
    }

    public String log() {
        try {
            return Files.readString(dir.resolve("server.log"));
        } catch (IOException e) {
            return "(no server log)";
        }
    }

    private List<String> command(List<String> command) {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        return full;
    }

    private void run(List<String> command) throws IOException {
        Path log = dir.resolve("initdb.log");
        Process p = new ProcessBuilder(command(command)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + Files.readString(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
