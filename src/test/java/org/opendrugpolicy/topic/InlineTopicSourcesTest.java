package org.opendrugpolicy.topic;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opendrugpolicy.DataCsv;
import org.opendrugpolicy.api.Problem;

/**
 * A record's topics name the sources of their link: each row of data/resolution_topics.csv and data/side_event_topics.csv
 * is served as the record's topic with the row's source_ids as citations, in the row's order. The topic filters, the
 * groups by topic, include=topics and the CSV lists answer as they did when the link was a bare many-to-many; the
 * expected values are read from data/, so that a release changes the data, not this test.
 */
@QuarkusTest
class InlineTopicSourcesTest {

    /** A link table of data/, the table of the records it tags, the column naming the record, and where they are served. */
    private record LinkTable(String table, String records, String recordColumn, String path) {
        List<Map<String, String>> rows() {
            return DataCsv.rows(table);
        }

        /** Record id to its topic ids, from the link table. */
        Map<String, Set<String>> topicsByRecord() {
            Map<String, Set<String>> topics = new TreeMap<>();
            rows().forEach(row -> topics.computeIfAbsent(row.get(recordColumn), r -> new TreeSet<>()).add(row.get("topic_id")));
            return topics;
        }

        /** Every record of the collection, with its topics, in one page. */
        JsonPath all() {
            int total = DataCsv.rows(records).size();
            assertTrue(total <= 200, "one page holds every record of " + records);
            return given().get(path + "?size=200").then().statusCode(200).body("meta.total", equalTo(total)).extract().jsonPath();
        }
    }

    private static final List<LinkTable> LINKS = List.of(
            new LinkTable("resolution_topics", "resolutions", "resolution_id", "/api/v1/resolutions"),
            new LinkTable("side_event_topics", "side_events", "side_event_id", "/api/v1/side-events"));

    @Test
    void everyTopicOfARecordCitesTheSourcesOfItsRowInTheirOrder() {
        for (LinkTable link : LINKS) {
            JsonPath list = link.all();
            for (Map<String, String> row : link.rows()) {
                String record = row.get(link.recordColumn());
                String topic = "data.find { it.id == '" + record + "' }.topics.find { it.id == '" + row.get("topic_id") + "' }";
                List<String> expected = Arrays.asList(row.get("source_ids").split(";"));
                assertEquals(expected, list.getList(topic + ".sources.id"), link.table() + ": " + record + ", " + row.get("topic_id"));
                List<String> hrefs = list.getList(topic + ".sources.href");
                for (int i = 0; i < expected.size(); i++) {
                    assertTrue(hrefs.get(i).endsWith("/api/v1/sources/" + expected.get(i)), hrefs.get(i));
                }
                // the record on its own says the same
                given().get(link.path() + "/" + record).then().statusCode(200)
                        .body("topics.find { it.id == '" + row.get("topic_id") + "' }.sources.id", equalTo(expected));
            }
        }
    }

    @Test
    void aRecordHasExactlyTheTopicsOfItsRowsByName() {
        for (LinkTable link : LINKS) {
            JsonPath list = link.all();
            Map<String, Set<String>> expected = link.topicsByRecord();
            Map<String, String> names = DataCsv.rows("topics").stream().collect(Collectors.toMap(t -> t.get("id"), t -> t.get("name")));
            for (Map<String, String> record : DataCsv.rows(link.records())) {
                String id = record.get("id");
                List<String> topics = list.getList("data.find { it.id == '" + id + "' }.topics.id");
                assertEquals(expected.getOrDefault(id, Set.of()), new TreeSet<>(topics), link.records() + ": " + id);
                List<String> byName = topics.stream().sorted(Comparator.comparing(names::get)).toList();
                assertEquals(byName, topics, "topics by name, as before: " + id);
                List<Object> sources = list.getList("data.find { it.id == '" + id + "' }.topics.sources");
                sources.forEach(cited -> assertFalse(((List<?>) cited).isEmpty(), "every link names a source: " + id));
            }
        }
    }

    @Test
    void everyCitedSourceIsASourceOfTheDataset() {
        Map<String, String> titles = DataCsv.rows("sources").stream().collect(Collectors.toMap(s -> s.get("id"), s -> s.get("title")));
        JsonPath sources = given().get("/api/v1/sources?size=200").then().statusCode(200).extract().jsonPath();
        assertEquals(titles.size(), sources.getInt("meta.total"), "one page holds every source");
        Set<String> served = new HashSet<>(sources.getList("data.id"));
        Set<String> cited = new TreeSet<>();
        for (LinkTable link : LINKS) {
            JsonPath list = link.all();
            List<List<List<Map<String, String>>>> perRecord = list.getList("data.topics.sources");
            perRecord.forEach(topics -> topics.forEach(citations -> citations.forEach(citation -> {
                assertTrue(served.contains(citation.get("id")), "served by /api/v1/sources: " + citation.get("id"));
                assertEquals(titles.get(citation.get("id")), citation.get("title"), citation.get("id"));
                cited.add(citation.get("href"));
            })));
        }
        assertFalse(cited.isEmpty(), "the links cite sources");
        // every citation's href leads to the source
        for (String href : cited) {
            given().get(href).then().statusCode(200).body("id", equalTo(href.substring(href.lastIndexOf('/') + 1)));
        }
    }

