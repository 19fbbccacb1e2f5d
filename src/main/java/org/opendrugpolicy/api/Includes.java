package org.opendrugpolicy.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * {@code include=}: the names are checked against the operation's {@link Include} declaration before it runs, and the
 * related records of its answer are found, each once, by kind ({@link Answers} embeds them under {@code included}).
 */
@Singleton
class Includes {
    static final String PARAMETER = "include";

    private final Map<String, IncludedRecords> kinds;

    Includes(Instance<IncludedRecords> providers) {
        this.kinds = providers.stream().collect(Collectors.toMap(IncludedRecords::kind, p -> p));
    }

    /** The declared entries ({@code name:path:kind}, split) the request names; an unknown name is added to the errors. */
    List<String[]> requested(ParameterErrors errors, String raw, Include include) {
        if (raw == null || include == null) {
            // not given, or the operation takes no include= (Answers passes none: UnknownParameterGuard names it as unknown)
            return List.of();
        }
        Map<String, String[]> allowed = declared(include);
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
            errors.add(PARAMETER, "unknown " + String.join(", ", unknown) + "; use " + String.join(", ", new TreeMap<>(allowed).keySet()));
            return List.of();
        }
        return names.stream().map(allowed::get).toList();
    }

    /** The records that the references in {@code records} (one record's JSON tree, or an array of them) point to, by kind. */
    Map<String, List<Object>> find(JsonNode records, List<String[]> requested) {
        Map<String, Set<String>> ids = new TreeMap<>();
        for (String[] spec : requested) {
            collect(records, spec[1].split("\\."), 0, spec[2], ids);
        }
        Map<String, List<Object>> included = new LinkedHashMap<>();
        ids.forEach((kind, keys) -> included.put(kind, new ArrayList<>(kinds.get(kind).find(keys))));
        return included;
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
        for (String entry : include.value()) {
            String[] spec = Include.Entry.parts(entry);
            names.put(spec[0], spec);
        }
        return names;
    }
}
