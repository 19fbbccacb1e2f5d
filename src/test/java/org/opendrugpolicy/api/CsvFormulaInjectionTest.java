package org.opendrugpolicy.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * List downloads are safe to open in a spreadsheet: a text cell that a spreadsheet would run as a formula gets a leading
 * apostrophe, in every kind of column; numbers and other text are written as they are. format=excel-csv adds a UTF-8
 * byte-order mark, and nothing else.
 */
@QuarkusTest
class CsvFormulaInjectionTest {
    record Party(String id, String name) {}

    record Row(String id, String note, Long change, List<String> aliases, List<Party> hosts) {}

    @Test
    void everyTextCellThatASpreadsheetWouldRunGetsAnApostrophe() {
        CsvColumns columns = CsvColumns.of(Row.class);
        for (String formula : List.of("=HYPERLINK(\"http://x\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\tx", "\rx")) {
            Row row = new Row(formula, formula, -5L, List.of(formula, "b"), List.of(new Party(formula, "n")));
            String[] cells = columns.row(new ObjectMapper().valueToTree(row));
            assertEquals(List.of("'" + formula, "'" + formula, "-5", "'" + formula + "\nb", "'" + formula), Arrays.asList(cells), columns.names().toString());
        }
        Row plain = new Row("cnd-68", "Text with = inside", 3L, List.of("a"), List.of(new Party("VNM", "Viet Nam")));
        assertEquals(List.of("cnd-68", "Text with = inside", "3", "a", "VNM"), Arrays.asList(columns.row(new ObjectMapper().valueToTree(plain))));
    }

    @Test
    void excelCsvIsTheSameCsvAfterAByteOrderMark() {
        byte[] csv = given().get("/api/v1/countries?region=Africa&format=csv").then().statusCode(200).extract().asByteArray();
        var excel = given().get("/api/v1/countries?region=Africa&format=excel-csv").then().statusCode(200)
                .header("Content-Type", org.hamcrest.Matchers.startsWith("text/csv")).extract();
        byte[] bytes = excel.asByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        assertArrayEquals(csv, Arrays.copyOfRange(bytes, 3, bytes.length));
        // Different bytes, different validator: a cache must not answer one with the other.
        assertNotEquals(given().get("/api/v1/countries?region=Africa&format=csv").header("ETag"), excel.header("ETag"));
        given().get("/api/v1/countries?format=xlsx").then().statusCode(400);
    }
}
