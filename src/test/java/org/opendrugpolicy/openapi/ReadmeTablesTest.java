package org.opendrugpolicy.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's tables of aggregates and of collections' filters say what the committed contract says: every
 * {@code /groups} operation with exactly its {@code by} values, and every collection's filters by name. A new
 * aggregate, dimension or filter that the README leaves out (four aggregates once were) fails here.
 */
class ReadmeTablesTest {
    /** The parameters every list shares, which the README describes once, not per collection. */
    private static final Set<String> SHARED = Set.of("id", "updatedSince", "page", "size", "cursor", "sort", "include", "fields", "format", "by");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    @Test
    void everyAggregateIsInTheReadmeWithItsByValues() throws IOException {
        JsonNode contract = OpenApiContract.withParametersInline();
        Map<String, Set<String>> inContract = new TreeMap<>();
        contract.path("paths").fields().forEachRemaining(path -> {
            if (path.getKey().endsWith("/groups")) {
                for (JsonNode parameter : path.getValue().path("get").path("parameters")) {
                    if (parameter.path("name").asText().equals("by")) {
                        Set<String> values = new TreeSet<>();
                        parameter.path("schema").path("enum").forEach(value -> values.add(value.asText()));
                        inContract.put(path.getKey(), values);
                    }
                }
            }
        });
        assertFalse(inContract.isEmpty(), "no /groups operation with an enumerated by in the contract");

        Map<String, Set<String>> inReadme = new TreeMap<>();
        for (List<String> row : table("| Aggregate | `by=` |")) {
            inReadme.put(codes(row.get(0)).get(0), new TreeSet<>(codes(row.get(1))));
        }
        assertEquals(inContract, inReadme);
    }

    @Test
    void everyCollectionsFiltersAreInTheReadme() throws IOException {
        JsonNode contract = OpenApiContract.withParametersInline();
        for (List<String> row : table("| Collection | Filters |")) {
            Set<String> filters = new TreeSet<>();
            for (String path : codes(row.get(0)).stream().filter(code -> code.startsWith("/")).toList()) {
                String full = path.startsWith("/api/v1") ? path : "/api/v1" + path;
                JsonNode operation = contract.path("paths").path(full).path("get");
                assertFalse(operation.isMissingNode(), full + " is in the README's table but not in the contract");
                for (JsonNode parameter : operation.path("parameters")) {
                    String name = parameter.path("name").asText();
                    if (parameter.path("in").asText().equals("query") && !SHARED.contains(name)) {
                        filters.add(name);
                    }
                }
            }
            Set<String> inReadme = new TreeSet<>(codes(row.get(1)).stream().filter(code -> code.matches("[A-Za-z]+")).toList());
            assertEquals(filters, inReadme, row.get(0) + ": the README's filters against the contract's");
        }
    }

    /**
     * The README's table of problem types is the contract's list (x-problem-types), row for row in its order: the type's
     * name after the problems' base, its status, and when it is sent, word for word.
     */
    @Test
    void everyProblemTypeIsInTheReadme() throws IOException {
        JsonNode contract = OpenApiContract.withParametersInline();
        List<List<String>> inContract = new ArrayList<>();
        for (JsonNode type : contract.path("components").path("schemas").path("Problem").path(ContractBodies.PROBLEM_TYPES)) {
            String uri = type.path("type").asText();
            inContract.add(List.of(uri.substring(uri.lastIndexOf('/') + 1), type.path("status").asText(), type.path("meaning").asText()));
        }
        assertFalse(inContract.isEmpty(), "no " + ContractBodies.PROBLEM_TYPES + " in the contract");
        List<List<String>> inReadme = new ArrayList<>();
        for (List<String> row : table("| Type | Status | When |")) {
            inReadme.add(List.of(codes(row.get(0)).get(0), row.get(1).strip(), row.get(2).strip()));
        }
        assertEquals(inContract, inReadme);
    }

    /** The rows of the README's table whose header line is {@code header}, each as its cells. */
    private static List<List<String>> table(String header) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int start = lines.indexOf(header);
        assertFalse(start < 0, "the README has no table headed " + header);
        List<List<String>> rows = new ArrayList<>();
        for (int i = start + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String line = lines.get(i);
            rows.add(List.of(line.substring(1, line.length() - 1).split(" \\| ", -1)));
        }
        return rows;
    }

    /** The code spans of a cell, leaving out those in brackets (examples and asides, not the values themselves). */
    private static List<String> codes(String cell) {
        List<String> codes = new ArrayList<>();
        Matcher m = CODE.matcher(cell.replaceAll("\\([^)]*\\)", ""));
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }
}
