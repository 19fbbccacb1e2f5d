package org.opendrugpolicy.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rule of data/README.md, "every fact-sheet reference that a row's note or summary mentions is also in that row's
 * source_ids", for every table with source_ids and every free-text column of it (a note, description, summary...),
 * in the real dataset in {@code data/}. Notes cite sources by id (hist-h12, idpc-2024-cnd67-proceedings-report); a
 * fact sheet's own reference (S24, A26, H12) counts too, through the source whose {@code ref} it is. The loader does
 * not check this, so a note that names a source its row does not cite would otherwise be published.
 */
class SourcesNamedInNotesAreCitedTest {
    private static final Path DATA = Path.of("data");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
    /** A slug standing alone: not part of a longer slug such as cnd-68-hhc. */
    private static final Pattern SLUG = Pattern.compile("(?<![a-z0-9-])[a-z0-9]+(?:-[a-z0-9]+)*(?![a-z0-9-])");
    /** A fact sheet's reference: S0-S38 and A1-A28 (cnd-facts.md), H1-H111 (cnd-history.md). */
    private static final Pattern REF = Pattern.compile("(?<![A-Za-z0-9])[SAH][0-9]{1,3}(?![A-Za-z0-9])");

    private static JsonNode resources;
    private static Set<String> sourceIds;
    private static Map<String, String> sourceOfRef;

    @BeforeAll
    static void readSources() throws IOException {
        resources = JSON.readTree(DATA.resolve("datapackage.json").toFile()).get("resources");
        sourceIds = new HashSet<>();
        sourceOfRef = new HashMap<>();
        List<String[]> sources = read("sources.csv");
        List<String> header = Arrays.asList(sources.get(0));
        for (String[] row : sources.subList(1, sources.size())) {
            String id = row[header.indexOf("id")];
            sourceIds.add(id);
            for (String ref : row[header.indexOf("ref")].split(";")) {
                if (!ref.isBlank()) {
                    sourceOfRef.put(ref.strip(), id); // "S25; A16": one URL the sheet lists twice
                }
            }
        }
        assertTrue(sourceIds.size() > 100 && sourceOfRef.containsKey("H111") && sourceOfRef.containsKey("A28"), "sources.csv as read");
    }

    @Test
    void everySourceANoteNamesIsInItsRowsSourceIds() throws IOException {
        List<String> uncited = new ArrayList<>();
        int mentions = 0;
        for (JsonNode resource : resources) {
            List<String> columns = textColumns(resource);
            if (columns.isEmpty()) {
                continue;
            }
            List<String[]> rows = read(resource.get("path").asText());
            List<String> header = Arrays.asList(rows.get(0));
            List<String> key = names(resource.get("schema").get("primaryKey"));
            for (String[] row : rows.subList(1, rows.size())) {
                Set<String> cited = Set.of(row[header.indexOf("source_ids")].split(";"));
                for (String column : columns) {
                    String text = row[header.indexOf(column)];
                    for (String named : namedSources(text)) {
                        mentions++;
                        if (!cited.contains(named)) {
                            uncited.add(resource.get("name").asText() + " " + recordId(key, header, row) + " " + column + " names " + named);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), uncited, "sources named in a row's text but missing from its source_ids");
        int found = mentions;
        assertTrue(found > 400, () -> "only " + found + " mentions found: is the text read?");
    }

    @Test
    void everyNoteDescriptionAndSummaryIsChecked() {
        Set<String> checked = new TreeSet<>();
        Set<String> notes = new TreeSet<>();
        for (JsonNode resource : resources) {
            String table = resource.get("name").asText();
            textColumns(resource).forEach(c -> checked.add(table + "." + c));
            if (hasField(resource, "source_ids")) {
                for (JsonNode field : resource.get("schema").get("fields")) {
                    String name = field.get("name").asText();
                    if (name.equals("note") || name.endsWith("_note") || name.equals("description") || name.equals("summary")) {
                        notes.add(table + "." + name);
                    }
                }
            }
        }
        assertTrue(checked.containsAll(notes), () -> "not checked: " + notes.stream().filter(n -> !checked.contains(n)).toList());
        assertTrue(checked.containsAll(List.of("sessions.note", "session_segments.note", "resolutions.summary", "conflicts.note",
                "scheduling_decisions.note", "scheduling_votes.note", "inferred_values.note", "side_events.attendance_note")), checked::toString);
    }

    /** The source ids a text names: by id, or by the fact sheet's reference of a listed source. */
    private static Set<String> namedSources(String text) {
        Set<String> named = new TreeSet<>();
        if (text.isEmpty()) {
            return named;
        }
        Matcher slug = SLUG.matcher(text);
        while (slug.find()) {
            if (sourceIds.contains(slug.group())) {
                named.add(slug.group());
            }
        }
        Matcher ref = REF.matcher(text);
        while (ref.find()) {
            String id = sourceOfRef.get(ref.group());
            if (id != null) {
                named.add(id);
            }
        }
        return named;
    }

    /**
     * The free-text columns of a table that cites sources: its text fields without an enumeration or a pattern that are
     * neither its key, nor a reference to another table, nor source_ids. None where the table has no source_ids.
     */
    private static List<String> textColumns(JsonNode resource) {
        if (!hasField(resource, "source_ids")) {
            return List.of();
        }
        JsonNode schema = resource.get("schema");
        Set<String> keys = new HashSet<>(names(schema.get("primaryKey")));
        for (JsonNode foreignKey : schema.path("foreignKeys")) {
            keys.addAll(names(foreignKey.get("fields")));
        }
        List<String> columns = new ArrayList<>();
        for (JsonNode field : schema.get("fields")) {
            String name = field.get("name").asText();
            JsonNode constraints = field.path("constraints");
            boolean text = field.path("type").asText("string").equals("string") && !constraints.has("enum") && !constraints.has("pattern");
            if (text && !keys.contains(name) && !name.equals("source_ids")) {
                columns.add(name);
            }
        }
        return columns;
    }

    private static boolean hasField(JsonNode resource, String name) {
        for (JsonNode field : resource.get("schema").get("fields")) {
            if (field.get("name").asText().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** Table Schema allows a key to be one field name or an array of names. */
    private static List<String> names(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return List.of();
        }
        if (node.isTextual()) {
            return List.of(node.asText());
        }
        List<String> names = new ArrayList<>();
        node.forEach(n -> names.add(n.asText()));
        return names;
    }

    /** The record's id as record_changes writes it: the key's fields joined with |. */
    private static String recordId(List<String> key, List<String> header, String[] row) {
        return String.join("|", key.stream().map(k -> row[header.indexOf(k)]).toList());
    }

    private static List<String[]> read(String file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (MappingIterator<String[]> it = CSV.readerFor(String[].class).readValues(Files.readString(DATA.resolve(file), StandardCharsets.UTF_8))) {
            while (it.hasNextValue()) {
                rows.add(it.nextValue());
            }
        }
        return rows;
    }
}
