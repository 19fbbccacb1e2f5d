package org.opendrugpolicy.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every rule of {@link RecordHistory}, one inconsistency per test, each made by changing a few bytes of the
 * valid two-release fixture in {@code src/test/resources/datasets/history} (the minimal fixture plus
 * organization_aliases, releases and record_changes); and the real data/, whose records all come from
 * its first release.
 */
class RecordHistoryTest {
    private static final String FIXTURE = "datasets/history";

    @TempDir
    Path dir;

    @BeforeEach
    void copyFixture() throws IOException, URISyntaxException {
        Path fixture = Path.of(Thread.currentThread().getContextClassLoader().getResource(FIXTURE).toURI());
        try (Stream<Path> files = Files.list(fixture)) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
    }

    @Test
    void theValidFixtureStampsEveryRecordWithTheReleasesThatCreatedAndLastChangedIt() {
        RecordHistory history = DatasetReader.read(DatasetFiles.directory(dir)).history();

        assertEquals(List.of(new RecordHistory.Release("2026.01.01", LocalDate.of(2026, 1, 1), 1),
                new RecordHistory.Release("2026.01.02", LocalDate.of(2026, 1, 2), 2)), history.releases());
        assertEquals("2026-01-02T00:00:00Z", history.releases().get(1).instant().toString());
        assertEquals(List.of("sources", "countries", "organizations", "side_event_hosts", "organization_aliases"), history.tables());

        RecordHistory.Stamp villaMaraini = history.stamp("organizations", "villa-maraini");
        assertEquals("2026.01.01", villaMaraini.created().version());
        assertEquals("2026.01.02", villaMaraini.updated().version());
        RecordHistory.Stamp argentina = history.stamp("countries", "ARG");
        assertEquals("2026.01.01", argentina.created().version());
        assertEquals("2026.01.01", argentina.updated().version());
        // Composite keys: the primary-key fields joined with |, integers as written without leading zeros.
        assertEquals("2026.01.01", history.stamp("side_event_hosts", "cnd-68-innovations-continuity-of-care|5").created().version());
        assertEquals("2026.01.02", history.stamp("organization_aliases", "villa-maraini|Villa Maraini Foundation").created().version());

        // One entry per history row, in file order (seq, created_seq, last): old-source (lines 17, 18) was created in
        // release 1 and deleted in 2; villa-maraini (line 19) created in 1, updated in 2; its alias (line 20) created in 2.
        assertEquals(19, history.entries().size());
        assertEquals(new RecordHistory.Entry(1, 1, true), history.entries().get(0));
        assertEquals(new RecordHistory.Entry(1, 1, false), history.entries().get(15));
        assertEquals(new RecordHistory.Entry(2, 1, true), history.entries().get(16));
        assertEquals(new RecordHistory.Entry(2, 1, true), history.entries().get(17));
        assertEquals(new RecordHistory.Entry(2, 2, true), history.entries().get(18));
        assertEquals(new RecordHistory.Entry(1, 1, false), history.entries().get(8)); // villa-maraini's creation
    }

    @Test
    void aRecordIsCreatedBeforeItIsUpdated() throws IOException {
        replace("record_changes.csv", "organization_aliases,villa-maraini|Villa Maraini Foundation,created", "organization_aliases,villa-maraini|Villa Maraini Foundation,updated");
        assertErrors("record_changes.csv:20:4: change: [history] organization_aliases 'villa-maraini|Villa Maraini Foundation' is updated in 2026.01.02 before it is created");
    }

    @Test
    void aRecordIsCreatedBeforeItIsDeleted() throws IOException {
        replace("record_changes.csv", "2026.01.01,sources,old-source,created\n", "");
        assertErrors("record_changes.csv:17:4: change: [history] sources 'old-source' is deleted in 2026.01.02 before it is created");
    }

    @Test
    void aRecordIsCreatedOnce() throws IOException {
        append("record_changes.csv", "2026.01.02,countries,ARG,created\n");
        assertErrors("record_changes.csv:21:4: change: [history] countries 'ARG' is created in 2026.01.02 but was already created in 2026.01.01");
    }

    @Test
    void aDeletedIdNeverComesBack() throws IOException {
        append("releases.csv", "2026.01.03,2026-01-03,Third release.,\n");
        append("record_changes.csv", "2026.01.03,sources,old-source,created\n");
        assertErrors(
                "record_changes.csv:21:4: change: [history] sources 'old-source' is created in 2026.01.03 after its deletion in 2026.01.02; a deleted id never comes back",
                "record_changes.csv:21:4: change: [history] sources 'old-source' was last created in 2026.01.03 but is not in sources.csv; record its deletion");
    }

    @Test
    void aDeletedIdIsAbsentFromItsTable() throws IOException {
        append("record_changes.csv", "2026.01.02,countries,VAT,deleted\n");
        assertErrors("record_changes.csv:21:4: change: [history] countries 'VAT' is deleted in 2026.01.02 but is still in countries.csv (line 5)");
    }

    @Test
    void aRecordMissingFromItsTableMustBeRecordedAsDeleted() throws IOException {
        replace("record_changes.csv", "2026.01.02,sources,old-source,deleted\n", "");
        assertErrors("record_changes.csv:17:4: change: [history] sources 'old-source' was last created in 2026.01.01 but is not in sources.csv; record its deletion");
    }

