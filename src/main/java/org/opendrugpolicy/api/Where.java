package org.opendrugpolicy.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the where clause of a list query from the filters a request gives; absent filters add nothing. */
public final class Where {
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    /** Adds {@code condition}, which uses {@code :name}, when the value is present. */
    public Where and(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
        }
        return this;
    }

    /**
     * Adds {@code format}, whose parameter is {@code %1$s}, once for each of the values, joined by or: any of them must
     * hold. For a condition that no {@code in} can say (a pattern); nothing when the values are absent.
     */
    public Where anyOf(String format, String name, List<?> values) {
        if (values != null) {
            List<String> alternatives = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                alternatives.add(format.formatted(name + i));
                parameters.put(name + i, values.get(i));
            }
            conditions.add("(" + String.join(" or ", alternatives) + ")");
        }
        return this;
    }

    /** Adds a {@code q} text search over a folded search_text column: every word must appear. */
    public Where search(String searchTextPath, String q) {
        if (q == null) {
            return this;
        }
        String[] words = Text.fold(q).split(" ");
        for (int i = 0; i < words.length; i++) {
            if (!words[i].isEmpty()) {
                and(searchTextPath + " like :q" + i + " escape '!'", "q" + i, "%" + escapeLike(words[i]) + "%");
            }
        }
        return this;
    }

    public String clause() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    public Map<String, Object> parameters() {
        return parameters;
    }

    private static String escapeLike(String word) {
        return word.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
