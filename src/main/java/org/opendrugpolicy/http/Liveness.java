package org.opendrugpolicy.http;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Live as long as the process answers HTTP: unlike readiness, it does not depend on the dataset, so an
 * orchestrator restarts a hung process but waits for a slow load.
 */
@org.eclipse.microprofile.health.Liveness
@ApplicationScoped
class Liveness implements HealthCheck {
    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.up("http");
    }
}
