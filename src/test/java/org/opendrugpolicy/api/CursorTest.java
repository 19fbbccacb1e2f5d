package org.opendrugpolicy.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Cursor pagination beside page numbers: a walk returns every record once, in order; cursors cannot be forged. */
@QuarkusTest
class CursorTest {

    @Test
    void countryWalkEqualsPageWalkEvenWhenSizeChanges() {
        List<String> byPages = pageWalk("/api/v1/countries?sort=region,name", 100);
        assertEquals(249, byPages.size());
        List<String> byCursor = cursorWalk("/api/v1/countries?sort=region,name", new int[] {20, 50, 7, 200});
        assertEquals(byPages, byCursor);
    }

    @Test
    void sideEventWalkByNullableAttendanceEqualsPageWalk() {
        List<String> byPages = pageWalk("/api/v1/side-events?sort=-attendance", 4);
        // 17 side events since release 2026.11.30 (10 before); the 7 earlier ones have no attendance either.
        assertEquals(17, byPages.size());
        assertEquals(byPages, cursorWalk("/api/v1/side-events?sort=-attendance", new int[] {3, 1, 4}));
    }

    @Test
    void firstCursorPageHasNextCursorAndLinks() {
        JsonPath body = given().get("/api/v1/countries?cursor=&size=2").then().statusCode(200)
                .body("data.id", org.hamcrest.Matchers.contains("AFG", "ALB"))
                .body("meta.total", equalTo(249))
                .body("links.self", equalTo(AbsoluteLinksTest.link("/api/v1/countries?cursor=&size=2")))
                .body("links.first", equalTo(AbsoluteLinksTest.link("/api/v1/countries?cursor=&size=2")))
                .body("links.prev", nullValue())
                .body("links.last", equalTo(AbsoluteLinksTest.link("/api/v1/countries?page=125&size=2")))
                .extract().jsonPath();
        String next = body.getString("meta.nextCursor");
        assertNotNull(next);
        assertEquals(AbsoluteLinksTest.link("/api/v1/countries?cursor=") + next + "&size=2", body.getString("links.next"));
    }

    @Test
    void lastCursorPageHasNoNext() {
        // Ten sessions (CND 60 to 69 since release 2026.11.30) fit on the first page.
        given().get("/api/v1/sessions?cursor=").then().statusCode(200)
                .body("data", hasSize(10))
                .body("meta.nextCursor", nullValue())
                .body("links.next", nullValue());
    }

    @Test
    void tamperedCursorIsRejected() {
        String next = given().get("/api/v1/countries?cursor=&size=5").then().extract().path("meta.nextCursor");
        char flipped = next.charAt(3) == 'A' ? 'B' : 'A';
        String tampered = next.substring(0, 3) + flipped + next.substring(4);
        given().get("/api/v1/countries?size=5&cursor=" + tampered).then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("errors[0].name", equalTo("cursor"))
                .body("errors[0].reason", equalTo("is not a cursor this service issued, or has been modified. Start a new walk with cursor= (empty)"));
        given().get("/api/v1/countries?cursor=garbage").then().statusCode(400).body("errors[0].name", equalTo("cursor"))
                .body("errors[0].reason", endsWith("Start a new walk with cursor= (empty)"));
    }

    /**
     * A cursor from before a restart (signed with another key) or from another release is no forgery: the problem says
     * which, and that the walk starts again, so that a nightly harvester can tell "start again" from "my bug".
     */
    @Test
    void aCursorFromBeforeARestartOrAnotherReleaseSaysToStartAgain() throws Exception {
        String next = given().get("/api/v1/countries?cursor=&size=5").then().extract().path("meta.nextCursor");
        String[] payload = new String(Base64.getUrlDecoder().decode(next.substring(0, next.indexOf('.'))), StandardCharsets.UTF_8).split("\\|", -1);
        assertEquals(4, payload.length, "the form this test rebuilds: format|query|release|offset");

        String afterRestart = signedWithAnotherKey(String.join("|", payload));
        given().get("/api/v1/countries?size=5&cursor=" + afterRestart).then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].name", equalTo("cursor"))
                .body("errors[0].reason", startsWith("was not signed with the key this service holds now: the service has restarted since it was issued"))
                .body("errors[0].reason", endsWith("Start a new walk with cursor= (empty)"));

        String release = payload[2];
        payload[2] = "2026.01.01-0123456789abcdef";
        String ofAnotherRelease = signedWithAnotherKey(String.join("|", payload));
        given().get("/api/v1/countries?size=5&cursor=" + ofAnotherRelease).then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].name", equalTo("cursor"))
                .body("errors[0].reason", equalTo("was issued for dataset release 2026.01.01-0123456789abcdef, and this service now serves "
                        + release + ". Start a new walk with cursor= (empty)"));
    }

    /** A token of the service's form, signed with a key the service does not hold (as one made before a restart). */
    private static String signedWithAnotherKey(String payload) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("another key".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        return encoder.encodeToString(bytes) + "." + encoder.encodeToString(mac.doFinal(bytes));
    }

    @Test
    void cursorOfAnotherCollectionFilterOrSortIsRejected() {
        String next = given().get("/api/v1/countries?cursor=&size=5").then().extract().path("meta.nextCursor");
        given().get("/api/v1/side-events?cursor=" + next).then().statusCode(400)
                .body("errors[0].name", equalTo("cursor"))
                .body("errors[0].reason", startsWith("belongs to another query"));
        given().get("/api/v1/countries?sort=-name&cursor=" + next).then().statusCode(400)
                .body("errors[0].reason", startsWith("belongs to another query"));
        given().get("/api/v1/countries?region=Europe&cursor=" + next).then().statusCode(400)
                .body("errors[0].reason", startsWith("belongs to another query"));
        // size is not part of the query: a walk may change it
        given().get("/api/v1/countries?size=3&cursor=" + next).then().statusCode(200).body("data", hasSize(3));
    }

    @Test
    void cursorAndPageTogetherAreRejected() {
        given().get("/api/v1/countries?cursor=&page=2").then().statusCode(400)
                .body("errors[0].name", equalTo("cursor"))
                .body("errors[0].reason", containsString("not both"));
    }

    private static List<String> pageWalk(String path, int size) {
        List<String> ids = new ArrayList<>();
        for (int page = 1; ; page++) {
            List<String> data = given().get(path + "&page=" + page + "&size=" + size).then().statusCode(200).extract().path("data.id");
            if (data.isEmpty()) {
                return ids;
            }
            ids.addAll(data);
        }
    }

    private static List<String> cursorWalk(String path, int[] sizes) {
        List<String> ids = new ArrayList<>();
        String cursor = "";
        for (int call = 0; cursor != null; call++) {
            JsonPath body = given().get(path + "&size=" + sizes[call % sizes.length] + "&cursor=" + cursor).then().statusCode(200).extract().jsonPath();
            ids.addAll(body.getList("data.id"));
            cursor = body.getString("meta.nextCursor");
        }
        return ids;
    }
}
