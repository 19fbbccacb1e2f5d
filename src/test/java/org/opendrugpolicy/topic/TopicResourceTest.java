package org.opendrugpolicy.topic;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendrugpolicy.DataCsv;
import org.opendrugpolicy.api.Problem;

/** The topic vocabulary: every topic names its sources (data/topics.csv source_ids), and each is a record of its own. */
@QuarkusTest
class TopicResourceTest {

    @Test
    void vocabularyIsListed() {
        given().get("/api/v1/topics?size=100").then().statusCode(200)
                .body("meta.total", equalTo(DataCsv.rows("topics").size()))
                .body("data.id", hasItem("harm-reduction"));
    }

    @Test
    void everyTopicNamesTheSourcesTheDataGivesInTheirOrder() {
        JsonPath list = given().get("/api/v1/topics?size=200").then().statusCode(200).extract().jsonPath();
        for (Map<String, String> row : DataCsv.rows("topics")) {
            String id = row.get("id");
            List<String> expected = Arrays.asList(row.get("source_ids").split(";"));
            assertEquals(expected, list.getList("data.find { it.id == '" + id + "' }.sources.id"), id);
            String self = list.getString("data.find { it.id == '" + id + "' }.links.self");
            given().get(self).then().statusCode(200).body("id", equalTo(id)).body("sources.id", equalTo(expected))
                    .body("name", equalTo(row.get("name")));
        }
    }

    @Test
    void aTopicByItsIdInAnyCaseAndAnUnknownOneIsAProblem() {
        given().get("/api/v1/topics/HARM-REDUCTION").then().statusCode(200).body("id", equalTo("harm-reduction"));
        given().get("/api/v1/topics/no-such-topic").then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(404)).body("detail", startsWith("No topic has the id 'no-such-topic'"));
    }

    @Test
    void includedTopicsAreTheSameRecordsAsTheList() {
        JsonPath withTopics = given().get("/api/v1/resolutions?size=5&include=topics").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> included = withTopics.getList("included.topics");
        assertTrue(!included.isEmpty(), "the fixture for this test: the first resolutions carry topics");
        for (Map<String, Object> topic : included) {
            Map<String, Object> listed = given().get("/api/v1/topics/" + topic.get("id")).then().statusCode(200).extract().jsonPath().getMap("");
            assertEquals(listed, topic);
        }
    }
}
