package org.opendrugpolicy.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Facts the sources state, checked against the real dataset in {@code data/}. */
class DataIntegrityTest {
    private static final Path DATA = Path.of("data");
    private static ValidatedDataset dataset;

    @BeforeAll
    static void read() {
        dataset = DatasetReader.read(DatasetFiles.directory(DATA));
    }

    @Test
    void everyCsvFileIsAResourceAndEveryResourceAFile() throws IOException {
        Set<String> files;
        try (Stream<Path> list = Files.list(DATA)) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> resources = dataset.dataPackage().resources().stream().map(DataPackage.Resource::path)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(files, resources);
    }

    @Test
    void countriesAreEveryIsoEntryWithTheUnMembersAndTheTwoObservers() {
        List<Map<String, Object>> countries = rows("countries");
        assertEquals(249, countries.size());
        assertEquals(193, where(countries, r -> "member".equals(r.get("un_status"))).size());
        assertEquals(Set.of("VAT", "PSE"), values(where(countries, r -> "observer".equals(r.get("un_status"))), "iso3"));
        assertEquals(54, where(countries, r -> "none".equals(r.get("un_status"))).size());
    }

    @Test
    void sessionsAreCnd60ToCnd69() {
        // CND 67 and 68 from the seeds; CND 60-66 and 69 from the history fact sheet since release 2026.11.30.
        List<Map<String, Object>> sessions = rows("sessions");
        assertEquals(Set.of("cnd-60", "cnd-61", "cnd-62", "cnd-63", "cnd-64", "cnd-65", "cnd-66", "cnd-67", "cnd-68", "cnd-69"), values(sessions, "id"));
        assertEquals(67L, one(sessions, "id", "cnd-67").get("number"));
        assertEquals(68L, one(sessions, "id", "cnd-68").get("number"));
    }

    @Test
    void resolutionsPerSession() {
        // Release 2026.11.30 adds the numbered texts and named drafts of CND 60-66 the history fact sheet lists
        // (CND 64's four resolutions have no number or title, so no rows; CND 69 has none yet).
        assertEquals(Map.of("cnd-60", 1L, "cnd-61", 5L, "cnd-62", 4L, "cnd-63", 7L, "cnd-65", 2L, "cnd-66", 4L, "cnd-67", 4L, "cnd-68", 6L),
                countBy(rows("resolutions"), "session_id"));
    }

    @Test
    void sideEventsPerSession() {
        // Release 2026.11.30 adds the CND 62 and CND 66 events the history fact sheet lists.
        assertEquals(Map.of("cnd-62", 4L, "cnd-66", 3L, "cnd-67", 3L, "cnd-68", 7L), countBy(rows("side_events"), "session_id"));
    }

    @Test
    void cnd68BilateralMeetingsAreWithSevenCountries() {
        List<Map<String, Object>> bilateral = where(rows("meetings"),
                r -> "cnd-68".equals(r.get("session_id")) && "bilateral".equals(r.get("kind")));
        assertEquals(7, bilateral.size());
        assertEquals(Set.of("COL", "GTM", "ARG", "MEX", "FIN", "CIV", "KEN"), values(bilateral, "counterpart_country_iso3"));
        assertTrue(bilateral.stream().allMatch(r -> r.get("counterpart_organization_id") == null));
    }

    @Test
    void l6Rev1VotesAndMainSponsor() {
        Map<String, Object> l6 = one(rows("resolutions"), "symbol", "E/CN.7/2025/L.6/Rev.1");
        assertEquals("cnd-68", l6.get("session_id"));
        assertEquals("vote", l6.get("adoption"));
        assertEquals(30L, l6.get("votes_in_favour"));
        assertEquals(3L, l6.get("votes_against"));
        assertEquals(18L, l6.get("votes_abstaining"));

        List<Map<String, Object>> sponsors = where(rows("sponsorships"), r -> l6.get("id").equals(r.get("resolution_id")));
        Map<String, Object> colombia = one(sponsors, "country_iso3", "COL");
        assertEquals("main-sponsor", colombia.get("role"));
        assertEquals("confirmed", colombia.get("claim_status"));
    }

    @Test
    void onlyL6Rev1AndDecision63Slash17HaveVoteCounts() {
        List<Map<String, Object>> counted = where(rows("resolutions"),
                r -> r.get("votes_in_favour") != null || r.get("votes_against") != null || r.get("votes_abstaining") != null);
        assertEquals(Set.of("cnd-68-l6", "cnd-63-dec-63-17"), values(counted, "id"));
    }

