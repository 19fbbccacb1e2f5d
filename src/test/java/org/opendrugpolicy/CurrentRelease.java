package org.opendrugpolicy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The release that data/ holds (its datapackage.json's version), for tests in which the current release's version is
 * only a part of what they check (a file name, the index's dataset.version): they need no edit when a curator publishes
 * the next release. Tests of the releases' history name their versions.
 */
public final class CurrentRelease {
    /** The version, e.g. 2026.11.30. */
    public static final String VERSION = read();

    private CurrentRelease() {}

    private static String read() {
        try {
            return new ObjectMapper().readTree(Path.of("data", "datapackage.json").toFile()).get("version").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
