package org.opendrugpolicy.dataset;

/**
 * One defect in the dataset, located as precisely as it can be. Line and column are 1-based; 0 means
 * the defect concerns the whole file (or the whole line).
 */
public record DatasetError(String file, long line, int column, String field, String rule, String message) {
    @Override
    public String toString() {
        StringBuilder where = new StringBuilder(file);
        if (line > 0) {
            where.append(':').append(line);
            if (column > 0) {
                where.append(':').append(column);
            }
        }
        return where + ": " + (field == null ? "" : field + ": ") + "[" + rule + "] " + message;
    }
}
