package org.opendrugpolicy.http;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Content negotiation on every operation of the contract: the media type of an answer is ours (never a range or a
 * parameter from Accept), lists give CSV whenever Accept prefers it (text/*, q-values), and 406 is the answer only when
 * Accept takes nothing the operation offers.
 */
@QuarkusTest
class MediaTypeTest {
    private static final String JSON = "application/json;charset=UTF-8";
    private static final String CSV = "text/csv;charset=utf-8;header=present";
    private static final String NOT_ACCEPTABLE = "406";

    /** Accept as sent, what a list answers (JSON, CSV or 406), and what an operation without CSV answers. */
    private static Map<String, String[]> forms() {
        Map<String, String[]> forms = new LinkedHashMap<>();
        forms.put("application/json;q=0.9", new String[] {JSON, JSON});
        forms.put("application/json; charset=utf-8", new String[] {JSON, JSON});
        forms.put("Application/JSON", new String[] {JSON, JSON});
        forms.put("*/*", new String[] {JSON, JSON});
        forms.put("*/*;q=0.1", new String[] {JSON, JSON});
        forms.put("application/*", new String[] {JSON, JSON});
        forms.put("text/csv, application/json", new String[] {JSON, JSON}); // a tie is JSON
        forms.put("text/csv;q=0, */*", new String[] {JSON, JSON});
        forms.put("text/csv;q=0.5, application/json;q=0.1", new String[] {CSV, JSON});
        forms.put("text/*;q=0.5, */*;q=0.1", new String[] {CSV, JSON});
        forms.put("text/*", new String[] {CSV, NOT_ACCEPTABLE});
        forms.put("text/csv", new String[] {CSV, NOT_ACCEPTABLE});
        forms.put("TEXT/CSV;q=0.8", new String[] {CSV, NOT_ACCEPTABLE});
        forms.put("application/xml", new String[] {NOT_ACCEPTABLE, NOT_ACCEPTABLE});
        forms.put("application/json;q=0", new String[] {NOT_ACCEPTABLE, NOT_ACCEPTABLE});
        // RFC 9110's edges that are still weights: three decimals, 1.000, an empty parameter after one
        forms.put("*/*;q=1.000", new String[] {JSON, JSON});
        forms.put("application/json;q=0.001", new String[] {JSON, JSON});
        forms.put("application/json;q=0.5;", new String[] {JSON, JSON});
        return forms;
    }

    @TestFactory
    Stream<DynamicTest> everyOperationNegotiatesItsMediaType() {
        return ContractOperations.all().stream().map(operation -> DynamicTest.dynamicTest(operation.toString(), () -> {
            if (operation.path().startsWith("/api/v1/exports/")) {
                return; // a file: its extension names its type, which Accept does not change (see ExportResourceTest)
            }
            forms().forEach((accept, answers) -> {
                String expected = answers[operation.csv() ? 0 : 1];
                Response answer = given().urlEncodingEnabled(false).accept(accept).get(operation.url());
                String what = operation.url() + " with Accept: " + accept;
                String type = answer.contentType();
                assertFalse(type.contains("q="), what + " answered " + type);
                if (expected.equals(NOT_ACCEPTABLE)) {
                    assertEquals(406, answer.statusCode(), what);
                    assertEquals("application/problem+json", type, what);
                    // it names what the operation answers in (CSV where the list offers it)
                    String detail = answer.jsonPath().getString("detail");
                    assertTrue(detail.contains("application/json") && (!operation.csv() || detail.contains("text/csv")), what + ": " + detail);
                } else if (operation.path().equals("/api/v1/catalog")) {
                    assertEquals(200, answer.statusCode(), what); // JSON-LD first, or plain JSON when Accept names it
                    assertTrue(type.equals("application/ld+json;charset=UTF-8") || type.equals(JSON), what + " answered " + type);
                } else {
                    assertEquals(200, answer.statusCode(), what);
                    assertEquals(expected, type, what);
                }
            });
        }));
    }

    /** Accept headers that are no list of media ranges with RFC 9110 weights: one 400 on every operation, exports too. */
    private static final String[] MALFORMED = {"*/*;q=", "application/json;q", "application/json;q=x", "application/json;q=-1",
        "text/csv;q=2", "*/*;q=1.0000", "*/*;q=0.5x", "application/json;q=1e0"};

    @TestFactory
    Stream<DynamicTest> aMalformedAcceptIsOneBadRequestThatNamesTheHeader() {
        return ContractOperations.all().stream().map(operation -> DynamicTest.dynamicTest(operation.toString(), () -> {
            for (String accept : MALFORMED) {
                Response answer = given().urlEncodingEnabled(false).accept(accept).get(operation.url());
                String what = operation.url() + " with Accept: " + accept;
                assertEquals(400, answer.statusCode(), what + " answered " + answer.asString());
                assertEquals("application/problem+json", answer.contentType(), what);
                assertEquals("https://opendrugpolicy.org/problems/bad-request", answer.path("type"), what);
                assertTrue(answer.<String>path("detail").startsWith("The Accept header is malformed"), what + ": " + answer.path("detail"));
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> formatWinsOverAccept() {
        return ContractOperations.all().stream().filter(ContractOperations::csv).map(operation -> DynamicTest.dynamicTest(operation.toString(), () -> {
            given().urlEncodingEnabled(false).accept("text/*").get(operation.url("format=json")).then().statusCode(200).contentType(JSON);
            given().urlEncodingEnabled(false).accept("application/json;q=0.9").get(operation.url("format=csv")).then().statusCode(200).contentType(CSV);
        }));
    }
}