    @Test
    void l6Rev1RollCallNames30InFavour3AgainstAnd17AbstainingWithOneAbstainerUnnamed() {
        Map<String, Object> l6 = one(rows("resolutions"), "symbol", "E/CN.7/2025/L.6/Rev.1");
        List<Map<String, Object>> votes = where(rows("votes"), r -> l6.get("id").equals(r.get("resolution_id")));
        assertEquals(50, votes.size());
        assertEquals(Map.of("in-favour", 30L, "against", 3L, "abstaining", 17L), countBy(votes, "vote"));
        assertEquals(Set.of("ARG", "RUS", "USA"), values(where(votes, r -> "against".equals(r.get("vote"))), "country_iso3"));
        assertEquals(Set.of("DZA", "ARM", "BGD", "CHN", "GHA", "IND", "IDN", "IRN", "KEN", "MAR", "PER", "QAT", "SAU", "SGP", "TZA", "THA", "TTO"),
                values(where(votes, r -> "abstaining".equals(r.get("vote"))), "country_iso3"));
        // Named rows never exceed the tally; the one abstainer the transcript does not name has no row.
        assertEquals(l6.get("votes_in_favour"), countBy(votes, "vote").get("in-favour"));
        assertEquals(l6.get("votes_against"), countBy(votes, "vote").get("against"));
        assertEquals((Long) l6.get("votes_abstaining") - 1, countBy(votes, "vote").get("abstaining"));
        assertTrue(((String) l6.get("note")).contains("the unnamed abstainer has no row"));
        assertTrue(votes.stream().allMatch(r -> "cndblog-2025-plenary-fri-afternoon".equals(r.get("source_ids"))));
    }

    @Test
    void everyVoteIsByAnExistingUnMemberOnAResolutionAdoptedByVoteAndNeverExceedsItsTally() {
        Map<Object, Map<String, Object>> countries = new HashMap<>();
        rows("countries").forEach(c -> countries.put(c.get("iso3"), c));
        for (Map<String, Object> vote : rows("votes")) {
            Map<String, Object> country = countries.get(vote.get("country_iso3"));
            assertNotNull(country, () -> "no country " + vote.get("country_iso3"));
            assertEquals("member", country.get("un_status"), () -> vote.get("country_iso3") + " is not a UN member");
        }
        for (Map<String, Object> r : rows("resolutions")) {
            List<Map<String, Object>> votes = where(rows("votes"), v -> r.get("id").equals(v.get("resolution_id")));
            if (!votes.isEmpty()) {
                assertEquals("vote", r.get("adoption"));
            }
            Map<Object, Long> named = countBy(votes, "vote");
            for (String[] kind : new String[][] {{"in-favour", "votes_in_favour"}, {"against", "votes_against"}, {"abstaining", "votes_abstaining"}}) {
                long count = named.getOrDefault(kind[0], 0L);
                Object tally = r.get(kind[1]);
                assertTrue(tally == null ? count == 0 : count <= (Long) tally, () -> r.get("id") + ": more named " + kind[0] + " rows than the tally");
            }
        }
    }

    @Test
    void stimulantsResolutionSponsorsAreThailandAndNorwayNotTheUnitedStates() {
        Map<String, Object> l3 = one(rows("resolutions"), "symbol", "E/CN.7/2025/L.3");
        assertTrue(((String) l3.get("title")).contains("stimulant use disorders"), () -> "title: " + l3.get("title"));

        Map<String, String> status = new TreeMap<>();
        for (Map<String, Object> r : where(rows("sponsorships"), r -> l3.get("id").equals(r.get("resolution_id")))) {
            status.put((String) r.get("country_iso3"), (String) r.get("claim_status"));
        }
        assertEquals(Map.of("THA", "confirmed", "NOR", "confirmed", "USA", "contradicted"), status);
    }

    @Test
    void everyRowOfEveryTableWithSourcesNamesItsSources() {
        Set<String> tablesWithSources = new TreeSet<>();
        for (ValidatedDataset.Table table : dataset.tables().values()) {
            if (column(table, "source_ids") < 0) {
                continue;
            }
            tablesWithSources.add(table.resource().name());
            for (Map<String, Object> row : rows(table.resource().name())) {
                Object ids = row.get("source_ids");
                assertNotNull(ids, () -> table.resource().path() + ": empty source_ids in " + row);
                for (String id : ((String) ids).split(";", -1)) {
                    assertFalse(id.isBlank(), () -> table.resource().path() + ": empty source id in " + row);
                }
            }
        }
        // Every table except sources itself and the history (releases, record_changes); the topic tables have cited
        // sources since release 2026.11.30, like the tables it adds.
        assertEquals(new TreeSet<>(List.of("countries", "topics", "sessions", "session_segments", "organizations", "organization_aliases",
                "resolutions", "resolution_topics", "sponsorships", "votes", "side_events", "side_event_hosts", "side_event_topics", "meetings",
                "substances", "substance_aliases", "scheduling_decisions", "scheduling_decision_substances", "scheduling_votes", "bureau_members",
                "reported_activities", "conflicts", "conflict_claims", "inferred_values")), tablesWithSources);
    }

    @Test
    void everyAliasDiffersFromItsOrganizationsName() {
        Map<Object, Object> names = rows("organizations").stream().collect(Collectors.toMap(r -> r.get("id"), r -> r.get("name")));
        for (Map<String, Object> alias : rows("organization_aliases")) {
            assertNotNull(names.get(alias.get("organization_id")));
            assertFalse(alias.get("alias").equals(names.get(alias.get("organization_id"))), () -> "alias repeats the name: " + alias);
        }
    }

