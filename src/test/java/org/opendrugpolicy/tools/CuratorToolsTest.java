package org.opendrugpolicy.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The curators' release tools (src/tools/*.py, Python's standard library) pass their own tests, src/tools/test_*.py,
 * which build throwaway git repositories with releases: run here so that the README's test command covers them.
 */
class CuratorToolsTest {

    @Test
    void theReleaseToolsPassTheirTests() throws IOException, InterruptedException {
        // -B: no __pycache__ left in src/tools
        Process unittest = new ProcessBuilder("python3", "-B", "-m", "unittest", "discover", "-s", "src/tools", "-p", "test_*.py")
                .redirectErrorStream(true).start();
        assertTrue(unittest.waitFor(120, TimeUnit.SECONDS), "the tool tests did not finish within 2 minutes");
        String output = new String(unittest.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, unittest.exitValue(), output);
        assertTrue(output.contains("\nOK"), output);
    }
}
