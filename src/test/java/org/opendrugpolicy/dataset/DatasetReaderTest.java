package org.opendrugpolicy.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every rule of {@link DatasetReader}, one defect per test, each built by changing a few bytes of the
 * small valid dataset in {@code src/test/resources/datasets/minimal}.
 */
class DatasetReaderTest {
    private static final String FIXTURE = "datasets/minimal";
    private static final List<String> FIXTURE_FILES = List.of(
            "datapackage.json", "sources.csv", "countries.csv", "organizations.csv", "side_event_hosts.csv");

    @TempDir
    Path dir;

    @BeforeEach
    void copyFixture() throws IOException, URISyntaxException {
        Path fixture = Path.of(Thread.currentThread().getContextClassLoader().getResource(FIXTURE).toURI());
        for (String name : FIXTURE_FILES) {
            Files.copy(fixture.resolve(name), dir.resolve(name));
        }
    }

    // ---- the valid fixture ------------------------------------------------------------------------

    @Test
    void readsTheValidFixtureWithTypedValues() {
        ValidatedDataset dataset = DatasetReader.read(DatasetFiles.directory(dir));

        assertEquals(List.of("sources", "countries", "organizations", "side_event_hosts"), List.copyOf(dataset.tables().keySet()));
        assertEquals(4, rows(dataset, "sources").size());
        assertEquals(4, rows(dataset, "countries").size());
        assertEquals(3, rows(dataset, "organizations").size());
        assertEquals(4, rows(dataset, "side_event_hosts").size());

        // sources: id, kind, title, published_on (date; empty where the document gives none)
        Object[] idpc = rows(dataset, "sources").get(3);
        assertEquals("idpc-2025-cnd68-historic-vote", idpc[0]);
        assertEquals(LocalDate.of(2025, 3, 18), idpc[3]);
        assertNull(rows(dataset, "sources").get(0)[3]);

        // side_event_hosts: side_event_id, position (integer -> Long), role, organization_id, country_iso3, name_as_listed, source_ids
        Object[] portugal = rows(dataset, "side_event_hosts").get(0);
        assertArrayEquals(new Object[] {"cnd-68-innovations-continuity-of-care", 1L, "co-host", null, "PRT", "República Portuguesa", "seed-knowmad-cnd68"},
                portugal);
        Object[] villaMaraini = rows(dataset, "side_event_hosts").get(1);
        assertEquals(Long.class, villaMaraini[1].getClass());
        assertEquals(5L, villaMaraini[1]);
        assertEquals("Fondazione Villa Maraini – Croce Rossa Italiana", villaMaraini[5]);

        // A self-reference (reference.resource "") resolves within the same table.
        assertEquals("argentine-red-cross", rows(dataset, "organizations").get(2)[2]);
    }

    @Test
    void versionIsTheDeclaredVersionPlusTheHashOfEveryFileInPackageOrder() throws Exception {
        ValidatedDataset dataset = DatasetReader.read(DatasetFiles.directory(dir));

        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        for (String name : FIXTURE_FILES) {
            sha256.update(Files.readAllBytes(dir.resolve(name)));
        }
        String hash = HexFormat.of().formatHex(sha256.digest());
        assertEquals(new DatasetVersion("2026.01.02", "2026-01-02T00:00:00Z", hash, "2026.01.02+" + hash.substring(0, 12)), dataset.version());
    }

    @Test
    void versionChangesWhenAnyByteChanges() throws IOException {
        DatasetVersion before = DatasetReader.read(DatasetFiles.directory(dir)).version();
        replace("sources.csv", "2025-03-18", "2025-03-19");
        DatasetVersion after = DatasetReader.read(DatasetFiles.directory(dir)).version();

        assertEquals(before.version(), after.version());
        assertNotEquals(before.sha256(), after.sha256());
        assertNotEquals(before.tag(), after.tag());
    }

    @Test
    void readsTheSameFixtureFromTheClasspath() {
        ValidatedDataset fromClasspath = DatasetReader.read(DatasetFiles.classpath(FIXTURE));
        ValidatedDataset fromDirectory = DatasetReader.read(DatasetFiles.directory(dir));

        assertEquals(fromDirectory.version(), fromClasspath.version());
        assertEquals(4, rows(fromClasspath, "side_event_hosts").size());
    }

    // ---- the package descriptor -------------------------------------------------------------------

