package org.opendrugpolicy.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The DuckDB snippet of data/README.md ("Loading the files with their types"), run as written through DuckDB's JDBC
 * driver on the real data/: the values that type-guessing tools get wrong come out right.
 */
class TypedLoadingTest {
    static String snippet(String name) throws Exception {
        List<String> lines = Files.readAllLines(Path.of("data", "README.md"));
        int marker = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("<!-- snippet:" + name + " ")) {
                marker = i;
                break;
            }
        }
        assertTrue(marker >= 0, "data/README.md has no snippet " + name);
        int start = marker + 1;
        while (!lines.get(start).startsWith("```")) {
            start++;
        }
        int end = start + 1;
        while (!lines.get(end).startsWith("```")) {
            end++;
        }
        return String.join("\n", lines.subList(start + 1, end));
    }

    @Test
    void theDuckDbSnippetKeepsTextAsTextAndTypesWhatTheSchemaTypes() throws Exception {
        // The snippet runs in data/; here the working directory is the repository root.
        String sql = snippet("duckdb").replace("read_csv('", "read_csv('data/");
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:"); Statement statement = duckdb.createStatement()) {
            for (String command : sql.split(";")) {
                if (!command.isBlank()) {
                    statement.execute(command);
                }
            }
            try (ResultSet namibia = statement.executeQuery("SELECT iso2, m49, region FROM countries WHERE iso3 = 'NAM'")) {
                namibia.next();
                assertEquals("NA", namibia.getString(1));
                assertEquals("516", namibia.getString(2));
            }
            try (ResultSet rows = statement.executeQuery("SELECT m49, region FROM countries WHERE iso3 IN ('AFG', 'ATA') ORDER BY iso3")) {
                rows.next();
                assertEquals("004", rows.getString(1));
                rows.next();
                assertNull(rows.getString(2), "an empty field is missing");
            }
            try (ResultSet release = statement.executeQuery("SELECT version, typeof(version), typeof(released_on), CAST(released_on AS VARCHAR) FROM releases")) {
                while (release.next()) { // a release's version is its date with dots: text, never a timestamp
                    String version = release.getString(1);
                    assertEquals(List.of("VARCHAR", "DATE", version.replace('.', '-')),
                            List.of(release.getString(2), release.getString(3), release.getString(4)), version);
                }
            }
            try (ResultSet attendance = statement.executeQuery("SELECT typeof(attendance), max(attendance) FROM side_events GROUP BY 1")) {
                attendance.next();
                assertEquals("INTEGER", attendance.getString(1));
                assertTrue(attendance.getInt(2) > 0);
            }
        }
    }
}
