package org.opendrugpolicy.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProblemDetailsTest {

    @Test
    void unknownParameterIsNamed() {
        given().get("/api/v1/resolutions?sesion=cnd-68").then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("https://opendrugpolicy.org/problems/invalid-parameter"))
                .body("title", equalTo("Invalid parameter"))
                .body("status", equalTo(400))
                .body("instance", equalTo("/api/v1/resolutions?sesion=cnd-68"))
                .body("errors", hasSize(1))
                .body("errors[0].name", equalTo("sesion"))
                .body("errors[0].reason", equalTo("unknown parameter; this operation takes adoption, claimStatus, cursor, fields, format, id, include, kind, number, page, q, session, size, sort, sponsor, symbol, topic, updatedSince"));
    }

    /** instance is the request's path and query as sent: empty values, which the service reads as absent, stay in it. */
    @Test
    void instanceIsTheTargetAsSent() {
        given().urlEncodingEnabled(false).get("/api/v1/resolutions?q=&size=0&topic=%20").then().statusCode(400)
                .body("instance", equalTo("/api/v1/resolutions?q=&size=0&topic=%20"))
                .body("errors.name", org.hamcrest.Matchers.contains("size"));
        given().urlEncodingEnabled(false).get("/api/v1/no-such-collection?q=").then().statusCode(404)
                .body("instance", equalTo("/api/v1/no-such-collection?q="));
    }

    @Test
    void itemOperationsRejectQueryParameters() {
        given().get("/api/v1/sessions/cnd-68?page=1").then().statusCode(400)
                .body("errors[0].reason", equalTo("unknown parameter; this operation takes no query parameters"));
    }

    @Test
    void repeatedParameterIsRejected() {
        given().get("/api/v1/side-events?session=cnd-68&session=cnd-67").then().statusCode(400)
                .body("errors[0].name", equalTo("session"))
                .body("errors[0].reason", equalTo("given 2 times; give it once"));
    }

    @Test
    void everyBadParameterIsReportedAtOnce() {
        given().get("/api/v1/organizations?type=charity&size=500").then().statusCode(400)
                .body("errors", hasSize(2))
                .body("errors.name", org.hamcrest.Matchers.contains("type", "size"))
                .body("errors[1].reason", equalTo("must be an integer from 1 to 200, got '500'"));
    }

    @Test
    void badEnumerationValueListsTheAllowedOnes() {
        given().get("/api/v1/resolutions?adoption=acclamation").then().statusCode(400)
                .body("errors[0].name", equalTo("adoption"))
                .body("errors[0].reason", equalTo("must be one of consensus, vote, got 'acclamation'"));
    }

    /** The natural first try with a symbol, its slashes as they are, is told how to write it. */
    @Test
    void aSymbolWithItsSlashesInThePathIsToldToEncodeThem() {
        given().urlEncodingEnabled(false).get("/api/v1/resolutions/E/CN.7/2025/L.2/Rev.1").then().statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", org.hamcrest.Matchers.equalTo("No resource at /api/v1/resolutions/E/CN.7/2025/L.2/Rev.1. A UN document symbol in a path "
                        + "has its slashes percent-encoded: /api/v1/resolutions/E%2FCN.7%2F2025%2FL.2%2FRev.1."));
        given().urlEncodingEnabled(false).get("/api/v1/resolutions/e/cn.7/2025/l.6/sponsors").then().statusCode(404)
                .body("detail", org.hamcrest.Matchers.endsWith("percent-encoded: /api/v1/resolutions/e%2Fcn.7%2F2025%2Fl.6/sponsors."));
        // what it says is right: the encoded path answers
        given().urlEncodingEnabled(false).get("/api/v1/resolutions/E%2FCN.7%2F2025%2FL.2%2FRev.1").then().statusCode(200);
        // any other unknown path is told only that there is none
        given().get("/api/v1/resolutions/cnd-68-l2/nothing").then().statusCode(404)
                .body("detail", org.hamcrest.Matchers.equalTo("No resource at /api/v1/resolutions/cnd-68-l2/nothing."));
    }

    @Test
    void unknownIdIs404() {
        given().get("/api/v1/side-events/cnd-99-nothing").then().statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("https://opendrugpolicy.org/problems/not-found"))
                .body("detail", equalTo("No side event has the id 'cnd-99-nothing'."))
                .body("instance", equalTo("/api/v1/side-events/cnd-99-nothing"));
    }

    @Test
    void unknownPathIs404Problem() {
        given().get("/api/v1/nothing-here").then().statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", equalTo("No resource at /api/v1/nothing-here."));
    }

    @Test
    void writeMethodsAre405WithAllow() {
        given().post("/api/v1/sessions").then().statusCode(405)
                .contentType(Problem.MEDIA_TYPE)
                .header("Allow", containsString("GET"))
                .body("status", equalTo(405));
        given().delete("/api/v1/sessions/cnd-68").then().statusCode(405).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void unacceptableMediaTypeIs406() {
        given().accept("text/html").get("/api/v1/sessions").then().statusCode(406)
                .contentType(Problem.MEDIA_TYPE)
                .body("title", equalTo("Not acceptable"));
    }

    @Test
    void errorsNeverLeakInternals() {
        String body = given().get("/api/v1/countries?sort=name;drop table countries").then().statusCode(400).extract().asString();
        org.hamcrest.MatcherAssert.assertThat(body, not(containsString("Exception")));
        org.hamcrest.MatcherAssert.assertThat(body, not(containsString("org.")));
        org.hamcrest.MatcherAssert.assertThat(body, not(containsString("at ")));
    }

    @Test
    void unexpectedErrorIs500WithoutInternals() {
        String body = given().get("/test-only/failure").then().statusCode(500)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("https://opendrugpolicy.org/problems/internal-error"))
                .body("detail", equalTo("The server could not answer this request. The error has been logged."))
                .extract().asString();
        org.hamcrest.MatcherAssert.assertThat(body, not(containsString("IllegalStateException")));
        org.hamcrest.MatcherAssert.assertThat(body, not(containsString("secret")));
        org.hamcrest.MatcherAssert.assertThat(body, not(containsString("Db.java")));
    }

    @Test
    void inputQuotedInMessagesIsNeutralised() {
        given().get("/api/v1/countries?sort=<script>").then().statusCode(400)
                .body("detail", not(containsString("<script>")))
                .body("errors[0].reason", containsString("'?script?'"));
    }
}