    @Test
    void missingDescriptor() throws IOException {
        Files.delete(dir.resolve("datapackage.json"));
        assertErrors("datapackage.json: [missing-file] the file does not exist");
    }

    @Test
    void invalidJsonInDescriptor() throws IOException {
        // A comma forgotten while editing by hand: line 5 of the fixture is "version", line 6 "created".
        replace("datapackage.json", "\"version\": \"2026.01.02\",", "\"version\": \"2026.01.02\"");
        assertErrors("datapackage.json:6:3: [json] Unexpected character ('\"' (code 34)): was expecting comma to separate Object entries");
    }

    @Test
    void descriptorWithoutResources() throws IOException {
        write("datapackage.json", "{\"name\": \"cnd-minimal-fixture\", \"version\": \"2026.01.02\", \"resources\": []}\n");
        assertErrors("datapackage.json: [resources] the package lists no resources");
    }

    @Test
    void descriptorWithoutWhatTheServicePublishesNamesEachGap() throws IOException {
        // what the catalogue and the bundle's licence file need: without a licence the catalogue answered 500
        replace("datapackage.json", "  \"description\": \"A fixture for the tests of the dataset reader; not data about the Commission.\",\n", "");
        replace("datapackage.json", "\"licenses\": [{\"name\": \"CC-BY-4.0\", \"path\": \"https://creativecommons.org/licenses/by/4.0/\"}]", "\"licenses\": []");
        replace("datapackage.json", "\"version\": \"2026.01.02\"", "\"version\": \"1.0\"");
        replace("datapackage.json", "\"created\": \"2026-01-02T00:00:00Z\"", "\"created\": \"2026-01-02\"");
        replace("datapackage.json", "\"title\": \"A tiny valid dataset for DatasetReaderTest\"", "\"title\": \" \"");
        assertErrors(
                "datapackage.json: title: [descriptor] the package's title is required",
                "datapackage.json: description: [descriptor] the package's description is required",
                "datapackage.json: version: [descriptor] must be a release version, YYYY.MM.DD (2026.11.23), got '1.0'",
                "datapackage.json: created: [descriptor] must be an RFC 3339 date-time with an offset (2026-11-23T00:00:00Z), got '2026-01-02'",
                "datapackage.json: licenses: [descriptor] the package names no licence: at least one is required, with its URL as path");
    }

    @Test
    void licenceWithoutItsUrl() throws IOException {
        replace("datapackage.json", "\"path\": \"https://creativecommons.org/licenses/by/4.0/\"", "\"title\": \"CC BY 4.0\"");
        assertErrors("datapackage.json: licenses[0]: [descriptor] a licence needs its URL as path");
    }

    @Test
    void missingFile() throws IOException {
        Files.delete(dir.resolve("organizations.csv"));
        assertErrors(
                "organizations.csv: [missing-file] the file does not exist",
                "side_event_hosts.csv: organization_id: [foreign-key] references resource 'organizations', which could not be read whole, so they were not checked");
    }

    // ---- bytes and lines --------------------------------------------------------------------------

    @Test
    void byteOrderMark() throws IOException {
        byte[] csv = Files.readAllBytes(dir.resolve("countries.csv"));
        ByteArrayOutputStream withBom = new ByteArrayOutputStream();
        withBom.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        withBom.write(csv);
        Files.write(dir.resolve("countries.csv"), withBom.toByteArray());

        assertErrors("countries.csv:1: [encoding] the file starts with a UTF-8 byte-order mark; save it without one");
    }

