package org.opendrugpolicy.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The CND's record from CND 60 (2017) to CND 69 (2026), checked against what the history fact sheet
 * (source cnd-history-sheet, shared/reference/cnd-history.md) states, in the real dataset in {@code data/}.
 */
class HistoryDataTest {
    private static ValidatedDataset dataset;

    @BeforeAll
    static void read() {
        dataset = DatasetReader.read(DatasetFiles.directory(java.nio.file.Path.of("data")));
    }

    @Test
    void tenSessionsFromCnd60ToCnd69AndCnd69sOutcomeIsNotYetKnown() {
        List<Map<String, Object>> sessions = rows("sessions");
        assertEquals(List.of(60L, 61L, 62L, 63L, 64L, 65L, 66L, 67L, 68L, 69L), sessions.stream().map(s -> s.get("number")).sorted().toList());
        Map<String, Object> cnd69 = one(sessions, "id", "cnd-69");
        assertEquals("not-yet-reported", cnd69.get("outcome_status"));
        assertEquals(LocalDate.of(2026, 3, 9), cnd69.get("start_date"));
        for (String unknown : List.of("chair_name", "chair_country_iso3", "participants", "side_events_total", "resolutions_adopted")) {
            assertNull(cnd69.get(unknown), unknown);
        }
        assertTrue(where(sessions, s -> !s.get("id").equals("cnd-69")).stream().allMatch(s -> "reported".equals(s.get("outcome_status"))));
        assertTrue(where(rows("scheduling_decisions"), d -> d.get("session_id").equals("cnd-69")).stream().allMatch(d -> d.get("outcome") == null));
        assertTrue(where(rows("resolutions"), r -> r.get("session_id").equals("cnd-69")).isEmpty());
    }

    @Test
    void sessionFactsAsTheSheetGivesThem() {
        List<Map<String, Object>> sessions = rows("sessions");
        Map<String, Object> cnd62 = one(sessions, "id", "cnd-62");
        assertEquals(2400L, cnd62.get("participants"));
        assertEquals(100L, cnd62.get("side_events_total"));
        assertEquals("about", cnd62.get("side_events_total_qualifier"));
        assertEquals("SDN", cnd62.get("chair_country_iso3"));
        assertNull(cnd62.get("chair_name"), "the chair's name is UNCONFIRMED");
        assertNull(one(sessions, "id", "cnd-61").get("chair_name"), "the chair's name is UNCONFIRMED");
        assertEquals(4L, one(sessions, "id", "cnd-64").get("resolutions_adopted"));
        assertNull(one(sessions, "id", "cnd-64").get("side_events_total"), "36 against 115: conflict c15, left empty");
        assertEquals(177L, one(sessions, "id", "cnd-68").get("side_events_total"));
        List<Map<String, Object>> segments = rows("session_segments");
        Map<String, Object> ministerial = one(where(segments, s -> s.get("session_id").equals("cnd-62")), "kind", "ministerial");
        assertEquals(List.of(LocalDate.of(2019, 3, 14), LocalDate.of(2019, 3, 15)), List.of(ministerial.get("start_date"), ministerial.get("end_date")));
        Map<String, Object> reconvened63 = one(where(segments, s -> s.get("session_id").equals("cnd-63")), "kind", "reconvened");
        assertEquals(List.of(LocalDate.of(2020, 12, 2), LocalDate.of(2020, 12, 4), "hybrid"),
                List.of(reconvened63.get("start_date"), reconvened63.get("end_date"), reconvened63.get("format")));
        assertEquals(Set.of("cnd-60", "cnd-61"), where(segments, s -> "contested".equals(s.get("dates_status"))).stream()
                .map(s -> s.get("session_id")).collect(Collectors.toSet()), "conflicts c1 and c2");
    }

    @Test
    void schedulingDecisionsPerSession() {
        Map<Object, Long> perSession = rows("scheduling_decisions").stream()
                .collect(Collectors.groupingBy(d -> d.get("session_id"), TreeMap::new, Collectors.counting()));
        assertEquals(Map.of("cnd-60", 4L, "cnd-61", 12L, "cnd-62", 10L, "cnd-63", 19L, "cnd-64", 8L, "cnd-65", 6L, "cnd-66", 7L, "cnd-67", 9L,
                "cnd-68", 6L, "cnd-69", 3L), perSession);
    }

