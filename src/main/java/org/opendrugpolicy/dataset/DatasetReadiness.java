package org.opendrugpolicy.dataset;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only once the whole dataset is loaded; reports its version, the database schema that holds it, and row counts. */
@Readiness
@ApplicationScoped
class DatasetReadiness implements HealthCheck {
    private final DatasetLoader loader;

    DatasetReadiness(DatasetLoader loader) {
        this.loader = loader;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("dataset");
        if (!loader.isLoaded()) {
            return response.down().withData("status", "not loaded").build();
        }
        response.up().withData("version", loader.version().tag()).withData("schema", loader.schema());
        loader.rowCounts().forEach((table, rows) -> response.withData(table, rows.longValue()));
        return response.build();
    }
}
