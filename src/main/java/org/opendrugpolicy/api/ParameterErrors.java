package org.opendrugpolicy.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Collects every bad parameter of a request so that one 400 answer names them all. */
public final class ParameterErrors {
    private final List<Problem.InvalidParameter> errors = new ArrayList<>();

    public void add(String name, String reason) {
        errors.add(new Problem.InvalidParameter(name, reason));
    }

    /** An integer within [min, max], or the default when the parameter is absent. */
    public int integer(String name, String raw, int min, int max, int absent) {
        if (raw == null) {
            return absent;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        add(name, max == Integer.MAX_VALUE
                ? "must be an integer of at least " + min + ", got '" + Text.quote(raw) + "'"
                : "must be an integer from " + min + " to " + max + ", got '" + Text.quote(raw) + "'");
        return absent;
    }

    /** One of the allowed values (case-insensitive), returned in its canonical spelling; null when absent. */
    public String oneOf(String name, String raw, Set<String> allowed) {
        if (raw == null) {
            return null;
        }
        for (String value : allowed) {
            if (value.equalsIgnoreCase(raw.strip())) {
                return value;
            }
        }
        add(name, "must be one of " + String.join(", ", allowed.stream().sorted().toList()) + ", got '" + Text.quote(raw) + "'");
        return null;
    }

    /** A non-blank value, stripped; null when absent. */
    public String text(String name, String raw) {
        if (raw == null) {
            return null;
        }
        if (raw.isBlank()) {
            add(name, "must not be empty");
            return null;
        }
        if (raw.length() > 200) {
            add(name, "must be at most 200 characters long");
            return null;
        }
        return raw.strip();
    }

    /**
     * One value of a filter that names one thing (a session, a topic, a country): as {@link #text}, and a comma is
     * refused, since no id or code holds one and a comma list here would silently match nothing.
     */
    public String single(String name, String raw) {
        String value = text(name, raw);
        if (value != null && value.contains(",")) {
            add(name, "takes one value, got the list '" + Text.quote(raw) + "': ask once per value (only the parameters documented as comma-separated, such as id=, take lists)");
            return null;
        }
        return value;
    }

    /**
     * A comma-separated list of at most {@code max} non-blank values, stripped, in the request's order without
     * duplicates; null when absent.
     */
    public List<String> list(String name, String raw, int max) {
        if (raw == null) {
            return null;
        }
        List<String> values = new ArrayList<>();
        for (String item : raw.split(",", -1)) {
            String value = item.strip();
            if (value.isEmpty()) {
                add(name, "must be a comma-separated list of values without empty items, got '" + Text.quote(raw) + "'");
                return null;
            }
            if (value.length() > 200) {
                add(name, "each value must be at most 200 characters long");
                return null;
            }
            if (!values.contains(value)) {
                values.add(value);
            }
        }
        if (values.size() > max) {
            add(name, "at most " + max + " values, got " + values.size());
            return null;
        }
        return values;
    }

    /** Adds the errors another reader of the same request found (see {@link AnswerPlan}). */
    void addAll(ParameterErrors other) {
        errors.addAll(other.errors);
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw ProblemException.invalidParameters(List.copyOf(errors));
        }
    }
}
