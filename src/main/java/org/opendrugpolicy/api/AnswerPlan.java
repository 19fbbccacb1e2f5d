package org.opendrugpolicy.api;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.Map;

/**
 * What a request asks of its answer's form, read by {@link Answers} before the operation runs and applied after it
 * returns: JSON or CSV (and the CSV's columns), the includes, the field paths; and the errors found in them, which wait
 * for the operation's own ({@link #handOver}). Request-scoped: its state is reached through methods (a client proxy).
 */
@RequestScoped
class AnswerPlan {
    private boolean read;
    private List<String[]> includes = List.of();
    private Map<String, Object> fields;
    private boolean negotiated;
    private CsvColumns columns;
    private boolean bom;
    private boolean head;
    private ParameterErrors waiting;

    /** The plan of the current request; null outside one. */
    static AnswerPlan current() {
        return Arc.container().requestContext().isActive() ? Arc.container().instance(AnswerPlan.class).get() : null;
    }

    void read(List<String[]> includeSpecs, Map<String, Object> fieldTree) {
        read = true;
        includes = includeSpecs;
        fields = fieldTree;
    }

    /** Whether {@link Answers#read} planned this answer (an operation of ours). */
    boolean isRead() {
        return read;
    }

    /** The {@link Include} entries ({@code name:path:kind}, split) that the request asked for; empty for none. */
    List<String[]> includes() {
        return includes;
    }

    /** The {@code fields=} paths as a tree (a leaf, an empty map, keeps the whole property); null for every field. */
    Map<String, Object> fields() {
        return fields;
    }

    /** A list that offers CSV chose between it and JSON: JSON (columns null) or CSV with these columns. */
    void negotiated(CsvColumns csvColumns, boolean byteOrderMark, boolean headRequest) {
        negotiated = true;
        columns = csvColumns;
        bom = byteOrderMark;
        head = headRequest;
    }

    boolean isNegotiated() {
        return negotiated;
    }

    boolean csv() {
        return columns != null;
    }

    CsvColumns columns() {
        return columns;
    }

    boolean bom() {
        return bom;
    }

    /** A HEAD request: the CSV answer has its headers and no body. */
    boolean head() {
        return head;
    }

    /** Keeps the errors found before the operation ran, for an operation with parameters of its own to report with its own. */
    void await(ParameterErrors errors) {
        waiting = errors;
    }

    /** Adds the errors waiting here to the operation's; they are then the operation's to report. */
    void handOver(ParameterErrors errors) {
        if (waiting != null) {
            errors.addAll(waiting);
            waiting = null;
        }
    }

    /** A successful answer whose operation never took the errors waiting here would not report them. */
    void checkHandedOver() {
        if (waiting != null && !waiting.isEmpty()) {
            throw new IllegalStateException("An operation with parameters of its own answered without ParameterErrors.ofRequest: "
                    + "the request's unknown, format, include or fields errors were not reported");
        }
    }
}