    @Test
    void noTwoOrganizationsShareANameOrAliasIgnoringCase() {
        Map<String, Set<Object>> owners = new HashMap<>();
        for (Map<String, Object> org : rows("organizations")) {
            owners.computeIfAbsent(((String) org.get("name")).toLowerCase(Locale.ROOT), k -> new TreeSet<>()).add(org.get("id"));
        }
        for (Map<String, Object> alias : rows("organization_aliases")) {
            owners.computeIfAbsent(((String) alias.get("alias")).toLowerCase(Locale.ROOT), k -> new TreeSet<>()).add(alias.get("organization_id"));
        }
        Map<String, Set<Object>> shared = owners.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertEquals(Map.of(), shared, "unmerged duplicate organizations");
        // 62 from the seeds, 4 from the earlier side events of the history fact sheet (release 2026.11.30).
        assertEquals(66, rows("organizations").size());
    }

    @Test
    void clarifyingHarmReductionHasNoAttendance() {
        List<Map<String, Object>> events = where(rows("side_events"),
                r -> ((String) r.get("title")).startsWith("Clarifying Harm Reduction"));
        assertEquals(1, events.size());
        assertEquals("Clarifying Harm Reduction: A Return to Public Health and Global Well-Being", events.get(0).get("title"));
        assertNull(events.get(0).get("attendance"));
        // The other CND 68 side events do have a figure, so the column is read.
        assertEquals(6, where(rows("side_events"), r -> "cnd-68".equals(r.get("session_id")) && r.get("attendance") != null).size());
    }

    @Test
    void villaMarainiIsOneOrganizationInFiveCnd68SideEvents() {
        Set<Object> organizations = new TreeSet<>();
        rows("organizations").stream().filter(r -> mentionsVillaMaraini(r.get("name"))).forEach(r -> organizations.add(r.get("id")));
        rows("organization_aliases").stream().filter(r -> mentionsVillaMaraini(r.get("alias"))).forEach(r -> organizations.add(r.get("organization_id")));
        assertEquals(Set.of("villa-maraini"), organizations);

        // Every listing under any of its spellings points to that one row.
        for (Map<String, Object> host : where(rows("side_event_hosts"), r -> mentionsVillaMaraini(r.get("name_as_listed")))) {
            assertEquals("villa-maraini", host.get("organization_id"), () -> "host row " + host);
        }
        for (Map<String, Object> event : where(rows("side_events"), r -> mentionsVillaMaraini(r.get("organizer_name_as_listed")))) {
            assertEquals("villa-maraini", event.get("organizer_id"), () -> "side event " + event);
        }

        Set<Object> events = new TreeSet<>();
        where(rows("side_events"), r -> "villa-maraini".equals(r.get("organizer_id"))).forEach(r -> events.add(r.get("id")));
        where(rows("side_event_hosts"), r -> "villa-maraini".equals(r.get("organization_id"))).forEach(r -> events.add(r.get("side_event_id")));
        Map<Object, Object> sessionOf = rows("side_events").stream().collect(Collectors.toMap(r -> r.get("id"), r -> r.get("session_id")));
        assertEquals(5, events.size(), () -> "events: " + events);
        assertTrue(events.stream().allMatch(id -> "cnd-68".equals(sessionOf.get(id))), () -> "events: " + events);
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private static boolean mentionsVillaMaraini(Object text) {
        return text != null && ((String) text).toLowerCase(Locale.ROOT).contains("villa maraini");
    }

    private static int column(ValidatedDataset.Table table, String field) {
        List<DataPackage.Field> fields = table.resource().schema().fields();
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(field)) {
                return i;
            }
        }
        return -1;
    }

    /** The table's rows as field name to typed value. */
    private static List<Map<String, Object>> rows(String table) {
        ValidatedDataset.Table t = dataset.tables().get(table);
        assertNotNull(t, table);
        List<DataPackage.Field> fields = t.resource().schema().fields();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Object[] values : t.rows()) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < fields.size(); i++) {
                row.put(fields.get(i).name(), values[i]);
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<Map<String, Object>> where(List<Map<String, Object>> rows, Predicate<Map<String, Object>> test) {
        return rows.stream().filter(test).toList();
    }

    private static Set<Object> values(List<Map<String, Object>> rows, String field) {
        return rows.stream().map(r -> r.get(field)).collect(Collectors.toSet());
    }

    private static Map<String, Object> one(List<Map<String, Object>> rows, String field, Object value) {
        List<Map<String, Object>> found = where(rows, r -> value.equals(r.get(field)));
        assertEquals(1, found.size(), () -> field + "=" + value + ": " + found);
        return found.get(0);
    }

    private static Map<Object, Long> countBy(List<Map<String, Object>> rows, String field) {
        return rows.stream().collect(Collectors.groupingBy(r -> r.get(field), Collectors.counting()));
    }
}