    @Test
    void cnd61PlacedTwelveSubstancesUnanimouslyCarfentanilInTwoSchedules() {
        List<Map<String, Object>> cnd61 = where(rows("scheduling_decisions"), d -> d.get("session_id").equals("cnd-61"));
        assertEquals(12, cnd61.size());
        for (Map<String, Object> d : cnd61) {
            assertEquals("added", d.get("outcome"), d.get("id").toString());
            assertEquals("unanimous", d.get("voting"), d.get("id").toString());
            assertEquals(LocalDate.of(2018, 3, 14), d.get("decided_on"));
            assertNull(d.get("votes_in_favour"), "unanimous, counts UNCONFIRMED");
        }
        assertEquals(6, where(cnd61, d -> "1961".equals(d.get("convention"))).size());
        assertEquals(6, where(cnd61, d -> "1971".equals(d.get("convention")) && "II".equals(d.get("schedules"))).size());
        assertEquals("I;IV", one(cnd61, "id", "cnd-61-carfentanil").get("schedules"));
    }

    @Test
    void cnd68IncludedSixSubstancesEachWithItsConventionAndSchedule() {
        List<Map<String, Object>> cnd68 = where(rows("scheduling_decisions"), d -> d.get("session_id").equals("cnd-68"));
        assertEquals(6, cnd68.size());
        List<Map<String, Object>> links = rows("scheduling_decision_substances");
        for (Map<String, Object> d : cnd68) {
            assertEquals("added", d.get("outcome"));
            assertNotNull(d.get("convention"), d.get("id").toString());
            assertNotNull(d.get("schedules"), d.get("id").toString());
            assertEquals(1, where(links, l -> l.get("decision_id").equals(d.get("id"))).size(), d.get("id").toString());
        }
        assertEquals(4, where(cnd68, d -> "1961".equals(d.get("convention")) && "I".equals(d.get("schedules"))).size());
        Map<String, Object> hhc = one(cnd68, "id", "cnd-68-hhc");
        assertEquals(List.of("1971", "II", LocalDate.of(2025, 3, 12)), List.of(hhc.get("convention"), hhc.get("schedules"), hhc.get("decided_on")));
        assertNull(hhc.get("votes_in_favour"), "the number voting yes is UNCONFIRMED");
        assertEquals(1L, hhc.get("votes_abstaining"));
    }

    @Test
    void theDecember2020CannabisVoteIs27To25To1WithUkraineAbstaining() {
        Map<String, Object> decision = one(rows("resolutions"), "resolution_number", "63/17");
        assertEquals("decision", decision.get("kind"));
        assertEquals("Deletion of cannabis and cannabis resin from Schedule IV of the Single Convention on Narcotic Drugs of 1961 as amended by the 1972 Protocol",
                decision.get("title"));
        assertEquals(List.of("vote", LocalDate.of(2020, 12, 2), 27L, 25L, 1L), List.of(decision.get("adoption"), decision.get("adopted_on"),
                decision.get("votes_in_favour"), decision.get("votes_against"), decision.get("votes_abstaining")));
        Map<String, Object> rec = one(rows("scheduling_decisions"), "recommendation_number", "5.1");
        assertEquals(decision.get("id"), rec.get("decided_by_id"), "the numbered decision and the recommendation it decided");
        assertEquals(List.of(27L, 25L, 1L, "deleted", "1961", "IV"), List.of(rec.get("votes_in_favour"), rec.get("votes_against"), rec.get("votes_abstaining"),
                rec.get("outcome"), rec.get("convention"), rec.get("schedules")));
        List<Map<String, Object>> rollCall = where(rows("scheduling_votes"), v -> v.get("decision_id").equals(rec.get("id")));
        Map<Object, List<Object>> byVote = rollCall.stream().collect(Collectors.groupingBy(v -> v.get("vote"), TreeMap::new,
                Collectors.mapping(v -> v.get("country_iso3"), Collectors.toList())));
        assertEquals(27, byVote.get("in-favour").size());
        assertEquals(List.of("UKR"), byVote.get("abstaining"));
        assertEquals(List.of("HUN"), byVote.get("against"), "only Hungary of the 25 against is named");
        assertTrue(byVote.get("in-favour").containsAll(List.of("USA", "GBR", "DEU", "FRA", "IND", "MAR", "URY")));
    }

