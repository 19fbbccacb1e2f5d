package org.opendrugpolicy.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields a collection can be sorted by, and the parser for {@code sort=field,-field}. Every order
 * ends with the collection's id, so that pages never overlap or skip records that tie.
 */
public final class SortFields {
    /** The query parameter. */
    public static final String PARAMETER = "sort";
    private final Map<String, String> paths;
    private final String defaultSort;
    private final String idPath;

    private SortFields(Map<String, String> paths, String defaultSort, String idPath) {
        this.paths = paths;
        this.defaultSort = defaultSort;
        this.idPath = idPath;
    }

    /**
     * @param idPath      the query path of the id, the final tie-breaker
     * @param defaultSort the order when the request gives none, in the request syntax
     * @param nameAndPath pairs of the public field name and its query path
     */
    public static SortFields of(String idPath, String defaultSort, String... nameAndPath) {
        Map<String, String> paths = new LinkedHashMap<>();
        for (int i = 0; i < nameAndPath.length; i += 2) {
            paths.put(nameAndPath[i], nameAndPath[i + 1]);
        }
        return new SortFields(paths, defaultSort, idPath);
    }

    /** The query path of the collection's id, the final tie-breaker. */
    String idPath() {
        return idPath;
    }

    /**
     * The HQL order-by clause for a request's {@code sort} parameter, or null with its errors added to the request's
     * other parameter errors, so that one problem names them all.
     */
    String orderBy(ParameterErrors problems, String raw) {
        String requested = raw == null ? defaultSort : raw;
        List<String> terms = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>();
        List<String> errors = new ArrayList<>();
        if (requested.isBlank()) {
            errors.add("must name at least one field");
        }
        for (String token : requested.split(",", -1)) {
            String item = token.strip();
            boolean descending = item.startsWith("-");
            String name = descending ? item.substring(1) : item;
            String path = paths.get(name);
            if (path == null) {
                errors.add("unknown sort field '" + Text.quote(name) + "'; use " + String.join(", ", paths.keySet()) + ", each optionally prefixed with -");
            } else if (!used.add(path)) {
                errors.add("field '" + name + "' is given twice");
            } else {
                terms.add(path + (descending ? " desc" : " asc") + " nulls last");
            }
        }
        if (!errors.isEmpty()) {
            problems.add(PARAMETER, String.join("; ", errors));
            return null;
        }
        if (!used.contains(idPath)) {
            terms.add(idPath + " asc");
        }
        return " order by " + String.join(", ", terms);
    }
}
