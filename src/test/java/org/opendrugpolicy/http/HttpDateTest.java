package org.opendrugpolicy.http;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Every answer carries a {@code Date} of when it was sent, in IMF-fixdate (RFC 9110 §5.6.7, §6.6.1): an API answer from
 * the REST layer or from memory, a 304, problems, a preflight, HEAD and the explorer's static files.
 */
@QuarkusTest
class HttpDateTest {
    /** IMF-fixdate: a two-digit day, GMT. */
    private static final String IMF_FIXDATE = "(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d{2}:\\d{2}:\\d{2} GMT";

    @Test
    void everyKindOfAnswerIsDatedNowInImfFixdate() {
        String etag = given().get("/api/v1/sessions/cnd-68").then().statusCode(200).extract().header("ETag");
        Map<String, Supplier<Response>> answers = new LinkedHashMap<>();
        answers.put("200 from the REST layer", () -> given().get("/api/v1/countries?size=2&sort=-name"));
        answers.put("200 from memory", () -> given().get("/api/v1/sessions/cnd-68"));
        answers.put("304", () -> given().header("If-None-Match", etag).get("/api/v1/sessions/cnd-68"));
        answers.put("HEAD", () -> given().head("/api/v1/sessions/cnd-68"));
        answers.put("404 problem", () -> given().get("/api/v1/sessions/cnd-1"));
        answers.put("400 problem", () -> given().get("/api/v1/sessions?size=0"));
        answers.put("414 problem from the edge", () -> given().get("/api/v1/sessions?q=" + "a".repeat(10_000)));
        answers.put("CORS preflight", () -> given().header("Origin", "https://dashboard.example").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/sessions"));
        answers.put("explorer page (a static file)", () -> given().get("/"));
        answers.forEach((name, request) -> {
            Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            Response answer = request.get();
            Instant after = Instant.now();
            assertEquals(1, answer.headers().getList("Date").size(), name + ": one Date header, " + answer.headers());
            String date = answer.header("Date");
            assertTrue(date.matches(IMF_FIXDATE), name + ": not IMF-fixdate: " + date);
            Instant sent = ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            assertFalse(sent.isBefore(before) || sent.isAfter(after), name + ": dated " + sent + ", sent between " + before + " and " + after);
        });
    }

    @Test
    void anAnswerFromMemoryIsDatedWhenItIsSentNotWhenItWasKept() throws InterruptedException {
        given().get("/api/v1/topics?size=1").then().statusCode(200);
        Thread.sleep(1_100); // a second later: a Date kept with the answer would be older than this request
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String date = given().get("/api/v1/topics?size=1").then().statusCode(200).extract().header("Date");
        Instant sent = ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        assertFalse(sent.isBefore(before), "dated " + sent + ", requested at " + before);
    }
}
