package org.opendrugpolicy.dataset;

import java.util.List;
import java.util.stream.Collectors;

/** The dataset has defects; start-up stops and the message lists every one of them. */
public class InvalidDatasetException extends RuntimeException {
    private final List<DatasetError> errors;

    public InvalidDatasetException(String where, List<DatasetError> errors) {
        super("The dataset in " + where + " is invalid (" + errors.size() + (errors.size() == 1 ? " error" : " errors")
                + "); nothing was loaded:\n" + errors.stream().map(e -> "  " + e).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public List<DatasetError> errors() {
        return errors;
    }
}
