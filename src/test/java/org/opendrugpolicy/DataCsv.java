package org.opendrugpolicy;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The rows of a table in data/, as the curator wrote them (every value a string, "" where empty): for API tests whose
 * expected counts and examples follow the data, so that publishing a release changes the data, not the tests. Tests of
 * a fact the sources state (DataIntegrityTest, HistoryDataTest) name the fact instead.
 */
public final class DataCsv {
    private static final CsvMapper CSV = new CsvMapper();

    private DataCsv() {}

    public static List<Map<String, String>> rows(String table) {
        try (MappingIterator<Map<String, String>> rows = CSV.readerFor(Map.class).with(CsvSchema.emptySchema().withHeader())
                .readValues(Path.of("data", table + ".csv").toFile())) {
            return rows.readAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many rows of the table match. */
    public static int count(String table, Predicate<Map<String, String>> where) {
        return (int) rows(table).stream().filter(where).count();
    }
}
