package org.opendrugpolicy.http;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opendrugpolicy.api.Problem;

/**
 * Every list operation of the contract reads all its parameters before it answers: a request with several bad ones
 * (size, fields, and sort, format and include where the operation takes them) gets one 400 problem naming each, whether
 * the bad parameter shapes the answer (format, include, fields) or chooses its records (size, sort). A parameter that an
 * operation does not take is named once, as unknown, whatever else reads it elsewhere.
 */
@QuarkusTest
class OneProblemPerRequestTest {

    static Stream<ContractOperations> lists() {
        return ContractOperations.all().stream().filter(operation -> operation.queryParameters().contains("size"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void everyBadParameterIsNamedInOneProblem(ContractOperations list) {
        List<String> bad = new ArrayList<>(List.of("size=0", "fields=nosuchfield"));
        List<String> named = new ArrayList<>(List.of("size", "fields"));
        for (String parameter : List.of("sort", "format", "include")) {
            if (list.queryParameters().contains(parameter)) {
                bad.add(parameter + "=nosuch" + parameter);
                named.add(parameter);
            }
        }
        given().get(list.url(bad.toArray(String[]::new))).then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("errors.name", containsInAnyOrder(named.toArray()))
                .body("status", equalTo(400));
    }

    /** Each answer parameter (include, fields, format) with every operation of the contract that does not take it. */
    static Stream<Arguments> answerParametersNotTaken() {
        return Stream.of("include=resolutions", "fields=id", "format=csv").flatMap(parameter -> ContractOperations.all().stream()
                .filter(operation -> !operation.queryParameters().contains(parameter.substring(0, parameter.indexOf('='))))
                .map(operation -> Arguments.of(operation, parameter)));
    }

    /** Named once, as unknown: not also by the code that reads it where it is taken (include= did, then format= on /exports). */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("answerParametersNotTaken")
    void anAnswerParameterWhereNoneIsTakenIsOneUnknownParameter(ContractOperations operation, String parameter) {
        String name = parameter.substring(0, parameter.indexOf('='));
        var problem = given().get(operation.url(parameter)).then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("errors.name", contains(name))
                .body("errors[0].reason", startsWith("unknown parameter"))
                .extract().jsonPath();
        assertEquals(name + ": " + problem.getString("errors[0].reason"), problem.getString("detail"), "the detail names it once");
    }
}
