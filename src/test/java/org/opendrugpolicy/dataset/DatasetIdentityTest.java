package org.opendrugpolicy.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A replica decides whether to load from the release's identity alone (hashing the files, parsing none of the CSV):
 * that identity must be exactly the one the full read computes and the release registry holds, or a replica would load
 * a release twice, or serve another one's schema.
 */
class DatasetIdentityTest {
    @TempDir
    Path dir;

    @BeforeEach
    void copyData() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("data"))) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
    }

    @Test
    void theIdentityIsTheVersionTheFullReadComputes() {
        DatasetReader.Identity identity = DatasetReader.identify(DatasetFiles.directory(dir));

        assertEquals(DatasetReader.read(DatasetFiles.directory(dir)).version(), identity.version());
        assertEquals(identity.dataPackage().resources().size(), DatasetReader.read(DatasetFiles.directory(dir)).tables().size());
    }

    @Test
    void oneMoreByteInATableIsAnotherRelease() throws IOException {
        DatasetVersion before = DatasetReader.identify(DatasetFiles.directory(dir)).version();
        Files.writeString(dir.resolve("topics.csv"), " ", StandardOpenOption.APPEND);

        DatasetVersion after = DatasetReader.identify(DatasetFiles.directory(dir)).version();

        assertEquals(before.version(), after.version());
        assertNotEquals(before.sha256(), after.sha256());
        assertNotEquals(before.tag(), after.tag());
    }

    @Test
    void aMissingFileOrABrokenDescriptorHasNoIdentityAndLeavesTheReaderToSayWhy() throws IOException {
        Files.delete(dir.resolve("topics.csv"));
        assertNull(DatasetReader.identify(DatasetFiles.directory(dir)));

        Files.writeString(dir.resolve("datapackage.json"), "{ not json");
        assertNull(DatasetReader.identify(DatasetFiles.directory(dir)));
    }
}
