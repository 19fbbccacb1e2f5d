package org.opendrugpolicy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate} mode: checks a data directory without starting the service, as a curator runs it. */
class MainValidateTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int validate(Path dir) {
        return Main.validate(dir, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void theBundledDataIsValid() {
        assertEquals(0, validate(Path.of("data")), () -> err.toString(StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("valid, release " + CurrentRelease.VERSION + "+"), printed);
        assertTrue(printed.contains("scheduling_decisions: 84 rows"), printed);
    }

    @Test
    void everyDefectIsPrintedWithFileLineColumnAndRule(@TempDir Path copy) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("data"))) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        Path sessions = copy.resolve("sessions.csv");
        String text = Files.readString(sessions).replace("cnd-60,60,2017,", "cnd-60,60,twenty-seventeen,").replace(",NOR,1700,", ",XXX,1700,");
        Files.writeString(sessions, text);
        assertEquals(1, validate(copy));
        String printed = err.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("sessions.csv:2:3: year: [type] expected an integer, got 'twenty-seventeen'"), printed);
        assertTrue(printed.contains("sessions.csv:2:11: chair_country_iso3: [foreign-key] 'XXX' matches no iso3 in countries.csv"), printed);
        assertTrue(printed.contains("2 defects; the service would refuse to start"), printed);
    }

    @Test
    void aMissingDirectoryIsExitCodeTwo(@TempDir Path tmp) {
        assertEquals(2, validate(tmp.resolve("nowhere")));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no such directory"));
    }
}
