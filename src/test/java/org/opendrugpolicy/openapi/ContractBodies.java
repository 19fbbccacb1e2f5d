package org.opendrugpolicy.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Checks JSON response bodies against the committed contract as JSON Schema 2020-12, the dialect of OpenAPI 3.1.
 * The Atlassian validator (OpenApiContract) reads a 3.1 document's {@code type: [string, "null"]} as no type at all, so
 * it would let a null, or a number, pass where the contract says string; this check does not.
 *
 * <p>Two readings of the contract: every answer must satisfy its schema as published (sparse answers included); and an
 * answer to a request without {@code fields=} must also carry every property a full record always has, which the
 * contract lists in each record schema's {@value #FULL_ANSWER} (its {@code required} names only what sparse answers
 * carry too).
 */
public final class ContractBodies implements Filter {
    /** The extension in which OpenApiFilter keeps what a full answer always carries. */
    public static final String FULL_ANSWER = "x-required-without-fields";
    /** The extension of the Problem schema in which OpenApiFilter lists every problem type. */
    public static final String PROBLEM_TYPES = "x-problem-types";
    private static final String PROBLEM_MEDIA = "application/problem+json";

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode published;
    private final JsonNode full;
    private final List<Template> templates = new ArrayList<>();
    /** The contract's problem types by their URI. */
    private final Map<String, JsonNode> problemTypes = new java.util.LinkedHashMap<>();
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    private record Template(String path, Pattern pattern, int variables) {}

    /** Thrown when a body breaks the contract. */
    public static final class ContractViolation extends AssertionError {
        ContractViolation(String message) {
            super(message);
        }
    }

    public ContractBodies(Path document) {
        try {
            published = new ObjectMapper(new YAMLFactory()).readTree(document.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        full = published.deepCopy();
        full.path("components").path("schemas").forEach(schema -> {
            if (schema.has(FULL_ANSWER)) {
                ((ObjectNode) schema).set("required", schema.get(FULL_ANSWER));
            }
        });
        published.path("components").path("schemas").path("Problem").path(PROBLEM_TYPES)
                .forEach(type -> problemTypes.put(type.path("type").asText(), type));
        for (Iterator<String> paths = published.path("paths").fieldNames(); paths.hasNext(); ) {
            String path = paths.next();
            String regex = Pattern.compile("\\{[^}]+}").splitAsStream(path).map(Pattern::quote).reduce((a, b) -> a + "[^/]+" + b).orElse("")
                    + (path.endsWith("}") ? "[^/]+" : "");
            templates.add(new Template(path, Pattern.compile(regex), (int) path.chars().filter(c -> c == '{').count()));
        }
        // A literal segment wins over a variable one: /resolutions/groups is not /resolutions/{id}.
        templates.sort(Comparator.comparingInt(Template::variables));
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec, FilterContext context) {
        Response response = context.next(request, responseSpec);
        List<String> errors = check(request.getMethod(), URI.create(request.getURI()), response.getStatusCode(),
                response.getContentType(), response.asByteArray());
        if (!errors.isEmpty()) {
            throw new ContractViolation(request.getMethod() + " " + request.getURI() + " -> " + response.getStatusCode()
                    + " breaks the contract:\n  " + String.join("\n  ", errors));
        }
        return response;
    }

    /** The contract's complaints about one answer; empty when it conforms or the contract says nothing about its body. */
    public List<String> check(String method, URI uri, int status, String contentType, byte[] body) {
        String media = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        // REST Assured decodes gzip itself; a test that reads the compressed bytes on purpose has no JSON to check.
        boolean compressed = body.length > 1 && (body[0] & 0xFF) == 0x1F && (body[1] & 0xFF) == 0x8B;
        if (body.length == 0 || !(media.endsWith("/json") || media.endsWith("+json")) || compressed) {
            return List.of();
        }
        List<String> problem = media.equals(PROBLEM_MEDIA) ? problemTypeErrors(status, body) : List.of();
        if (!problem.isEmpty()) {
            return problem;
        }
        String template = templates.stream().filter(t -> t.pattern().matcher(uri.getPath()).matches()).map(Template::path).findFirst().orElse(null);
        if (template == null) {
            return List.of();
        }
        JsonNode responses = published.path("paths").path(template).path(method.toLowerCase(Locale.ROOT)).path("responses");
        String code = responses.has(String.valueOf(status)) ? String.valueOf(status) : "default";
        if (!responses.path(code).path("content").has(media)) {
            return List.of();
        }
        String pointer = "#/paths/" + escape(template) + "/" + method.toLowerCase(Locale.ROOT) + "/responses/" + code + "/content/" + escape(media) + "/schema";
        JsonNode instance;
        try {
            instance = JSON.readTree(body);
        } catch (IOException e) {
            return List.of("the body is not JSON: " + e.getMessage());
        }
        List<String> errors = new ArrayList<>();
        validate(published, "published", pointer, instance, errors);
        if (!hasParameter(uri, "fields")) {
            validate(full, "full", pointer, instance, errors);
        }
        return errors.stream().distinct().toList();
    }

    /**
     * Any problem, on any path (the edge's refusals and test-only endpoints included), has a type the contract lists,
     * with the status and title listed for it: a client switches on type, so an unlisted one is a break of the contract.
     */
    private List<String> problemTypeErrors(int status, byte[] body) {
        JsonNode problem;
        try {
            problem = JSON.readTree(body);
        } catch (IOException e) {
            return List.of("the problem is not JSON: " + e.getMessage());
        }
        String type = problem.path("type").asText();
        JsonNode listed = problemTypes.get(type);
        if (listed == null) {
            return List.of("problem type " + type + " is not in the Problem schema's " + PROBLEM_TYPES + " " + problemTypes.keySet());
        }
        List<String> errors = new ArrayList<>();
        if (listed.path("status").asInt() != status || problem.path("status").asInt() != status) {
            errors.add("problem type " + type + " is listed with status " + listed.path("status").asInt() + ", answered " + status
                    + " with status " + problem.path("status") + " in the body");
        }
        if (!listed.path("title").asText().equals(problem.path("title").asText())) {
            errors.add("problem type " + type + " is listed with title '" + listed.path("title").asText() + "', answered with '"
                    + problem.path("title").asText() + "'");
        }
        return errors;
    }

    private void validate(JsonNode document, String reading, String pointer, JsonNode instance, List<String> errors) {
        JsonSchema schema = schemas.computeIfAbsent(reading + pointer, k -> {
            ObjectNode root = JSON.createObjectNode();
            root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            root.put("$ref", pointer);
            root.set("paths", document.get("paths"));
            root.set("components", document.get("components"));
            return FACTORY.getSchema(root);
        });
        Set<ValidationMessage> messages = schema.validate(instance);
        messages.forEach(m -> errors.add((reading.equals("full") ? "[full answer] " : "") + m.getMessage()));
    }

    private static boolean hasParameter(URI uri, String name) {
        String query = uri.getRawQuery();
        return query != null && Pattern.compile("&").splitAsStream(query).anyMatch(p -> p.equals(name) || p.startsWith(name + "="));
    }

    private static String escape(String pointerToken) {
        return pointerToken.replace("~", "~0").replace("/", "~1").replace("{", "%7B").replace("}", "%7D");
    }
}