    /** A row the reader could not split (a stray comma) leaves its table unread in part: no record is taken for deleted. */
    @Test
    void aTableNotReadWholeIsNotAskedForDeletions() throws IOException {
        replace("countries.csv", "PRT,PT,Portugal,", "PRT,PT,Portugal, Portuguese Republic,");
        InvalidDatasetException e = assertThrows(InvalidDatasetException.class, () -> DatasetReader.read(DatasetFiles.directory(dir)));
        List<String> errors = e.errors().stream().map(Object::toString).toList();
        assertTrue(errors.get(0).startsWith("countries.csv:4: [columns] expected 5 values, found 6"), errors.toString());
        assertTrue(errors.stream().noneMatch(error -> error.contains("record its deletion")), errors.toString());
    }

    @Test
    void everyCurrentRecordHasAHistoryEntry() throws IOException {
        replace("record_changes.csv", "2026.01.01,countries,PRT,created\n", "");
        assertErrors("countries.csv:4: [history] 'PRT' has no entry in record_changes.csv; every record needs the release that created it");
    }

    @Test
    void aChangedEmbeddedRowMarksItsParentInTheSameRelease() throws IOException {
        replace("record_changes.csv", "2026.01.02,organizations,villa-maraini,updated\n", "");
        assertErrors("record_changes.csv:19:4: change: [history] organization_aliases 'villa-maraini|Villa Maraini Foundation' is created in 2026.01.02 "
                + "but its organizations record 'villa-maraini', which embeds it, has no change in that release; mark it updated");
    }

    @Test
    void theSeparatorCannotOccurInACompositeKey() throws IOException {
        replace("organization_aliases.csv", "Villa Maraini Foundation", "Villa|Maraini");
        replace("record_changes.csv", "villa-maraini|Villa Maraini Foundation", "villa-maraini|Villa|Maraini");
        assertErrors("organization_aliases.csv:2:2: alias: [record-id] 'Villa|Maraini' contains '|', which joins the fields of a record id in record_changes.csv");
    }

    @Test
    void aChangeNamesAKnownRelease() throws IOException {
        append("record_changes.csv", "2026.01.09,countries,ARG,updated\n");
        assertErrors("record_changes.csv:21:1: release: [foreign-key] '2026.01.09' matches no version in releases.csv");
    }

    @Test
    void twoReleasesCannotShareADate() throws IOException {
        replace("releases.csv", "2026.01.02,2026-01-02", "2026.01.02,2026-01-01");
        assertErrors("releases.csv:3:2: released_on: [unique] duplicate value '2026-01-01', already on line 2");
    }

    // ---- the real dataset -------------------------------------------------------------------------

    @Test
    void everyRecordOfTheRealDatasetHasItsReleases() {
        // The first three releases, whose history a later release never rewrites: 2026.11.23 created 649 records;
        // 2026.11.30 (the CND's record from 2017, issue 13) created 700 and updated 421 (new columns, cited source ids);
        // 2026.12.01 (an audit's corrections) created 7 (two conflicts, their four claims, a source) and updated 24; none
        // deleted any. Later releases add to the history, and are not counted here.
        List<String> published = List.of("2026.11.23", "2026.11.30", "2026.12.01");
        ValidatedDataset data = DatasetReader.read(DatasetFiles.directory(Path.of("data")));
        RecordHistory history = data.history();
        assertEquals(published, history.releases().stream().map(RecordHistory.Release::version).limit(published.size()).toList());
        Map<String, Integer> created = new TreeMap<>();
        for (String table : history.tables()) {
            ValidatedDataset.Table t = data.tables().get(table);
            int[] key = t.resource().schema().primaryKeyFields().stream()
                    .mapToInt(f -> t.resource().schema().fields().stream().map(DataPackage.Field::name).toList().indexOf(f)).toArray();
            for (Object[] row : t.rows()) {
                RecordHistory.Stamp stamp = history.stamp(table, RecordHistory.recordId(row, key));
                created.merge(stamp.created().version(), 1, Integer::sum);
                assertFalse(stamp.updated().instant().isBefore(stamp.created().instant()), table);
            }
        }
        created.keySet().retainAll(published);
        assertEquals(Map.of("2026.11.23", 649, "2026.11.30", 700, "2026.12.01", 7), created);
        Map<String, Long> changes = data.tables().get("record_changes").rows().stream().filter(row -> published.contains((String) row[0]))
                .collect(Collectors.groupingBy(row -> row[0] + " " + row[3], TreeMap::new, Collectors.counting()));
        assertEquals(Map.of("2026.11.23 created", 649L, "2026.11.30 created", 700L, "2026.11.30 updated", 421L,
                "2026.12.01 created", 7L, "2026.12.01 updated", 24L), changes);
    }

    private void assertErrors(String... expected) {
        InvalidDatasetException e = assertThrows(InvalidDatasetException.class, () -> DatasetReader.read(DatasetFiles.directory(dir)));
        assertEquals(List.of(expected), e.errors().stream().map(Object::toString).toList());
    }

    private void append(String name, String line) throws IOException {
        Files.writeString(dir.resolve(name), Files.readString(dir.resolve(name), StandardCharsets.UTF_8) + line, StandardCharsets.UTF_8);
    }

    /** Replaces the one occurrence of {@code from}; fails if the fixture does not hold it exactly once. */
    private void replace(String name, String from, String to) throws IOException {
        String content = Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
        int at = content.indexOf(from);
        assertTrue(at >= 0 && content.indexOf(from, at + 1) < 0, () -> name + " must contain exactly once: " + from);
        Files.writeString(dir.resolve(name), content.substring(0, at) + to + content.substring(at + from.length()), StandardCharsets.UTF_8);
    }
}
