package org.opendrugpolicy.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * One rule for empty and blank values, on every query parameter of every operation of the contract: {@code name=},
 * {@code name=%20} and {@code name=+} are the same request as leaving the parameter out (the same status and the same
 * representation, ETag included); a required parameter left empty is the 400 problem naming it; {@code cursor=} (empty
 * or blank) starts a cursor walk. A misspelt or repeated parameter is refused even when empty.
 */
@QuarkusTest
class EmptyValuesTest {

    @TestFactory
    Stream<DynamicTest> anEmptyOrBlankValueIsTheParameterLeftOut() {
        return ContractOperations.all().stream().flatMap(operation -> operation.queryParameters().stream().map(parameter ->
                DynamicTest.dynamicTest(operation.operationId() + " " + parameter, () -> {
                    boolean required = operation.required().containsKey(parameter);
                    Response absent = get(required ? operation.urlWithout(parameter) : operation.url());
                    for (String value : new String[] {"", "%20", "+%09"}) {
                        String url = required ? operation.urlWithout(parameter, parameter + "=" + value) : operation.url(parameter + "=" + value);
                        if (parameter.equals("cursor")) {
                            absent = get(operation.url("cursor="));
                        }
                        Response answer = get(url);
                        assertEquals(absent.statusCode(), answer.statusCode(), url + ": " + answer.asString());
                        if (required) {
                            assertEquals(400, answer.statusCode(), url);
                            answer.then().body("errors.name", hasItem(parameter));
                        } else {
                            assertEquals(200, answer.statusCode(), url + ": " + answer.asString());
                            assertEquals(absent.header("ETag"), answer.header("ETag"), url + " is another representation than without " + parameter);
                        }
                    }
                })));
    }

    @Test
    void emptyValuesAreStillCheckedForTheirNames() {
        given().get("/api/v1/side-events?sesion=").then().statusCode(400).body("errors.name", hasItem("sesion"));
        given().urlEncodingEnabled(false).get("/api/v1/side-events?q=&q=%20").then().statusCode(400).body("errors.name", hasItem("q"));
        given().urlEncodingEnabled(false).get("/api/v1/side-events?sesion=%20").then().statusCode(400).body("errors.name", hasItem("sesion"));
    }

    /** PostgreSQL refuses NUL in text (H2 takes it and finds nothing): the same problem on every database, never a 500. */
    @Test
    void theNulCharacterIsAProblemInAnyValueOrPath() {
        given().urlEncodingEnabled(false).get("/api/v1/countries?region=%00&q=a%00b").then().statusCode(400)
                .contentType("application/problem+json").body("errors.name", org.hamcrest.Matchers.containsInAnyOrder("region", "q"));
        given().urlEncodingEnabled(false).get("/api/v1/side-events?country=%00").then().statusCode(400)
                .body("errors[0].name", org.hamcrest.Matchers.equalTo("country")).body("errors[0].reason", org.hamcrest.Matchers.startsWith("unknown parameter"));
        given().urlEncodingEnabled(false).get("/api/v1/resolutions/E%2FCN.7%00").then().statusCode(404).contentType("application/problem+json");
        given().urlEncodingEnabled(false).get("/api/v1/side-events/cnd-68%00").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aBlankCursorStartsAWalkLikeAnEmptyOne() {
        given().urlEncodingEnabled(false).get("/api/v1/side-events?cursor=%20&size=2").then().statusCode(200)
                .body("meta.nextCursor", org.hamcrest.Matchers.notNullValue());
    }

    private static Response get(String url) {
        return given().urlEncodingEnabled(false).header("Accept-Encoding", "identity").get(url);
    }
}
