package org.opendrugpolicy.api;

import java.util.List;

/** Thrown anywhere in a request to answer with a problem; the edge's problem mappers ({@code http.ProblemMappers}) write it. */
public class ProblemException extends RuntimeException {
    final ProblemType type;
    final List<Problem.InvalidParameter> errors;

    public ProblemException(ProblemType type, String detail, List<Problem.InvalidParameter> errors) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = errors;
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemType.NOT_FOUND, detail, List.of());
    }

    public static ProblemException invalidParameter(String name, String reason) {
        return invalidParameters(List.of(new Problem.InvalidParameter(name, reason)));
    }

    public static ProblemException invalidParameters(List<Problem.InvalidParameter> errors) {
        String detail = errors.stream().map(e -> e.name() + ": " + e.reason()).reduce((a, b) -> a + "; " + b).orElse("");
        return new ProblemException(ProblemType.INVALID_PARAMETER, detail, errors);
    }

    /** The kind of problem: its type, status and title. */
    public ProblemType type() {
        return type;
    }

    public List<Problem.InvalidParameter> errors() {
        return errors;
    }
}