    @Test
    void theOtherCannabisRecommendationsMoveBetweenConventionsAndNoVote() {
        List<Map<String, Object>> decisions = rows("scheduling_decisions");
        Map<String, Object> move = one(decisions, "recommendation_number", "5.2");
        assertEquals(List.of("move", "1971", "1961", "I", "rejected", 23L, 28L, 2L), List.of(move.get("proposed_change"), move.get("from_convention"),
                move.get("convention"), move.get("schedules"), move.get("outcome"), move.get("votes_in_favour"), move.get("votes_against"), move.get("votes_abstaining")));
        for (String number : List.of("5.3", "5.6")) {
            Map<String, Object> noVote = one(decisions, "recommendation_number", number);
            assertEquals(List.of("rejected", "no-vote"), List.of(noVote.get("outcome"), noVote.get("voting")), number);
            assertNull(noVote.get("votes_in_favour"), number);
        }
        Map<String, Object> postponed = one(decisions, "id", "cnd-62-cannabis-recommendations");
        assertEquals(List.of("postponed", "5.1-5.6", "cnd-62-dec-62-14"), List.of(postponed.get("outcome"), postponed.get("recommendation_number"), postponed.get("decided_by_id")));
        assertEquals(7, where(rows("scheduling_decision_substances"), l -> l.get("decision_id").equals(postponed.get("id"))).size());
    }

    @Test
    void aGroupOfSubstancesIsOneRowWithItsSize() {
        Map<String, Object> group = one(rows("substances"), "id", "p2p-methyl-glycidic-acid-and-esters");
        assertEquals(List.of(true, 9L), List.of(group.get("is_group"), group.get("group_size")));
        Map<String, Object> decision = one(rows("scheduling_decisions"), "id", "cnd-67-p2p-methyl-glycidic-acid-and-esters");
        assertEquals(List.of("1988", "Table I", "added", "unanimous", LocalDate.of(2024, 12, 3)), List.of(decision.get("convention"), decision.get("schedules"),
                decision.get("outcome"), decision.get("voting"), decision.get("effective_on")));
    }

    @Test
    void numberedTextsHaveTheirExactOfficialTitles() {
        List<Map<String, Object>> resolutions = rows("resolutions");
        Map<String, String> titles = new LinkedHashMap<>();
        titles.put("60/1", "Preparations for the sixty-second session of the Commission on Narcotic Drugs in 2019");
        titles.put("61/1", "Budget for the biennium 2018–2019 for the Fund of the United Nations International Drug Control Programme");
        titles.put("61/2", "Strengthening efforts to prevent drug abuse in educational settings");
        titles.put("61/3", "Laboratory support for the implementation of the scheduling decisions of the Commission on Narcotic Drugs");
        titles.put("61/4", "Promoting measures for the prevention of mother-to-child transmission of HIV, hepatitis B and C and syphilis among women who use drugs");
        titles.put("62/1", "Strengthening international cooperation and comprehensive regulatory and institutional frameworks for the control of precursors used in the illicit manufacture of narcotic drugs and psychotropic substances");
        titles.put("63/1", "Promoting efforts by Member States to address and counter the world drug problem, in particular supply reduction-related measures, through effective partnerships with private sector entities");
        titles.put("63/6", "Implementation of the budget for the biennium 2020–2021 for the Fund of the United Nations International Drug Control Programme");
        titles.forEach((number, title) -> {
            Map<String, Object> r = one(resolutions, "resolution_number", number);
            assertEquals(title, r.get("title"), number);
            assertEquals(List.of("official", true), List.of(r.get("title_status"), r.get("title_complete")), number);
        });
        for (String cut : List.of("61/5", "62/2", "63/3", "63/18")) {
            Map<String, Object> r = one(resolutions, "resolution_number", cut);
            assertEquals(false, r.get("title_complete"), cut);
            assertTrue(((String) r.get("title")).endsWith("…"), cut);
        }
        for (Map<String, Object> r : resolutions) {
            assertEquals(((String) r.get("title")).endsWith("…"), !(Boolean) r.get("title_complete"), r.get("id").toString());
        }
        Map<String, Object> declaration = one(resolutions, "kind", "declaration");
        assertEquals(List.of("cnd-62", "consensus", LocalDate.of(2019, 3, 14)), List.of(declaration.get("session_id"), declaration.get("adoption"), declaration.get("adopted_on")));
        assertTrue(where(resolutions, r -> List.of("cnd-67", "cnd-68").contains(r.get("session_id"))).stream().allMatch(r -> r.get("resolution_number") == null),
                "CND 67 and 68 numbers are UNCONFIRMED");
    }

