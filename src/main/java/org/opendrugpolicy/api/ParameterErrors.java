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

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw ProblemException.invalidParameters(List.copyOf(errors));
        }
    }
}
