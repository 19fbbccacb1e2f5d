package org.opendrugpolicy;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.opendrugpolicy.dataset.DatasetError;
import org.opendrugpolicy.dataset.DatasetFiles;
import org.opendrugpolicy.dataset.DatasetReader;
import org.opendrugpolicy.dataset.InvalidDatasetException;
import org.opendrugpolicy.dataset.ValidatedDataset;

/**
 * Starts the service ({@code java -jar} runs this). It exists for one setting that Quarkus reads from a JVM system
 * property only, once, before any configuration is loaded: {@code vertx.disableURIValidation}. Set here, Quarkus
 * leaves the request-target check to {@code api.TransportProblems}, which makes the same check but answers with
 * problem details instead of an empty 400. An explicit {@code -Dvertx.disableURIValidation=...} is respected.
 *
 * <p>{@code java -jar quarkus-run.jar validate [DIR]} validates a data directory (default {@code data}) without
 * starting the service: the same checks as the loader at start-up ({@link DatasetReader}), every defect printed as
 * {@code file:line:column: field: [rule] message}, exit code 0 when the dataset is valid, 1 when it has defects and 2
 * when the directory does not exist. {@code src/tools/validate-data.sh} wraps it for curators.
 */
@QuarkusMain
public class Main {
    public static void main(String... args) {
        if (args.length > 0 && args[0].equals("validate")) {
            int status = validate(args.length > 1 ? Path.of(args[1]) : Path.of("data"), System.out, System.err);
            System.exit(status);
            return;
        }
        if (System.getProperty("vertx.disableURIValidation") == null) {
            System.setProperty("vertx.disableURIValidation", "true");
        }
        Quarkus.run(args);
    }

    /**
     * Validates the dataset in {@code directory}; prints what it read to {@code out} and every defect to {@code err}.
     *
     * @return 0 valid, 1 defects found, 2 no such directory
     */
    static int validate(Path directory, PrintStream out, PrintStream err) {
        if (!Files.isDirectory(directory)) {
            err.println(directory + ": no such directory");
            return 2;
        }
        try {
            ValidatedDataset dataset = DatasetReader.read(DatasetFiles.directory(directory));
            out.println(directory + ": valid, release " + dataset.version().tag());
            dataset.tables().forEach((name, table) -> out.println("  " + name + ": " + table.rows().size() + " rows"));
            return 0;
        } catch (InvalidDatasetException e) {
            for (DatasetError error : e.errors()) {
                err.println(error);
            }
            err.println(directory + ": " + e.errors().size() + (e.errors().size() == 1 ? " defect" : " defects") + "; the service would refuse to start");
            return 1;
        }
    }
}
