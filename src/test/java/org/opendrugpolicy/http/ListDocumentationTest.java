package org.opendrugpolicy.http;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opendrugpolicy.openapi.OpenApiFilter;

/**
 * A list's sort fields and include names are declared once in code ({@code SortFields}, {@code @Include}) and named for
 * the contract's readers in the operation's description ("Sort order: ...", "include= accepts: ..."), since the shared
 * {@code sort} and {@code include} parameters are the same on every list. This holds the two to each other: the fields
 * and names a list's 400 problem offers for an unknown one are exactly those its description names, on every list of the
 * contract; and include= is declared exactly on the lists that embed something.
 */
@QuarkusTest
class ListDocumentationTest {
    private static final Pattern OFFERED = Pattern.compile("; use (.+?)(?:, each optionally prefixed with -)?$");

    static Stream<ContractOperations> sortedLists() {
        return ContractOperations.all().stream().filter(operation -> operation.queryParameters().contains("sort")
                && operation.queryParameters().contains("size"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sortedLists")
    void theDescriptionNamesEverySortFieldTheListAccepts(ContractOperations list) {
        String reason = reason(list, "sort");
        // the sponsors' list sorts by a computed count, not through SortFields: its sort parameter is its own, enumerated in its schema
        assumeFalse(reason.startsWith("must be one of"), list + " has its own enumerated sort parameter");
        List<String> accepted = offered(list, "sort");
        String sentence = sentence(list.description(), "Sort order: ");
        List<String> documented = Arrays.stream(sentence.split("[;,.]| or ")).map(String::strip)
                .map(field -> field.replaceAll(" \\(.*", "")).filter(accepted::contains).distinct().sorted().toList();
        assertEquals(accepted.stream().sorted().toList(), documented, list + ": its description says \"" + sentence + "\"");
    }

    /**
     * include= is shared by every list in code, but the contract declares it only where the list embeds something (so that
     * generated clients keep their signatures): declared exactly where the 400 offers names, and those names are the ones
     * the description gives.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("sortedLists")
    void theContractDeclaresIncludeWhereTheListEmbedsAndNamesWhatItAccepts(ContractOperations list) {
        boolean declared = list.queryParameters().contains("include");
        if (reason(list, "include").startsWith("unknown parameter")) {
            assertFalse(declared, list + " refuses include= as unknown but the contract declares it");
            assertFalse(list.description().contains(OpenApiFilter.INCLUDES_SENTENCE), list + " takes no include= but its description says it does");
            return;
        }
        assertTrue(declared, list + " embeds records but the contract does not declare include=");
        List<String> accepted = offered(list, "include");
        String sentence = sentence(list.description(), OpenApiFilter.INCLUDES_SENTENCE);
        assertEquals(accepted.stream().sorted().toList(), Arrays.stream(sentence.split("[,.]")).map(String::strip)
                .filter(name -> !name.isEmpty()).sorted().toList(), list + ": its description says \"" + sentence + "\"");
    }

    /** The names the list's 400 problem offers for an unknown value of the parameter, in its order. */
    private static List<String> offered(ContractOperations list, String parameter) {
        String reason = reason(list, parameter);
        Matcher matcher = OFFERED.matcher(reason);
        assertTrue(matcher.find(), list + ": " + reason);
        return Arrays.stream(matcher.group(1).split(", ")).toList();
    }

    /** Why the list refuses an unknown value of the parameter (its 400 problem's entry for it). */
    private static String reason(ContractOperations list, String parameter) {
        return given().get(list.url(parameter + "=nosuch" + parameter)).then().statusCode(400)
                .extract().path("errors.find { it.name == '" + parameter + "' }.reason");
    }

    /** The sentence of the description that starts with the given words, up to the next full stop followed by a space. */
    private static String sentence(String description, String start) {
        int from = description.indexOf(start);
        assertTrue(from >= 0, "no \"" + start + "\" in: " + description);
        int end = description.indexOf(". ", from);
        return description.substring(from + start.length(), end < 0 ? description.length() : end + 1);
    }
}