    @Test
    void bureausSayWhoChairedEachSession() {
        List<Map<String, Object>> chairs = where(rows("bureau_members"), b -> b.get("office").equals("chair"));
        Map<Object, Object> chairCountry = chairs.stream().collect(Collectors.toMap(b -> b.get("session_id"), b -> b.get("country_iso3"), (a, b) -> a, TreeMap::new));
        assertEquals(Map.of("cnd-60", "NOR", "cnd-61", "MEX", "cnd-62", "SDN", "cnd-63", "PAK", "cnd-64", "POL", "cnd-65", "BEL", "cnd-66", "COL", "cnd-67", "GHA",
                "cnd-68", "IND"), chairCountry);
        // the bureau's chairs and the sessions' chairs agree
        for (Map<String, Object> session : rows("sessions")) {
            Object country = chairCountry.get(session.get("id"));
            assertEquals(country, session.get("chair_country_iso3"), session.get("id").toString());
        }
        List<Map<String, Object>> firstVice65 = where(rows("bureau_members"), b -> b.get("session_id").equals("cnd-65") && b.get("office").equals("first-vice-chair"));
        assertEquals(List.of("KEN", "GHA"), firstVice65.stream().sorted((a, b) -> Long.compare((Long) a.get("position"), (Long) b.get("position")))
                .map(b -> b.get("country_iso3")).toList());
    }

    @Test
    void earlierSideEventsKeepTheirOrganizersInOrder() {
        List<Map<String, Object>> hosts = where(rows("side_event_hosts"), h -> h.get("side_event_id").equals("cnd-62-un-sco-fight-against-drugs"));
        hosts.sort((a, b) -> Long.compare((Long) a.get("position"), (Long) b.get("position")));
        assertEquals(Arrays.asList("CHN", "KGZ", "RUS", null, null), hosts.stream().map(h -> h.get("country_iso3")).toList());
        assertEquals("shanghai-cooperation-organization", hosts.get(4).get("organization_id"));
        Map<String, Object> event = one(rows("side_events"), "id", "cnd-62-un-sco-fight-against-drugs");
        assertEquals(List.of(LocalDate.of(2019, 3, 14), "Conference Room M2"), List.of(event.get("held_on"), event.get("room")));
        assertEquals(false, one(rows("side_events"), "id", "cnd-62-therapeutic-communities").get("hosts_complete"));
        assertEquals(false, one(rows("side_events"), "id", "cnd-66-dame-zettai").get("title_complete"));
        assertEquals(4, where(rows("side_events"), e -> e.get("session_id").equals("cnd-62")).size(), "only events a source lists; the total is a session fact");
    }

