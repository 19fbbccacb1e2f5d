package org.opendrugpolicy.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code fields=id,title,session.id} on every list: each record keeps only the listed properties, and its id. Paths are
 * checked before the operation runs against the JSON properties of its record type (its components, and nested records'
 * components), and {@link Answers} prunes the answer's JSON tree afterwards, so no resource or view knows about it.
 */
public final class SparseFieldsets {
    public static final String PARAMETER = "fields";

    private SparseFieldsets() {}

    /** The requested paths as a tree, or null for every field; unknown paths are added to the errors. */
    static Map<String, Object> paths(ParameterErrors errors, String raw, Method operation) {
        Class<?> record = raw == null ? null : recordOf(Lists.bodyType(operation));
        if (record == null) {
            return null; // UnknownParameterGuard has already refused fields where the operation does not declare it
        }
        List<String> paths = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String item : raw.split(",", -1)) {
            String path = item.strip();
            if (path.isEmpty()) {
                continue;
            }
            (resolves(record, path) ? paths : unknown).add(path);
        }
        if (!unknown.isEmpty()) {
            errors.add(PARAMETER, "unknown field" + (unknown.size() > 1 ? "s " : " ")
                    + String.join(", ", unknown.stream().map(Text::quote).toList()) + "; the records have " + String.join(", ", names(record)));
            return null;
        }
        if (paths.isEmpty()) {
            errors.add(PARAMETER, "must name at least one field, e.g. fields=id");
            return null;
        }
        return tree(paths);
    }

    /**
     * The record type a list operation returns, or null: the T of a {@code ListPage<T>}, or the element of the
     * {@code data} list of a page of its own (votes and changes carry more in meta).
     */
    private static Class<?> recordOf(Type returned) {
        if (returned instanceof ParameterizedType type && type.getRawType() == ListPage.class
                && type.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()) {
            return element;
        }
        if (returned instanceof Class<?> page && page.isRecord()) {
            RecordComponent data = component(page, "data");
            return data == null ? null : nested(data.getGenericType());
        }
        return null;
    }

    private static boolean resolves(Class<?> record, String path) {
        Class<?> current = record;
        for (String segment : path.split("\\.", -1)) {
            if (current == null) {
                return false;
            }
            RecordComponent component = component(current, segment);
            if (component == null) {
                return false;
            }
            current = nested(component.getGenericType());
        }
        return true;
    }

    /** The component a property name stands for, also inside a {@code @JsonUnwrapped} one (whose properties JSON lifts). */
    private static RecordComponent component(Class<?> record, String name) {
        for (RecordComponent component : record.getRecordComponents()) {
            RecordComponent found = unwrapped(component) ? component(component.getType(), name) : component.getName().equals(name) ? component : null;
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static boolean unwrapped(RecordComponent component) {
        return component.getAccessor().isAnnotationPresent(JsonUnwrapped.class);
    }

    /** The record a path can continue into: the component's type, or a list's element type. */
    private static Class<?> nested(Type type) {
        if (type instanceof Class<?> c) {
            return c.isRecord() ? c : null;
        }
        if (type instanceof ParameterizedType p && p.getRawType() == List.class && p.getActualTypeArguments()[0] instanceof Class<?> e) {
            return e.isRecord() ? e : null;
        }
        return null;
    }

    private static List<String> names(Class<?> record) {
        return java.util.Arrays.stream(record.getRecordComponents())
                .flatMap(c -> unwrapped(c) ? names(c.getType()).stream() : java.util.stream.Stream.of(c.getName())).toList();
    }

    /** Paths as a tree: a leaf (empty map) keeps the whole property. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> tree(List<String> paths) {
        Map<String, Object> root = new LinkedHashMap<>();
        for (String path : paths) {
            Map<String, Object> node = root;
            String[] segments = path.split("\\.");
            for (int i = 0; i < segments.length; i++) {
                Object child = node.get(segments[i]);
                if (child != null && ((Map<String, Object>) child).isEmpty()) {
                    break; // the whole property is already kept
                }
                if (i == segments.length - 1) {
                    node.put(segments[i], new LinkedHashMap<>());
                } else {
                    node = (Map<String, Object>) node.computeIfAbsent(segments[i], k -> new LinkedHashMap<>());
                }
            }
        }
        return root;
    }

    @SuppressWarnings("unchecked")
    static JsonNode keep(JsonNode node, Map<String, Object> tree) {
        if (tree.isEmpty() || node == null || node.isNull()) {
            return node;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode kept = array.arrayNode();
            array.forEach(item -> kept.add(keep(item, tree)));
            return kept;
        }
        if (!(node instanceof ObjectNode object)) {
            return node;
        }
        ObjectNode kept = object.objectNode();
        // A sparse record always carries its id (as in JSON:API), so a typed client can read it and the contract can require it.
        if (object.has("id") && !tree.containsKey("id")) {
            kept.set("id", object.get("id"));
        }
        tree.forEach((name, children) -> {
            if (object.has(name)) {
                kept.set(name, keep(object.get(name), (Map<String, Object>) children));
            }
        });
        return kept;
    }
}
