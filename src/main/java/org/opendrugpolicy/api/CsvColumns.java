package org.opendrugpolicy.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The CSV columns of a list, derived once from the record type of its items, so that every list gets the
 * same rules and new fields become columns by themselves:
 * <ul>
 * <li>a value (text, number, boolean, date) is a column named as its JSON property;</li>
 * <li>a nested object is flattened into dotted columns ({@code session.id}, {@code session.name}); one marked
 * {@code @JsonUnwrapped} (the history stamps) gives its columns without a prefix, as JSON gives its properties;</li>
 * <li>a list is one column: the ids of its elements joined with {@code ;} (as data/ writes source_ids). An
 * element without an id of its own (a side event's host, a resolution's sponsorship) gives the id of the
 * first record it refers to (party, country); an element with no id at all (a session's segments, an
 * organization's aliases) gives its first text, and text (also release changes) is joined with line breaks;</li>
 * <li>a map (a release's row counts) is one column of {@code key=value} pairs joined with {@code ;};</li>
 * <li>left out: {@code links}, {@code href} and {@code partOf} (navigation, derived from the ids), and properties the JSON
 * itself leaves out when empty ({@code included}, a country's {@code activity}).</li>
 * </ul>
 * Values are read from the record's JSON tree, so they are exactly what the JSON answer says; null is empty.
 */
final class CsvColumns {
    static final String ID_SEPARATOR = ";";
    static final String TEXT_SEPARATOR = "\n";
    private static final Set<String> LEFT_OUT = Set.of("links", "href", "partOf");
    private static final Map<Class<?>, CsvColumns> BY_TYPE = new ConcurrentHashMap<>();

    /** How a column gets its value from the record's JSON tree. */
    private enum Kind { VALUE, IDS, TEXTS, ENTRIES }

    private record Column(String name, String[] path, Kind kind, String[] elementPath) {}

    private final List<Column> columns;

    private CsvColumns(List<Column> columns) {
        this.columns = columns;
    }

    static CsvColumns of(Class<?> record) {
        return BY_TYPE.computeIfAbsent(record, type -> {
            List<Column> columns = new ArrayList<>();
            add(columns, type, "", new ArrayList<>());
            return new CsvColumns(List.copyOf(columns));
        });
    }

    /**
     * The record type of the items a list operation answers with: T of a {@code ListPage<T>}, or the element
     * of the {@code data} list of another envelope (a page of votes); null for an operation that is not a list.
     */
    static Class<?> itemType(Method operation) {
        Type returned = Lists.bodyType(operation);
        if (returned instanceof ParameterizedType type && type.getRawType() == ListPage.class) {
            return type.getActualTypeArguments()[0] instanceof Class<?> item && item.isRecord() ? item : null;
        }
        if (returned instanceof Class<?> envelope && envelope.isRecord()) {
            for (RecordComponent component : envelope.getRecordComponents()) {
                if (component.getName().equals("data")) {
                    Class<?> item = listElement(component.getGenericType());
                    return item != null && item.isRecord() ? item : null;
                }
            }
        }
        return null;
    }

    List<String> names() {
        return columns.stream().map(Column::name).toList();
    }

    /**
     * The columns that sparse fieldsets keep, in the order the paths are given: those a path names, those inside
     * it ({@code session} keeps {@code session.id} and {@code session.name}), and the list column a path reaches
     * into ({@code hosts.party.id} keeps {@code hosts}).
     */
    CsvColumns select(List<String> paths) {
        Set<Column> kept = new LinkedHashSet<>();
        for (String path : paths) {
            for (Column column : columns) {
                if (column.name.equals(path) || column.name.startsWith(path + ".") || path.startsWith(column.name + ".")) {
                    kept.add(column);
                }
            }
        }
        return new CsvColumns(List.copyOf(kept));
    }

    boolean isEmpty() {
        return columns.isEmpty();
    }

    /**
     * A text that a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a carriage return) gets a
     * leading apostrophe, which spreadsheets read as "this is text" and do not show (OWASP's advice on CSV injection).
     * Only list downloads are changed; numbers are not text and stay as they are; the exports and data/ stay byte-exact.
     */
    static String spreadsheetSafe(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }

    /** One row: the record's JSON tree read column by column. */
    String[] row(JsonNode record) {
        String[] row = new String[columns.size()];
        for (int i = 0; i < row.length; i++) {
            Column column = columns.get(i);
            JsonNode node = at(record, column.path);
            row[i] = switch (column.kind) {
                case VALUE -> node == null ? null : node.isNumber() || node.isBoolean() ? node.asText() : spreadsheetSafe(node.asText());
                case IDS -> spreadsheetSafe(join(node, column.elementPath, ID_SEPARATOR));
                case TEXTS -> spreadsheetSafe(join(node, column.elementPath, TEXT_SEPARATOR));
                case ENTRIES -> spreadsheetSafe(entries(node));
            };
        }
        return row;
    }

    private static void add(List<Column> columns, Class<?> record, String prefix, List<String> path) {
        for (RecordComponent component : record.getRecordComponents()) {
            String name = component.getName();
            JsonInclude include = component.getAccessor().getAnnotation(JsonInclude.class);
            if (include == null) {
                include = component.getAnnotation(JsonInclude.class);
            }
            if (LEFT_OUT.contains(name) || (include != null && include.value() != JsonInclude.Include.ALWAYS)) {
                continue;
            }
            Class<?> type = component.getType();
            if (component.getAccessor().isAnnotationPresent(JsonUnwrapped.class)) {
                add(columns, type, prefix, path);
                continue;
            }
            List<String> here = new ArrayList<>(path);
            here.add(name);
            Class<?> element = listElement(component.getGenericType());
            if (List.class.isAssignableFrom(type)) {
                String[] elementPath = element != null && element.isRecord() ? key(element) : new String[0];
                boolean ids = elementPath.length > 0 && elementPath[elementPath.length - 1].equals("id");
                columns.add(new Column(prefix + name, here.toArray(String[]::new), ids ? Kind.IDS : Kind.TEXTS, elementPath));
            } else if (Map.class.isAssignableFrom(type)) {
                columns.add(new Column(prefix + name, here.toArray(String[]::new), Kind.ENTRIES, null));
            } else if (type.isRecord()) {
                add(columns, type, prefix + name + ".", here);
            } else {
                columns.add(new Column(prefix + name, here.toArray(String[]::new), Kind.VALUE, null));
            }
        }
    }

    /** The path, inside a list's element, of what stands for it in the list's column (see the class comment). */
    private static String[] key(Class<?> element) {
        RecordComponent[] components = element.getRecordComponents();
        for (RecordComponent component : components) {
            if (component.getName().equals("id")) {
                return new String[] {"id"};
            }
        }
        for (RecordComponent component : components) {
            if (component.getType().isRecord()) {
                for (RecordComponent inner : component.getType().getRecordComponents()) {
                    if (inner.getName().equals("id")) {
                        return new String[] {component.getName(), "id"};
                    }
                }
            }
        }
        for (RecordComponent component : components) {
            if (component.getType() == String.class) {
                return new String[] {component.getName()};
            }
        }
        return new String[0];
    }

    private static Class<?> listElement(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class && p.getActualTypeArguments()[0] instanceof Class<?> e) {
            return e;
        }
        return null;
    }

    private static JsonNode at(JsonNode node, String[] path) {
        JsonNode current = node;
        for (String segment : path) {
            if (current == null || current.isNull()) {
                return null;
            }
            current = current.get(segment);
        }
        return current == null || current.isNull() ? null : current;
    }

    private static String join(JsonNode list, String[] elementPath, String separator) {
        if (list == null || !list.isArray()) {
            return null;
        }
        List<String> values = new ArrayList<>();
        for (JsonNode element : list) {
            JsonNode value = at(element, elementPath);
            if (value != null) {
                values.add(value.asText());
            }
        }
        return String.join(separator, values);
    }

    private static String entries(JsonNode map) {
        if (map == null || !map.isObject()) {
            return null;
        }
        List<String> values = new ArrayList<>();
        map.fields().forEachRemaining(e -> values.add(e.getKey() + "=" + e.getValue().asText()));
        return String.join(ID_SEPARATOR, values);
    }
}