    @Test
    void everyRowOfEveryTableCitesSourcesTheApiServes() {
        Set<Object> sources = rows("sources").stream().map(s -> s.get("id")).collect(Collectors.toSet());
        for (ValidatedDataset.Table table : dataset.tables().values()) {
            String name = table.resource().name();
            if (Set.of("sources", "releases", "record_changes").contains(name)) {
                continue;
            }
            DataPackage.Field field = table.resource().schema().fields().stream().filter(f -> f.name().equals("source_ids")).findFirst().orElse(null);
            assertNotNull(field, name + " has source_ids");
            assertTrue(field.required(), name);
            for (Map<String, Object> row : rows(name)) {
                for (String id : ((String) row.get("source_ids")).split(";")) {
                    assertTrue(sources.contains(id), name + ": " + id);
                }
            }
        }
        long history = rows("sources").stream().filter(s -> ((String) s.get("id")).startsWith("hist-h")).count();
        assertEquals(109, history, "H1-H111 without H82 and H84");
        assertTrue(rows("sources").stream().allMatch(s -> s.get("title_basis") != null));
    }

    @Test
    void notesCiteSourceIdsNotFactSheetReferences() {
        for (String table : List.of("sessions", "resolutions", "sponsorships", "side_events", "organizations", "meetings")) {
            for (Map<String, Object> row : rows(table)) {
                for (Object value : row.values()) {
                    if (value instanceof String text) {
                        assertFalse(text.matches("(?s).*\\b[SA][0-9]{1,2}\\b.*"), table + ": " + text);
                        assertFalse(text.contains("seed 00") || text.contains("Seed 00") || text.contains("§"), table + ": " + text);
                    }
                }
            }
        }
    }

    @Test
    void everyInferredValueIsMarkedAndPointsAtAValue() {
        List<Map<String, Object>> inferred = rows("inferred_values");
        for (Map<String, Object> mark : inferred) {
            ValidatedDataset.Table table = dataset.tables().get((String) mark.get("table_name"));
            Map<String, Object> record = record(table, (String) mark.get("record_id"));
            assertNotNull(record, mark.toString());
            assertTrue(record.containsKey(mark.get("field")), mark.toString());
            assertNotNull(record.get(mark.get("field")), "an inferred value is a value: " + mark);
            assertTrue(((String) mark.get("source_ids")).startsWith("cnd-history-sheet;"), mark.toString());
        }
        // The sheet's INFERRED values: CND 62's nine inclusions (from "nine"), CND 63's eleven (from "accepted all"), the L.10 = 62/14 link.
        Set<Object> outcomes = where(inferred, m -> m.get("field").equals("outcome")).stream().map(m -> m.get("record_id")).collect(Collectors.toSet());
        assertEquals(20, outcomes.size());
        assertTrue(outcomes.containsAll(List.of("cnd-62-cyclopropylfentanyl", "cnd-62-n-ethylnorpentylone", "cnd-63-crotonylfentanyl", "cnd-63-doc")));
        assertFalse(outcomes.contains("cnd-63-etizolam"), "stated by the report, not inferred");
        assertNotNull(record(dataset.tables().get("resolutions"), "cnd-62-dec-62-14"));
        assertEquals(1, where(inferred, m -> m.get("record_id").equals("cnd-62-dec-62-14") && m.get("field").equals("symbol")).size());
        // Every CND 62 inclusion (from "nine") and every CND 63 WHO inclusion but etizolam's (from "accepted all") is marked.
        for (Map<String, Object> d : where(rows("scheduling_decisions"), d -> "added".equals(d.get("outcome"))
                && (d.get("session_id").equals("cnd-62") || d.get("session_id").equals("cnd-63") && "who".equals(d.get("recommended_by"))))) {
            assertEquals(!d.get("id").equals("cnd-63-etizolam"), outcomes.contains(d.get("id")), d.get("id").toString());
        }
    }

