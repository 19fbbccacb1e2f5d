package org.opendrugpolicy.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.opendrugpolicy.openapi.OpenApiContract;

/**
 * Every GET operation of the committed contract ({@code openapi/openapi.yaml}), as the edge tests walk them: the path
 * filled with its examples, the required query parameters with theirs, every query parameter it declares, whether it is a
 * list that also answers in CSV, its description, and the response headers it promises.
 */
record ContractOperations(String operationId, String path, Map<String, String> required, List<String> queryParameters, boolean csv,
        String description) {

    /** The request with only the required parameters (and extra ones, already encoded), e.g. {@code extra = "q=%20"}. */
    String url(String... extra) {
        List<String> query = new ArrayList<>();
        required.forEach((name, value) -> query.add(name + "=" + encode(value)));
        query.addAll(List.of(extra));
        return query.isEmpty() ? path : path + "?" + String.join("&", query);
    }

    /** The same without one required parameter, to give it another value. */
    String urlWithout(String parameter, String... extra) {
        var others = new LinkedHashMap<>(required);
        others.remove(parameter);
        return new ContractOperations(operationId, path, others, queryParameters, csv, description).url(extra);
    }

    static List<ContractOperations> all() {
        JsonNode contract;
        try {
            contract = OpenApiContract.withParametersInline();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ContractOperations> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = contract.path("paths").fields(); paths.hasNext(); ) {
            var entry = paths.next();
            JsonNode get = entry.getValue().path("get");
            if (get.isMissingNode()) {
                continue;
            }
            String path = entry.getKey();
            Map<String, String> required = new LinkedHashMap<>();
            List<String> query = new ArrayList<>();
            for (JsonNode parameter : get.path("parameters")) {
                String name = parameter.path("name").asText();
                String example = parameter.path("example").asText(null);
                if (parameter.path("in").asText().equals("path")) {
                    path = path.replace("{" + name + "}", example);
                } else if (parameter.path("in").asText().equals("query")) {
                    query.add(name);
                    if (parameter.path("required").asBoolean()) {
                        required.put(name, example);
                    }
                }
            }
            // a list that also answers in CSV (an export is a file of its own type, without format=)
            boolean csv = get.path("responses").path("200").path("content").has("text/csv") && query.contains("format");
            operations.add(new ContractOperations(get.path("operationId").asText(), path, required, query, csv, get.path("description").asText()));
        }
        return operations;
    }

    /** Every response header any operation of the contract declares. */
    static Set<String> promisedHeaders() {
        return PROMISED_HEADERS;
    }

    private static final Set<String> PROMISED_HEADERS = readPromisedHeaders();

    private static Set<String> readPromisedHeaders() {
        try {
            Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            OpenApiContract.withParametersInline().path("paths").forEach(path -> path.forEach(operation ->
                    operation.path("responses").forEach(response -> response.path("headers").fieldNames().forEachRemaining(names::add))));
            return java.util.Collections.unmodifiableSet(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        return operationId + " " + path;
    }
}
