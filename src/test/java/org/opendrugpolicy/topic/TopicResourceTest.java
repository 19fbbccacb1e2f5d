package org.opendrugpolicy.topic;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TopicResourceTest {

    @Test
    void vocabularyIsListed() {
        given().get("/api/v1/topics?size=100").then().statusCode(200)
                .body("meta.total", equalTo(18))
                .body("data.id", hasItem("harm-reduction"));
    }
}
