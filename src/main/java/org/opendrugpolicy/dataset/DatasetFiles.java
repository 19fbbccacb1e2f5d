package org.opendrugpolicy.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Where the dataset's files are read from: a directory, or the copy bundled in the application. */
public interface DatasetFiles {
    /** The file's bytes; {@link NoSuchFileException} when it is missing. */
    byte[] read(String name) throws IOException;

    /** Opens the file for streaming; {@link NoSuchFileException} when it is missing. */
    InputStream open(String name) throws IOException;

    /** Where the files are, for messages. */
    String describe();

    static DatasetFiles directory(Path dir) {
        return new DatasetFiles() {
            @Override
            public byte[] read(String name) throws IOException {
                return Files.readAllBytes(dir.resolve(name));
            }

            @Override
            public InputStream open(String name) throws IOException {
                return Files.newInputStream(dir.resolve(name));
            }

            @Override
            public String describe() {
                return dir.toAbsolutePath().toString();
            }
        };
    }

    static DatasetFiles classpath(String folder) {
        return new DatasetFiles() {
            @Override
            public byte[] read(String name) throws IOException {
                try (InputStream in = open(name)) {
                    return in.readAllBytes();
                }
            }

            @Override
            public InputStream open(String name) throws IOException {
                InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(folder + "/" + name);
                if (in == null) {
                    throw new NoSuchFileException(folder + "/" + name);
                }
                return in;
            }

            @Override
            public String describe() {
                return "the bundled dataset (classpath:" + folder + ")";
            }
        };
    }
}