    @Test
    void invalidUtf8ReportsTheLineOfTheFirstInvalidByte() throws IOException {
        // Lines 2 and 3 hold valid UTF-8 ("ú", "–"); line 6 is appended in ISO-8859-1, as a Windows editor would save "ò".
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(Files.readAllBytes(dir.resolve("side_event_hosts.csv")));
        bytes.write("cnd-68-innovations-continuity-of-care,7,co-host,proyecto-hombre,,Asociaciòn Proyecto Hombre,seed-knowmad-cnd68\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        Files.write(dir.resolve("side_event_hosts.csv"), bytes.toByteArray());

        assertErrors("side_event_hosts.csv:6: [encoding] the file is not valid UTF-8");
    }

    @Test
    void crLfLineEndings() throws IOException {
        write("countries.csv", read("countries.csv").replace("\n", "\r\n"));
        assertErrors("countries.csv:1: [line-ending] lines end with CR LF; use LF only");
    }

    @Test
    void crLfOnOneLineReportsThatLine() throws IOException {
        replace("countries.csv", "PRT,PT,Portugal,member,iso-codes\n", "PRT,PT,Portugal,member,iso-codes\r\n");
        assertErrors("countries.csv:4: [line-ending] lines end with CR LF; use LF only");
    }

    @Test
    void truncatedWithoutFinalNewline() throws IOException {
        String csv = read("side_event_hosts.csv");
        write("side_event_hosts.csv", csv.substring(0, csv.length() - 1));
        assertErrors("side_event_hosts.csv:5: [truncated] the last line has no line ending; the file may be truncated");
    }

    @Test
    void blankLine() throws IOException {
        replace("side_event_hosts.csv", "Croce Rossa Italiana,seed-knowmad-cnd68\n", "Croce Rossa Italiana,seed-knowmad-cnd68\n\n");
        assertErrors("side_event_hosts.csv:4: [blank-line] blank line");
    }

    // ---- header -----------------------------------------------------------------------------------

    @Test
    void missingColumn() throws IOException {
        dropColumn("side_event_hosts.csv", 5);
        assertErrors("side_event_hosts.csv:1: name_as_listed: [header] missing column 'name_as_listed'");
    }

    @Test
    void unexpectedColumn() throws IOException {
        String csv = read("side_event_hosts.csv").lines()
                .map(line -> line + (line.startsWith("side_event_id,") ? ",note" : ","))
                .collect(Collectors.joining("\n", "", "\n"));
        write("side_event_hosts.csv", csv);
        assertErrors("side_event_hosts.csv:1:8: [header] unexpected column 'note'");
    }

    @Test
    void columnsOutOfOrder() throws IOException {
        replace("side_event_hosts.csv", "role,organization_id,country_iso3,", "role,country_iso3,organization_id,");
        assertErrors("side_event_hosts.csv:1: [header] columns are out of order; expected "
                + "side_event_id,position,role,organization_id,country_iso3,name_as_listed,source_ids");
    }

    @Test
    void emptyFile() throws IOException {
        write("side_event_hosts.csv", "");
        assertErrors("side_event_hosts.csv: [header] the file is empty; expected a header row");
    }

    // ---- rows and values --------------------------------------------------------------------------

    @Test
    void wrongNumberOfValues() throws IOException {
        replace("sources.csv", "drug control machinery,2025-03-18\n", "drug control machinery\n");
        // The short row is dropped, so references into sources are not checked row by row.
        assertErrors("sources.csv:5: [columns] expected 4 values, found 3: a value is missing, or a quote opened on an earlier line took in the line break",
                "countries.csv: source_ids: [foreign-key] references resource 'sources', which could not be read whole, so they were not checked",
                "organizations.csv: source_ids: [foreign-key] references resource 'sources', which could not be read whole, so they were not checked",
                "side_event_hosts.csv: source_ids: [foreign-key] references resource 'sources', which could not be read whole, so they were not checked");
    }

    @Test
    void requiredValueEmpty() throws IOException {
        replace("countries.csv", "ITA,IT,Italy,", "ITA,IT,,");
        assertErrors("countries.csv:3:3: name: [required] a value is required");
    }

    @Test
    void leadingOrTrailingWhitespace() throws IOException {
        replace("side_event_hosts.csv", ",Fondazione Villa Maraini – Croce Rossa Italiana,", ",Fondazione Villa Maraini – Croce Rossa Italiana ,");
        assertErrors("side_event_hosts.csv:3:6: name_as_listed: [whitespace] "
                + "'Fondazione Villa Maraini – Croce Rossa Italiana ' has leading or trailing white space");
    }

    @Test
    void notAnInteger() throws IOException {
        replace("side_event_hosts.csv", "continuity-of-care,5,", "continuity-of-care,5.0,");
        assertErrors("side_event_hosts.csv:3:2: position: [type] expected an integer, got '5.0'");
    }

    @Test
    void notADate() throws IOException {
        replace("sources.csv", "2025-03-18", "2025-02-30");
        assertErrors("sources.csv:5:4: published_on: [type] expected a date as YYYY-MM-DD, got '2025-02-30'");
    }

    @Test
    void valueNotInEnum() throws IOException {
        replace("countries.csv", "VAT,VA,Holy See (Vatican City State),observer,", "VAT,VA,Holy See (Vatican City State),non-member observer,");
        assertErrors("countries.csv:5:4: un_status: [enum] 'non-member observer' is not one of member, observer, none");
    }

    @Test
    void patternMismatch() throws IOException {
        replace("side_event_hosts.csv", "cnd-68-innovations-continuity-of-care,1,", "CND-68-innovations-continuity-of-care,1,");
        assertErrors("side_event_hosts.csv:2:1: side_event_id: [pattern] "
                + "'CND-68-innovations-continuity-of-care' does not match ^cnd-[0-9]+(-[a-z0-9]+)+$");
    }

    @Test
    void belowMinimum() throws IOException {
        replace("side_event_hosts.csv", "continuity-of-care,1,", "continuity-of-care,0,");
        assertErrors("side_event_hosts.csv:2:2: position: [minimum] 0 is less than 1");
    }

    @Test
    void rowsAfterAMultiLineQuotedValueKeepTheirPhysicalLineNumbers() throws IOException {
        // The title of line 2 now spans lines 2-4, so the row with the bad date moves from line 5 to line 7.
        replace("sources.csv", "seed,UN Commission on Narcotic Drugs 68: Progress and Challenges in Building Humanitarian Drug Policies,",
                "seed,\"UN Commission on Narcotic Drugs 68:\nProgress and Challenges\nin Building Humanitarian Drug Policies\",");
        replace("sources.csv", "2025-03-18", "2025-02-30");
        assertErrors("sources.csv:7:4: published_on: [type] expected a date as YYYY-MM-DD, got '2025-02-30'");
    }

    // ---- keys ---------------------------------------------------------------------------------------

    @Test
    void duplicatePrimaryKeyReportsTheLineOfTheFirstOccurrence() throws IOException {
        // Line 5 now repeats the key (side_event_id, position) of line 3.
        replace("side_event_hosts.csv", "cnd-68-clarifying-harm-reduction,5,", "cnd-68-innovations-continuity-of-care,5,");
        assertErrors("side_event_hosts.csv:5:1: side_event_id,position: [primary-key] "
                + "duplicate value [cnd-68-innovations-continuity-of-care, 5], already on line 3");
    }

    @Test
    void duplicateUniqueValue() throws IOException {
        replace("countries.csv", "PRT,PT,", "PRT,IT,");
        assertErrors("countries.csv:4:2: iso2: [unique] duplicate value 'IT', already on line 3");
    }

    @Test
    void danglingForeignKey() throws IOException {
        // POR is Portugal's IOC code, not its ISO 3166-1 alpha-3 code.
        replace("side_event_hosts.csv", ",,PRT,", ",,POR,");
        assertErrors("side_event_hosts.csv:2:5: country_iso3: [foreign-key] 'POR' matches no iso3 in countries.csv");
    }

    @Test
    void danglingSelfReference() throws IOException {
        replace("organizations.csv", ",argentine-red-cross,ARG,", ",cruz-roja-argentina,ARG,");
        assertErrors("organizations.csv:4:3: parent_id: [foreign-key] 'cruz-roja-argentina' matches no id in organizations.csv");
    }

    @Test
    void danglingSourceIdInSourceList() throws IOException {
        replace("countries.csv", "iso-codes;un-non-member-observer-states", "iso-codes;un-observer-states");
        assertErrors("countries.csv:5:5: source_ids: [foreign-key] 'un-observer-states' matches no id in sources.csv");
    }

    @Test
    void exactlyOneViolatedByGivingBoth() throws IOException {
        replace("side_event_hosts.csv", ",villa-maraini,,", ",villa-maraini,ITA,");
        assertErrors("side_event_hosts.csv:3:4: organization_id,country_iso3: [exactly-one] "
                + "exactly one of organization_id, country_iso3 must have a value, found 2");
    }

    @Test
    void exactlyOneViolatedByGivingNone() throws IOException {
        replace("side_event_hosts.csv", ",,PRT,", ",,,");
        assertErrors("side_event_hosts.csv:2:4: organization_id,country_iso3: [exactly-one] "
                + "exactly one of organization_id, country_iso3 must have a value, found 0");
    }

    // ---- CSV syntax ---------------------------------------------------------------------------------

    @Test
    void unterminatedQuoteIsReportedOnTheLineWhereItsRowStarts() throws IOException {
        replace("side_event_hosts.csv", ",Observatorio Humanitario de Cruz Roja Argentina,", ",\"Observatorio Humanitario de Cruz Roja Argentina,");
        assertErrors("side_event_hosts.csv:4: [csv] a double quote opened in the row that starts on this line is never closed, "
                + "so the rest of the file was read as one value");
    }

    @Test
    void aStrayCommaIsToldToQuoteTheValue() throws IOException {
        replace("countries.csv", "ITA,IT,Italy,", "ITA,IT,Italy, Republic of,");
        assertErrors("countries.csv:3: [columns] expected 5 values, found 6: a value that contains a comma must be in double quotes (\"Vienna, Austria\")",
                "organizations.csv: country_iso3: [foreign-key] references resource 'countries', which could not be read whole, so they were not checked",
                "side_event_hosts.csv: country_iso3: [foreign-key] references resource 'countries', which could not be read whole, so they were not checked");
    }

    @Test
    void textAfterAQuotedValueIsExplained() throws IOException {
        replace("countries.csv", "ITA,IT,Italy,", "ITA,IT,\"Italy\" (Republic),");
        assertErrors("countries.csv:3: [csv] text follows a quoted value before the next ','; inside a value write a double quote twice (\"\") "
                + "and quote the whole value",
                "organizations.csv: country_iso3: [foreign-key] references resource 'countries', which could not be read whole, so they were not checked",
                "side_event_hosts.csv: country_iso3: [foreign-key] references resource 'countries', which could not be read whole, so they were not checked");
    }

    @Test
    void aSpreadsheetsSemicolonSeparatorIsNamedOnce() throws IOException {
        write("countries.csv", read("countries.csv").replace(',', ';'));
        assertErrors("countries.csv:1: [separator] values are separated by ';', not ','; save the file as CSV UTF-8, comma-delimited",
                "organizations.csv: country_iso3: [foreign-key] references resource 'countries', which could not be read whole, so they were not checked",
                "side_event_hosts.csv: country_iso3: [foreign-key] references resource 'countries', which could not be read whole, so they were not checked");
    }

    @Test
    void anIdIsExplainedInWords() throws IOException {
        replace("sources.csv", "iso-codes,reference,", "ISO codes,reference,");
        assertEquals("sources.csv:3:1: id: [pattern] 'ISO codes' is not an id: lower-case letters a-z and digits, in words joined by single hyphens (hist-h97)",
                firstError());
    }

    /** A list of ids separated by ';' (the real package's source_ids): the failing value is named, and why. */
    @Test
    void aListNamesTheValueThatFailsAndWhy() throws IOException {
        replace("datapackage.json", "\"enum\": [\"member\", \"observer\", \"none\"]}},\n          {\"name\": \"source_ids\", \"type\": \"string\", \"constraints\": {\"required\": true}",
                "\"enum\": [\"member\", \"observer\", \"none\"]}},\n          {\"name\": \"source_ids\", \"type\": \"string\", "
                        + "\"constraints\": {\"required\": true, \"pattern\": \"^[a-z0-9]+(-[a-z0-9]+)*(;[a-z0-9]+(-[a-z0-9]+)*)*$\"}");
        String list = "iso-codes;un-non-member-observer-states";
        for (String[] wrong : new String[][] {
                {"iso-codes; un-non-member-observer-states", "value 2 ' un-non-member-observer-states' has white space around it; separate values by ';' alone"},
                {"iso-codes;;un-non-member-observer-states", "value 2 is empty (';;', or a ';' at the start or end)"},
                {"iso-codes;un-non-member-observer-states;", "value 3 is empty (';;', or a ';' at the start or end)"},
                {"iso-codes;UN-observers", "value 2 'UN-observers' is not an id: lower-case letters a-z and digits, in words joined by single hyphens (hist-h97)"}}) {
            replace("countries.csv", list, wrong[0]);
            assertEquals("countries.csv:5:5: source_ids: [pattern] '" + wrong[0] + "' is a list separated by ';': " + wrong[1], firstError());
            replace("countries.csv", wrong[0], list);
        }
        replace("countries.csv", list, "iso-codes;un-non-member-observer-states;iso-codes");
        assertEquals("countries.csv:5:5: source_ids: [duplicate] 'iso-codes' is listed twice in 'iso-codes;un-non-member-observer-states;iso-codes'", firstError());
    }

    // ---- all at once ------------------------------------------------------------------------------

    @Test
    void reportsEveryDefectInEveryFile() throws IOException {
        replace("sources.csv", "2025-03-18", "2025-02-30");
        replace("countries.csv", ",observer,", ",non-member observer,");
        replace("organizations.csv", ",argentine-red-cross,ARG,", ",cruz-roja-argentina,ARG,");
        replace("side_event_hosts.csv", ",,PRT,", ",,,");
        replace("side_event_hosts.csv", ",Argentinian Red Cross,", ", Argentinian Red Cross,");

        InvalidDatasetException e = assertThrows(InvalidDatasetException.class, () -> DatasetReader.read(DatasetFiles.directory(dir)));

        // Value errors come first, file by file in package order; then the key checks, table by table.
        List<String> expected = List.of(
                "sources.csv:5:4: published_on: [type] expected a date as YYYY-MM-DD, got '2025-02-30'",
                "countries.csv:5:4: un_status: [enum] 'non-member observer' is not one of member, observer, none",
                "side_event_hosts.csv:5:6: name_as_listed: [whitespace] ' Argentinian Red Cross' has leading or trailing white space",
                "organizations.csv:4:3: parent_id: [foreign-key] 'cruz-roja-argentina' matches no id in organizations.csv",
                "side_event_hosts.csv:2:4: organization_id,country_iso3: [exactly-one] exactly one of organization_id, country_iso3 must have a value, found 0");
        assertEquals(expected, strings(e));
        assertTrue(e.getMessage().startsWith("The dataset in " + dir.toAbsolutePath() + " is invalid (5 errors); nothing was loaded:\n"),
                e.getMessage());
        for (String error : expected) {
            assertTrue(e.getMessage().contains("\n  " + error), () -> "message lacks " + error + ":\n" + e.getMessage());
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------

    @Test
    void aTableThatCannotBeReadWholeIsNotBlamedAgainInEveryRowThatReferencesIt() throws IOException {
        replace("countries.csv", "iso3,iso2,name", "iso,iso2,name");
        replace("sources.csv", "id,", "identifier,");

        assertErrors(
                "sources.csv:1: id: [header] missing column 'id'",
                "sources.csv:1:1: [header] unexpected column 'identifier'",
                "countries.csv:1: iso3: [header] missing column 'iso3'",
                "countries.csv:1:1: [header] unexpected column 'iso'",
                "organizations.csv: country_iso3: [foreign-key] references resource 'countries', which could not be read whole, so they were not checked",
                "organizations.csv: source_ids: [foreign-key] references resource 'sources', which could not be read whole, so they were not checked",
                "side_event_hosts.csv: country_iso3: [foreign-key] references resource 'countries', which could not be read whole, so they were not checked",
                "side_event_hosts.csv: source_ids: [foreign-key] references resource 'sources', which could not be read whole, so they were not checked");
    }

    private static List<Object[]> rows(ValidatedDataset dataset, String table) {
        return dataset.tables().get(table).rows();
    }

    private void assertErrors(String... expected) {
        InvalidDatasetException e = assertThrows(InvalidDatasetException.class, () -> DatasetReader.read(DatasetFiles.directory(dir)));
        assertEquals(List.of(expected), strings(e));
    }

    private static List<String> strings(InvalidDatasetException e) {
        return e.errors().stream().map(Object::toString).toList();
    }

    private String read(String name) throws IOException {
        return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    /** Replaces the one occurrence of {@code from}; fails if the fixture does not hold it exactly once. */
    private String firstError() {
        InvalidDatasetException e = assertThrows(InvalidDatasetException.class, () -> DatasetReader.read(DatasetFiles.directory(dir)));
        return e.errors().get(0).toString();
    }

    private void replace(String name, String from, String to) throws IOException {
        String content = read(name);
        int at = content.indexOf(from);
        assertTrue(at >= 0 && content.indexOf(from, at + 1) < 0, () -> name + " must contain exactly once: " + from);
        write(name, content.substring(0, at) + to + content.substring(at + from.length()));
    }

    /** Removes one column from every line (the fixture's lines hold no quoted commas). */
    private void dropColumn(String name, int index) throws IOException {
        String csv = read(name).lines().map(line -> {
            List<String> values = new java.util.ArrayList<>(Arrays.asList(line.split(",", -1)));
            values.remove(index);
            return String.join(",", values);
        }).collect(Collectors.joining("\n", "", "\n"));
        write(name, csv);
    }
}
