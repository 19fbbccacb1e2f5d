package org.opendrugpolicy.dataset;

import java.util.List;
import java.util.Map;

/**
 * A dataset that passed every check: typed rows per table, in the order of {@code datapackage.json}
 * (which lists referenced tables before the tables that reference them), and the records' history
 * (null when the package has no record_changes table).
 */
public record ValidatedDataset(DataPackage dataPackage, Map<String, Table> tables, DatasetVersion version, RecordHistory history) {

    /** Rows hold one typed value per schema field: String, Long, LocalDate, Boolean or null. */
    public record Table(DataPackage.Resource resource, List<Object[]> rows) {}
}
