package org.opendrugpolicy.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Collects every bad parameter of a request so that one 400 answer names them all. */
public final class ParameterErrors {
    /** How the description of a filter read by {@link #slugs} or {@link #codes} ends. */
    public static final String ANY_OF = " One value, or up to " + IdFilter.MAX + " comma-separated (a repeated value counts once), meaning any of them.";

    private final List<Problem.InvalidParameter> errors = new ArrayList<>();

    ParameterErrors() {}

    /**
     * The errors of the current request's parameters, for an operation to add its own to: it starts with those found
     * before the operation ran (an unknown or repeated parameter, format=, include=, fields=; see {@link Answers#read}),
     * so that one problem names every bad parameter of the request.
     */
    public static ParameterErrors ofRequest() {
        var errors = new ParameterErrors();
        AnswerPlan plan = AnswerPlan.current();
        if (plan != null) {
            plan.handOver(errors);
        }
        return errors;
    }

    public void add(String name, String reason) {
        errors.add(new Problem.InvalidParameter(name, reason));
    }

    /** An integer within [min, max], or the default when the parameter is absent. */
    public int integer(String name, String raw, int min, int max, int absent) {
        if (raw == null) {
            return absent;
        }
        boolean tooLarge = false;
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= min && value <= max) {
                return value;
            }
            tooLarge = value > max;
        } catch (NumberFormatException e) {
            // a whole number past the int range is too large, not malformed
            tooLarge = raw.strip().matches("\\+?[0-9]{1,1000}");
        }
        add(name, max == Integer.MAX_VALUE && !tooLarge
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
     * The values of a filter that names records by slug (a session, a topic, an organization): one, or up to
     * {@value IdFilter#MAX} comma-separated, meaning any of them; in lower case, without duplicates; null when absent.
     */
    public List<String> slugs(String name, String raw) {
        return cased(list(name, raw, IdFilter.MAX), false);
    }

    /** As {@link #slugs}, for a filter that names records by code (a country's ISO alpha-3): in upper case. */
    public List<String> codes(String name, String raw) {
        return cased(list(name, raw, IdFilter.MAX), true);
    }

    private static List<String> cased(List<String> values, boolean upper) {
        return values == null ? null : values.stream().map(v -> upper ? v.toUpperCase(Locale.ROOT) : v.toLowerCase(Locale.ROOT)).distinct().toList();
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
