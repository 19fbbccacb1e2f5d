package org.opendrugpolicy.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A value the data package's schema accepts but its database column cannot hold (an integer beyond INTEGER, a text
 * longer than its VARCHAR) is a dataset error with file, line, column and rule, found by the loader's reader with the
 * limits of the schema the migrations made, instead of an H2 error at start-up.
 */
@QuarkusTest
class ColumnLimitsTest {
    @Inject
    DataSource dataSource;

    @Test
    void theLimitsComeFromTheMigratedSchema() {
        ColumnLimits limits = ColumnLimits.of(dataSource);
        assertEquals(Integer.MAX_VALUE, limits.of("side_events", "attendance").max());
        assertEquals(Integer.MIN_VALUE, limits.of("SIDE_EVENTS", "ATTENDANCE").min());
        assertEquals(500, limits.of("side_event_hosts", "name_as_listed").maxLength());
        assertEquals(2, limits.of("countries", "iso2").maxLength());
    }

    @Test
    void valuesBeyondTheirColumnAreDatasetErrors() throws Exception {
        Path dir = Files.createTempDirectory("odp-limits-");
        Path fixture = Path.of(Thread.currentThread().getContextClassLoader().getResource("datasets/minimal").toURI());
        for (String name : List.of("datapackage.json", "sources.csv", "countries.csv", "organizations.csv", "side_event_hosts.csv")) {
            Files.copy(fixture.resolve(name), dir.resolve(name));
        }
        Path hosts = dir.resolve("side_event_hosts.csv");
        List<String> lines = Files.readAllLines(hosts, StandardCharsets.UTF_8);
        // A valid schema integer (JavaScript's 2^53 + 1) in position, an INTEGER column; a 501-character name in a VARCHAR(500).
        lines.set(1, lines.get(1).replace(",1,co-host,", ",9007199254740993,co-host,"));
        lines.set(2, lines.get(2).replace("Fondazione Villa Maraini – Croce Rossa Italiana", "x".repeat(501)));
        Files.write(hosts, lines, StandardCharsets.UTF_8);

        InvalidDatasetException e = assertThrows(InvalidDatasetException.class,
                () -> DatasetReader.read(DatasetFiles.directory(dir), () -> ColumnLimits.of(dataSource)));

        assertEquals(List.of(
                "side_event_hosts.csv:2:2: position: [range] 9007199254740993 is outside the database column's range, -2147483648 to 2147483647 (INTEGER)",
                "side_event_hosts.csv:3:6: name_as_listed: [maxLength] 501 characters; the database column holds at most 500 (CHARACTER VARYING(500))"),
                e.errors().stream().map(Object::toString).toList());
        // Without a database, the same files pass: the limits are the database's, not the data package's.
        DatasetReader.read(DatasetFiles.directory(dir));
    }
}
