package org.opendrugpolicy.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * {@code include=}: checks the names against the operation's {@link Include} declaration before it
 * runs, then embeds the related records of the answer in full under {@code included}, grouped by kind,
 * each once. Runs before SparseFieldsets, so fields= cannot hide the references it follows.
 */
class Includes {
    private static final String REQUESTED = Includes.class.getName();

    private final Map<String, IncludedRecords> kinds;
    private final ObjectMapper json;

    Includes(Instance<IncludedRecords> providers, ObjectMapper json) {
        this.kinds = providers.stream().collect(Collectors.toMap(IncludedRecords::kind, p -> p));
        this.json = json;
    }

    @ServerRequestFilter
    void check(ContainerRequestContext request, ResourceInfo resource) {
        String raw = request.getUriInfo().getQueryParameters().getFirst("include");
        if (raw == null || resource.getResourceMethod() == null) {
            return;
        }
        Map<String, String[]> allowed = declared(resource.getResourceMethod().getAnnotation(Include.class));
        List<String> unknown = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (String name : raw.split(",", -1)) {
            String trimmed = name.strip();
            if (!allowed.containsKey(trimmed)) {
                unknown.add("'" + Text.quote(trimmed) + "'");
            }
            names.add(trimmed);
        }
        if (!unknown.isEmpty()) {
            throw ProblemException.invalidParameter("include", "unknown " + String.join(", ", unknown)
                    + (allowed.isEmpty() ? "; this operation includes nothing" : "; use " + String.join(", ", new TreeMap<>(allowed).keySet())));
        }
        request.setProperty(REQUESTED, names.stream().map(allowed::get).toList());
    }

    @ServerResponseFilter(priority = Priorities.USER)
    @SuppressWarnings("unchecked")
    void embed(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(REQUESTED) instanceof List<?> requested) || response.getStatus() != 200 || response.getEntity() == null) {
            return;
        }
        Object entity = response.getEntity();
        List<?> records = entity instanceof ListPage<?> page ? page.data() : List.of(entity);
        Map<String, Set<String>> ids = new TreeMap<>();
        for (Object record : records) {
            JsonNode tree = json.valueToTree(record);
            for (Object entry : requested) {
                String[] spec = (String[]) entry;
                collect(tree, spec[1].split("\\."), 0, spec[2], ids);
            }
        }
        Map<String, List<Object>> included = new LinkedHashMap<>();
        ids.forEach((kind, keys) -> included.put(kind, new ArrayList<>(kinds.get(kind).find(keys))));
        if (entity instanceof ListPage<?> page) {
            response.setEntity(page.withIncluded(included));
        } else {
            ObjectNode tree = json.valueToTree(entity);
            tree.set("included", json.valueToTree(included));
            response.setEntity(tree);
        }
    }

    /** Walks the path through objects and lists, adding every reference found under its kind. */
    private static void collect(JsonNode node, String[] path, int step, String kind, Map<String, Set<String>> ids) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (node.isArray()) {
            node.forEach(element -> collect(element, path, step, kind, ids));
            return;
        }
        if (step < path.length) {
            collect(node.get(path[step]), path, step + 1, kind, ids);
            return;
        }
        if ("party".equals(kind)) {
            String partyKind = node.path("kind").asText();
            ids.computeIfAbsent("country".equals(partyKind) ? "countries" : "organizations", k -> new LinkedHashSet<>()).add(node.path("id").asText());
        } else {
            ids.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(node.isObject() ? node.path("id").asText() : node.asText());
        }
    }

    private static Map<String, String[]> declared(Include include) {
        Map<String, String[]> names = new LinkedHashMap<>();
        if (include != null) {
            for (String entry : include.value()) {
                String[] spec = entry.split(":");
                names.put(spec[0], spec);
            }
        }
        return names;
    }
}
