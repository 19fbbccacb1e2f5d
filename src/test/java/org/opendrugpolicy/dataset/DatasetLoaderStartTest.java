package org.opendrugpolicy.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Start-up on a broken data directory fails before the database is touched, and readiness stays down:
 * the start-up observer throws, which makes Quarkus abort the start. (A failed start is hard to assert in
 * a @QuarkusTest, so the loader is driven directly, with no database: it must not get that far.)
 */
class DatasetLoaderStartTest {
    @TempDir
    Path dir;

    @Test
    void brokenDirectoryStopsTheStartAndStaysNotReady() throws Exception {
        Files.writeString(dir.resolve("datapackage.json"), "{ not json");
        DatasetLoader loader = new DatasetLoader(() -> Optional.of(dir), null, null);

        InvalidDatasetException e = assertThrows(InvalidDatasetException.class, () -> loader.onStart(null));

        assertTrue(e.getMessage().contains("datapackage.json"), e.getMessage());
        assertFalse(loader.isLoaded());
        assertEquals("DOWN", new DatasetReadiness(loader).call().getStatus().name());
    }
}
