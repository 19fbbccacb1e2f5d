package org.opendrugpolicy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes example (docs/deploy/kubernetes/odp-api.yaml) agrees with the service's own configuration: no cluster
 * runs here, so this is the check that its ports and probe paths are the ones the service listens on.
 */
class KubernetesManifestsTest {
    private static final Path MANIFESTS = Path.of("docs", "deploy", "kubernetes", "odp-api.yaml");
    /** Quarkus's defaults for the keys application.properties leaves unset. */
    private static final int DEFAULT_HTTP_PORT = 8080;
    private static final String HEALTH_ROOT = "/q/health";

    private static Map<String, JsonNode> byKind() throws IOException {
        Map<String, JsonNode> documents = new HashMap<>();
        try (MappingIterator<JsonNode> it = new YAMLMapper().readerFor(JsonNode.class).readValues(MANIFESTS.toFile())) {
            for (JsonNode document : it.readAll()) {
                documents.put(document.get("kind").asText(), document);
            }
        }
        return documents;
    }

    private static Properties applicationProperties() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src", "main", "resources", "application.properties"))) {
            properties.load(reader);
        }
        return properties;
    }

    private static int port(JsonNode container, String name) {
        for (JsonNode port : container.get("ports")) {
            if (port.get("name").asText().equals(name)) {
                return port.get("containerPort").asInt();
            }
        }
        throw new AssertionError("no port named " + name + " in " + container.get("ports"));
    }

    private static Map<String, String> env(JsonNode container) {
        Map<String, String> env = new HashMap<>();
        container.get("env").forEach(e -> env.put(e.get("name").asText(), e.has("value") ? e.get("value").asText() : null));
        return env;
    }

    @Test
    void theContainerListensWhereTheServiceDoesAndProbesItsManagementPort() throws IOException {
        Properties config = applicationProperties();
        JsonNode deployment = byKind().get("Deployment");
        assertNotNull(deployment, "a Deployment");
        JsonNode container = deployment.at("/spec/template/spec/containers/0");

        int http = Integer.parseInt(config.getProperty("quarkus.http.port", String.valueOf(DEFAULT_HTTP_PORT)));
        int management = Integer.parseInt(config.getProperty("quarkus.management.port"));
        assertEquals("true", config.getProperty("quarkus.management.enabled"));
        assertEquals(http, port(container, "http"));
        assertEquals(management, port(container, "management"));

        assertEquals(HEALTH_ROOT + "/ready", container.at("/readinessProbe/httpGet/path").asText());
        assertEquals(HEALTH_ROOT + "/live", container.at("/livenessProbe/httpGet/path").asText());
        for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
            assertEquals("management", container.at("/" + probe + "/httpGet/port").asText(), probe + " probes the management port");
        }
    }

    @Test
    void replicasShareOneDatabaseLeaveLimitingToTheGatewayAndPublishOneAddress() throws IOException {
        JsonNode container = byKind().get("Deployment").at("/spec/template/spec/containers/0");
        Map<String, String> env = env(container);

        assertEquals("false", env.get("ODP_RATE_LIMIT_ENABLED"));
        assertTrue(env.get("QUARKUS_DATASOURCE_JDBC_URL").startsWith("jdbc:postgresql://"), env.toString());
        assertTrue(env.get("QUARKUS_DATASOURCE_JDBC_URL").contains("socketTimeout="), "a hung query frees its worker");
        assertTrue(env.get("ODP_PUBLIC_BASE_URL").startsWith("https://"), env.toString());
        assertTrue(env.containsKey("QUARKUS_DATASOURCE_PASSWORD"), "the password, from the Secret");
        assertEquals("odp-database", container.at("/env").findValue("secretKeyRef").get("name").asText());
        assertEquals(container.at("/volumeMounts/0/mountPath").asText(), env.get("ODP_EXPORTS_DIRECTORY"));
        assertTrue(byKind().get("Deployment").at("/spec/replicas").asInt() >= 2);
    }

    @Test
    void theServiceRoutesOnlyThePublicPort() throws IOException {
        JsonNode service = byKind().get("Service");
        JsonNode ports = service.at("/spec/ports");
        assertEquals(1, ports.size(), "health and metrics stay off the Service: " + ports);
        assertEquals("http", ports.get(0).get("targetPort").asText());
        assertEquals(byKind().get("Deployment").at("/spec/selector/matchLabels"), service.at("/spec/selector"));
    }
}