    @Test
    void everyConflictOfTheSheetIsRecordedWithBothClaimsAndTheirSources() {
        List<Map<String, Object>> conflicts = rows("conflicts");
        // the history sheet's C1-C19, and (release 2026.12.01) the two conflicts the first fact sheet names without a number
        assertEquals(21, conflicts.size());
        assertEquals(Set.of("c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9", "c10", "c11", "c12", "c13", "c14", "c15", "c16", "c17", "c18", "c19",
                        "c20", "c21"),
                conflicts.stream().map(c -> c.get("id")).collect(Collectors.toSet()));
        List<Map<String, Object>> claims = rows("conflict_claims");
        for (Map<String, Object> conflict : conflicts) {
            List<Map<String, Object>> two = where(claims, c -> c.get("conflict_id").equals(conflict.get("id")));
            assertEquals(2, two.size(), conflict.get("id").toString());
            List<String> conflictSources = Arrays.asList(((String) conflict.get("source_ids")).split(";"));
            for (Map<String, Object> claim : two) {
                String ids = (String) claim.get("source_ids");
                assertFalse(ids.isEmpty());
                assertTrue(conflictSources.containsAll(Arrays.asList(ids.split(";"))), claim.toString());
                if (claim.get("table_name") != null) {
                    assertNotNull(record(dataset.tables().get((String) claim.get("table_name")), (String) claim.get("record_id")), claim.toString());
                }
            }
        }
        // c16: the recorded US vote on HHC is version A's, and version B is kept with its own source.
        List<Map<String, Object>> c16 = where(claims, c -> c.get("conflict_id").equals("c16"));
        assertEquals(List.of(true, false), c16.stream().sorted((a, b) -> Long.compare((Long) a.get("position"), (Long) b.get("position"))).map(c -> c.get("recorded")).toList());
        assertEquals("abstaining", one(where(rows("scheduling_votes"), v -> v.get("decision_id").equals("cnd-68-hhc")), "country_iso3", "USA").get("vote"));
        // c6, c7: unresolved tallies stay empty.
        assertNull(one(rows("scheduling_decisions"), "id", "cnd-65-brorphine").get("votes_in_favour"));
        assertNull(one(rows("scheduling_decisions"), "id", "cnd-67-butonitazene").get("votes_in_favour"));
    }

    @Test
    void countriesCarryCldrNamesInTheSixUnLanguages() {
        for (Map<String, Object> country : rows("countries")) {
            for (String lang : List.of("ar", "zh", "en", "fr", "ru", "es")) {
                assertNotNull(country.get("name_" + lang), country.get("iso3") + " " + lang);
            }
        }
        Map<String, Object> civ = one(rows("countries"), "iso3", "CIV");
        assertEquals("科特迪瓦", civ.get("name_zh"));
        assertEquals("Кот-д’Ивуар", civ.get("name_ru"));
        assertTrue(Arrays.asList(((String) civ.get("name_variants")).split(";")).contains("Costa de Marfil"));
        assertTrue(((String) civ.get("source_ids")).contains("cldr-localenames-full"));
    }

    @Test
    void seed001sRomeConsensusClaimsAreRecordedAsUnconfirmed() {
        List<Map<String, Object>> activities = rows("reported_activities");
        Map<String, Object> stand = one(activities, "kind", "exhibition-stand");
        assertEquals(List.of(1L, 5L, "unconfirmed"), List.of(stand.get("quantity"), stand.get("duration_days"), stand.get("claim_status")));
        assertEquals(3L, one(activities, "kind", "events-led").get("quantity"));
        assertTrue(((String) one(activities, "kind", "initiative").get("description")).contains("Global Review on Humanitarian Drug Policies"));
    }

    // ---- helpers ----------------------------------------------------------------------------------

    /** The record whose id (primary key, composite keys joined with |) is {@code id}, or null. */
    private static Map<String, Object> record(ValidatedDataset.Table table, String id) {
        List<String> key = table.resource().schema().primaryKeyFields();
        for (Map<String, Object> row : rows(table.resource().name())) {
            String rowId = key.stream().map(k -> String.valueOf(row.get(k))).collect(Collectors.joining(RecordHistory.SEPARATOR));
            if (rowId.equals(id)) {
                return row;
            }
        }
        return null;
    }

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
        return new ArrayList<>(rows.stream().filter(test).toList());
    }

    private static Map<String, Object> one(List<Map<String, Object>> rows, String field, Object value) {
        List<Map<String, Object>> found = where(rows, r -> value.equals(r.get(field)));
        assertEquals(1, found.size(), () -> field + "=" + value + ": " + found);
        return found.get(0);
    }
}