    @Test
    void everyTopicOfARecordLinksToTheTopicAsARecordOfItsOwn() {
        Map<String, String> names = DataCsv.rows("topics").stream().collect(Collectors.toMap(t -> t.get("id"), t -> t.get("name")));
        Map<String, String> hrefs = new TreeMap<>();
        for (LinkTable link : LINKS) {
            List<List<Map<String, Object>>> perRecord = link.all().getList("data.topics");
            perRecord.forEach(topics -> topics.forEach(topic -> {
                String id = (String) topic.get("id");
                String href = (String) topic.get("href");
                assertTrue(href != null && href.startsWith("http") && href.endsWith("/api/v1/topics/" + id), link.path() + ": " + id + " -> " + href);
                hrefs.put(id, href);
            }));
        }
        assertFalse(hrefs.isEmpty(), "the records carry topics");
        // each link leads to the topic, whose own record links back to the same address
        hrefs.forEach((id, href) -> given().get(href).then().statusCode(200).body("id", equalTo(id)).body("name", equalTo(names.get(id)))
                .body("links.self", equalTo(href)));
    }

    @Test
    void topicFiltersAndGroupsCountTheRecordsOfTheLinkTables() {
        for (LinkTable link : LINKS) {
            Map<String, Set<String>> recordsByTopic = new HashMap<>();
            link.rows().forEach(row -> recordsByTopic.computeIfAbsent(row.get("topic_id"), t -> new TreeSet<>()).add(row.get(link.recordColumn())));
            JsonPath groups = given().get(link.path() + "/groups?by=topic").then().statusCode(200).extract().jsonPath();
            int records = DataCsv.rows(link.records()).size();
            assertEquals(records, groups.getInt("meta.total"), link.path());
            int untagged = records - link.topicsByRecord().size();
            assertEquals(untagged == 0 ? null : untagged, groups.get("data.find { it.key == null }.count"),
                    "the records without a topic form the group with key null: " + link.path());
            for (Map<String, String> topic : DataCsv.rows("topics")) {
                String id = topic.get("id");
                Set<String> expected = recordsByTopic.getOrDefault(id, Set.of());
                JsonPath listed = given().get(link.path() + "?size=200&topic=" + id).then().statusCode(200)
                        .body("meta.total", equalTo(expected.size())).extract().jsonPath();
                assertEquals(expected, new TreeSet<>(listed.<String>getList("data.id")), link.path() + "?topic=" + id);
                Integer grouped = groups.get("data.find { it.key == '" + id + "' }.count");
                assertEquals(expected.isEmpty() ? null : expected.size(), grouped, link.path() + "/groups?by=topic, " + id);
                if (!expected.isEmpty()) {
                    assertEquals(topic.get("name"), groups.getString("data.find { it.key == '" + id + "' }.label"));
                }
            }
            // any of several topics: the records that have one of them, each once
            List<String> two = recordsByTopic.keySet().stream().sorted().limit(2).toList();
            Set<String> either = new TreeSet<>(recordsByTopic.get(two.get(0)));
            either.addAll(recordsByTopic.get(two.get(1)));
            given().get(link.path() + "?size=200&topic=" + String.join(",", two)).then().statusCode(200).body("meta.total", equalTo(either.size()));
            given().get(link.path() + "/groups?by=session&topic=" + String.join(",", two)).then().statusCode(200).body("meta.total", equalTo(either.size()));
        }
    }

    @Test
    void anUnknownTopicMatchesNothingAndAnEmptyOneIsAProblem() {
        for (LinkTable link : LINKS) {
            given().get(link.path() + "?topic=no-such-topic").then().statusCode(200).body("meta.total", equalTo(0)).body("data", empty());
            given().get(link.path() + "/groups?by=topic&topic=no-such-topic").then().statusCode(200).body("meta.total", equalTo(0)).body("data", empty());
            given().get(link.path() + "?topic=harm-reduction,,treatment").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                    .body("errors[0].name", equalTo("topic"));
        }
    }

    @Test
    void includedTopicsAndCsvColumnsStillNameTheTopics() {
        for (LinkTable link : LINKS) {
            JsonPath withTopics = given().get(link.path() + "?size=200&include=topics").then().statusCode(200).extract().jsonPath();
            Set<String> tagged = link.rows().stream().map(row -> row.get("topic_id")).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(tagged, new TreeSet<>(withTopics.<String>getList("included.topics.id")), link.path() + "&include=topics");
            // the CSV list keeps one column of topic ids, in the JSON's order
            String record = link.rows().get(0).get(link.recordColumn());
            List<String> topics = withTopics.getList("data.find { it.id == '" + record + "' }.topics.id");
            String csv = given().get(link.path() + "?id=" + record + "&fields=id,topics&format=csv").then().statusCode(200).extract().asString();
            assertEquals("id,topics\n" + record + "," + String.join(";", topics) + "\n", csv.replace("\r\n", "\n"));
        }
    }
}
