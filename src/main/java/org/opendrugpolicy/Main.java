package org.opendrugpolicy;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the service ({@code java -jar} runs this). It exists for one setting that Quarkus reads from a JVM system
 * property only, once, before any configuration is loaded: {@code vertx.disableURIValidation}. Set here, Quarkus
 * leaves the request-target check to {@code api.TransportProblems}, which makes the same check but answers with
 * problem details instead of an empty 400. An explicit {@code -Dvertx.disableURIValidation=...} is respected.
 */
@QuarkusMain
public class Main {
    public static void main(String... args) {
        if (System.getProperty("vertx.disableURIValidation") == null) {
            System.setProperty("vertx.disableURIValidation", "true");
        }
        Quarkus.run(args);
    }
}
