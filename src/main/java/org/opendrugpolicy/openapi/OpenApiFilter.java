package org.opendrugpolicy.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.opendrugpolicy.api.CsvLists;
import org.opendrugpolicy.api.Include;
import org.opendrugpolicy.api.Problem;
import org.opendrugpolicy.api.ProblemType;
import org.opendrugpolicy.api.SparseFieldsets;
import org.opendrugpolicy.http.HttpCaching;

/**
 * Completes the generated contract in one place: on every operation, the problem answers that every
 * operation can give, and an example of its success response, captured from the real service into
 * {@code openapi-examples/<operationId>.json} (see src/tools/capture-openapi-examples.sh); and on every
 * schema, null allowed wherever a property is optional, since the API sends null for a value no
 * source gives rather than leaving it out.
 *
 * <p>It runs at build time only ({@code stages = BUILD}): the document Quarkus stores in the jar already carries what it
 * adds, so a start-up does not read the examples and rebuild the document again (as {@code mp.openapi.filter} would,
 * which Quarkus runs at build time and again at every start).
 */
@io.quarkus.smallrye.openapi.OpenApiFilter(stages = io.quarkus.smallrye.openapi.OpenApiFilter.RunStage.BUILD)
public class OpenApiFilter implements OASFilter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REF = "#/components/schemas/";

    /**
     * The problem answers every operation can give, one a status, each with an example of one of its types (detail and
     * instance): every status of {@link ProblemType} but 405, which answers the methods the contract has no operation for.
     */
    private static final Map<ProblemType, String[]> EXAMPLES = Map.of(
            ProblemType.INVALID_PARAMETER, new String[] {"size: must be an integer from 1 to 200, got '201'", "/api/v1/side-events?size=201"},
            ProblemType.NOT_FOUND, new String[] {"No side event has the id 'cnd-99-unknown'.", "/api/v1/side-events/cnd-99-unknown"},
            ProblemType.NOT_ACCEPTABLE, new String[] {
                    "The Accept header takes none of the media types this operation answers in: application/json, text/csv.", "/api/v1/sessions"},
            ProblemType.CONTENT_TOO_LARGE, new String[] {"The request body is 70000 bytes; the limit is 65536 bytes, and no operation of this API reads a body.",
                    "/api/v1/sessions"},
            ProblemType.URI_TOO_LONG, new String[] {"The path and query are 2100 characters long; the limit is 2048.", "/api/v1/sessions?q=…"},
            ProblemType.TOO_MANY_REQUESTS, new String[] {"This client has used up its request allowance; retry after 2 s.", "/api/v1/sessions"},
            ProblemType.HEADER_FIELDS_TOO_LARGE, new String[] {"The request has 70 header lines, 9000 bytes; the limits are 64 lines, 8192 bytes.",
                    "/api/v1/sessions"},
            ProblemType.INTERNAL_ERROR, new String[] {"The server could not answer this request. The error has been logged.", "/api/v1/sessions"},
            ProblemType.REQUEST_TIMEOUT, new String[] {"No answer within 10 s; the service is busy. Retry after 10 s.", "/api/v1/sessions"});

    /** The statuses whose problems say in Retry-After when to try again (a 429 from the rate limit, both 503s). */
    private static final java.util.Set<Integer> RETRY_AFTER = java.util.Set.of(429, 503);

    /** The extension of the Problem schema that lists every problem type: type, status, title and meaning. */
    public static final String PROBLEM_TYPES = "x-problem-types";

    /** Parameters every list shares, declared once under components/parameters (by name and location). */
    private static final Map<String, String> SHARED_PARAMETERS = Map.of(
            "page", "page", "size", "size", "cursor", "cursor", "fields", "fields", "format", "format",
            "id", "ids", "include", "include", "updatedSince", "updatedSince", "sort", "sort");

    /** Each operation's example request, path and query: {@code openapi-examples/requests.properties}. */
    private static final java.util.Properties REQUESTS = new java.util.Properties();

    static {
        try (InputStream in = OpenApiFilter.class.getResourceAsStream("/openapi-examples/requests.properties")) {
            if (in != null) {
                REQUESTS.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable openapi-examples/requests.properties", e);
        }
    }

    /** What include= accepts, by operationId: the names of each resource method's {@link Include}, read from the build's index. */
    private final Map<String, List<String>> includes = new java.util.HashMap<>();

    /** SmallRye OpenAPI passes the build's Jandex index to a filter that takes one. */
    public OpenApiFilter(IndexView index) {
        for (AnnotationInstance include : index.getAnnotations(DotName.createSimple(Include.class))) {
            AnnotationInstance operation = include.target().asMethod().annotation(DotName.createSimple(
                    org.eclipse.microprofile.openapi.annotations.Operation.class));
            if (operation != null && operation.value("operationId") != null) {
                includes.put(operation.value("operationId").asString(),
                        java.util.Arrays.stream(include.value().asStringArray()).map(entry -> Include.Entry.parts(entry)[0]).toList());
            }
        }
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() != null) {
            documentIncludes(openAPI);
            documentIncluded(openAPI);
        }
        typeOnlyInTheReferencedSchema(openAPI);
        allowNullWhereOptional(openAPI);
        if (openAPI.getPaths() == null) {
            return;
        }
        requireOnlyWhatSparseAnswersCarry(openAPI);
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        var components = openAPI.getComponents();
        documentProblemTypes(components.getSchemas());
        EXAMPLES.keySet().stream().sorted().forEach(type -> components.addResponse(responseName(type.status()), problem(type)));
        components.addResponse("NotModified", OASFactory.createAPIResponse()
                .description("Not modified: the copy named by If-None-Match (or dated by If-Modified-Since) is current. No body.")
                .addHeader("ETag", OASFactory.createHeader().ref("ETag")));
        components.addHeader("ETag", header("Strong validator of this representation: send it back in If-None-Match to get 304 when nothing changed.", "\"5f1d3c2b9a8e7d6c5b4a392817161514\""));
        components.addHeader("Last-Modified", header("When the dataset release being served was created.", "Mon, 23 Nov 2026 00:00:00 GMT"));
        components.addHeader("Cache-Control", header("The data changes only with a release.", HttpCaching.CACHE_CONTROL));
        components.addHeader("Link", header("RFC 8288 links to this page and its neighbours (self, first, prev, next, last), as in the body's links.",
                "</api/v1/countries?page=2&size=20>; rel=\"next\""));
        components.addHeader("Content-Disposition", header("Only with CSV: a download named after the list, the parameters that choose its rows and columns, and the release.",
                "attachment; filename=\"side-events-2026.11.23.csv\""));
        components.addHeader("Retry-After", header("Seconds after which the request can succeed.", "2"));
        openAPI.getPaths().getPathItems().forEach((template, path) -> {
            for (Operation operation : path.getOperations().values()) {
                exampleRequest(template, operation);
                shareParameters(operation, components);
                addExample(operation);
                describeCsv(operation);
                addCachingHeaders(operation, components.getSchemas());
                EXAMPLES.keySet().stream().map(type -> String.valueOf(type.status())).sorted().forEach(status -> {
                    if (operation.getResponses().getAPIResponse(status) == null) {
                        operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().ref(responseName(Integer.parseInt(status))));
                    }
                });
            }
        });
    }

    private static String responseName(int status) {
        return "Problem" + status;
    }

    /**
     * The registry of problem types ({@link ProblemType}) in the contract: the Problem schema's {@value #PROBLEM_TYPES}
     * lists each with its status, title and meaning, and its {@code type} property names them.
     */
    private static void documentProblemTypes(Map<String, Schema> schemas) {
        Schema problem = schemas == null ? null : schemas.get("Problem");
        if (problem == null) {
            return;
        }
        List<Map<String, Object>> types = new java.util.ArrayList<>();
        for (ProblemType type : ProblemType.values()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("type", type.uri());
            entry.put("status", type.status());
            entry.put("title", type.title());
            entry.put("meaning", type.meaning());
            types.add(entry);
        }
        problem.addExtension(PROBLEM_TYPES, types);
        Schema type = problem.getProperties().get("type");
        type.setDescription(type.getDescription() + " One of the types in " + PROBLEM_TYPES + ", each with its status, title and meaning: "
                + java.util.Arrays.stream(ProblemType.values()).map(t -> t.slug() + " (" + t.status() + ")").collect(java.util.stream.Collectors.joining(", "))
                + ", after " + Problem.TYPE_BASE + ". A type not listed here is new: treat it by its status.");
    }

    /**
     * Swagger UI's "Try it out" fills every parameter with its example, so the examples of one operation must make one
     * request that answers with data: the operation's entry in requests.properties (the request its response example was
     * captured from). Its path and query parameters get their examples from it; every other parameter gets none.
     */
    private static void exampleRequest(String template, Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        String request = operation.getOperationId() == null ? null : REQUESTS.getProperty(operation.getOperationId());
        Map<String, String> path = new LinkedHashMap<>();
        Map<String, String> query = new LinkedHashMap<>();
        if (request != null) {
            java.net.URI uri = java.net.URI.create(request);
            String[] names = template.split("/");
            String[] values = uri.getRawPath().split("/");
            for (int i = 0; i < names.length && i < values.length; i++) {
                if (names[i].startsWith("{")) {
                    path.put(names[i].substring(1, names[i].length() - 1), decode(values[i]));
                }
            }
            if (uri.getRawQuery() != null) {
                for (String pair : uri.getRawQuery().split("&")) {
                    int eq = pair.indexOf('=');
                    query.put(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
                }
            }
        }
        for (var parameter : operation.getParameters()) {
            var values = parameter.getIn() == org.eclipse.microprofile.openapi.models.parameters.Parameter.In.PATH ? path : query;
            parameter.setExamples(null);
            parameter.setExample(values.containsKey(parameter.getName()) ? exampleValue(parameter, values.get(parameter.getName())) : null);
        }
    }

    private static Object exampleValue(org.eclipse.microprofile.openapi.models.parameters.Parameter parameter, String value) {
        var schema = parameter.getSchema();
        if (schema != null && schema.getType() != null && schema.getType().contains(Schema.SchemaType.INTEGER)) {
            return Integer.valueOf(value);
        }
        if (schema != null && schema.getType() != null && schema.getType().contains(Schema.SchemaType.ARRAY)) {
            return List.of(value.split(",")); // a parameter that may be repeated (claimStatus): its example is a list, sent repeated
        }
        return value;
    }

    private static String decode(String text) {
        return java.net.URLDecoder.decode(text.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The list vocabulary's parameters, the same on every list, are declared once and referenced. */
    private static void shareParameters(Operation operation, org.eclipse.microprofile.openapi.models.Components components) {
        if (operation.getParameters() == null) {
            return;
        }
        List<org.eclipse.microprofile.openapi.models.parameters.Parameter> parameters = new java.util.ArrayList<>();
        for (var parameter : operation.getParameters()) {
            String shared = parameter.getIn() == org.eclipse.microprofile.openapi.models.parameters.Parameter.In.QUERY
                    ? SHARED_PARAMETERS.get(parameter.getName()) : null;
            var declared = components.getParameters() == null ? null : components.getParameters().get(shared);
            if (shared == null || parameter.getExample() != null
                    || declared != null && !java.util.Objects.equals(declared.getDescription(), parameter.getDescription())) {
                parameters.add(parameter);
                continue;
            }
            if (declared == null) {
                components.addParameter(shared, parameter);
            }
            parameters.add(OASFactory.createParameter().ref(shared));
        }
        operation.setParameters(parameters);
    }

    /**
     * fields= answers carry only the listed properties, and always the record's id (SparseFieldsets). OpenAPI cannot make
     * required depend on a parameter, so, as JSON:API does, the record schemas of the lists that take fields= require only
     * id, which every answer carries; what a full answer always carries is kept in {@value #FULL_ANSWER}, for readers and
     * for the tests, which check full answers against it.
     */
    private static void requireOnlyWhatSparseAnswersCarry(OpenAPI openAPI) {
        var schemas = openAPI.getComponents() == null ? null : openAPI.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        java.util.Set<String> records = new java.util.TreeSet<>();
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                boolean sparse = operation.getParameters() != null && operation.getParameters().stream().anyMatch(p -> SparseFieldsets.PARAMETER.equals(p.getName()));
                var ok = operation.getResponses() == null ? null : operation.getResponses().getAPIResponse("200");
                MediaType json = ok == null || ok.getContent() == null ? null : ok.getContent().getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
                if (!sparse || json == null || json.getSchema() == null || json.getSchema().getRef() == null) {
                    continue;
                }
                Schema page = schemas.get(name(json.getSchema().getRef()));
                Schema data = page == null || page.getProperties() == null ? null : page.getProperties().get("data");
                if (data != null && data.getItems() != null && data.getItems().getRef() != null) {
                    reach(name(data.getItems().getRef()), schemas, records);
                }
            }
        }
        for (String record : records) {
            Schema schema = schemas.get(record);
            if (schema.getRequired() == null || schema.getRequired().isEmpty()) {
                continue;
            }
            schema.addExtension(FULL_ANSWER, List.copyOf(schema.getRequired()));
            schema.setRequired(schema.getRequired().contains("id") ? List.of("id") : null);
        }
    }

    /** How an operation's description names what its include= accepts (a test holds it to the 400 problem's offer). */
    public static final String INCLUDES_SENTENCE = "include= accepts: ";

    /**
     * include= is one of the parameters every list shares ({@code api.ListParameters}), but only an operation with
     * {@link Include} embeds anything: there the description gets the sentence naming what it accepts, from the annotation
     * (so it is written once); everywhere else the parameter is left out, as before it was shared, so that clients generated
     * from the contract keep their method signatures (the Java generator takes optional query parameters positionally).
     */
    private void documentIncludes(OpenAPI openAPI) {
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                List<String> names = includes.get(operation.getOperationId());
                if (names != null) {
                    String description = operation.getDescription() == null ? "" : operation.getDescription() + " ";
                    operation.setDescription(description + INCLUDES_SENTENCE + String.join(", ", names) + ".");
                } else if (operation.getParameters() != null) {
                    operation.setParameters(operation.getParameters().stream()
                            .filter(p -> !("include".equals(p.getName()) && p.getIn() == org.eclipse.microprofile.openapi.models.parameters.Parameter.In.QUERY))
                            .toList());
                }
            }
        }
    }

    /**
     * An item answered with include= carries the related records under {@code included} ({@code api.Answers} adds it to the
     * answer), so the record schema of every operation that takes include= and answers one record gets that property here,
     * in one place, rather than as a component of each view that would always be null in Java. Lists declare it in ListPage.
     */
    private static void documentIncluded(OpenAPI openAPI) {
        var schemas = openAPI.getComponents() == null ? null : openAPI.getComponents().getSchemas();
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                boolean include = operation.getParameters() != null && operation.getParameters().stream().anyMatch(p -> "include".equals(p.getName()));
                var ok = operation.getResponses() == null ? null : operation.getResponses().getAPIResponse("200");
                MediaType json = ok == null || ok.getContent() == null ? null : ok.getContent().getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
                Schema record = !include || json == null || json.getSchema() == null || schemas == null ? null : schemas.get(name(json.getSchema().getRef()));
                if (record != null && (record.getProperties() == null || !record.getProperties().containsKey("data"))) {
                    record.addProperty("included", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                            .additionalPropertiesSchema(OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(OASFactory.createSchema()))
                            .description("Only with include=: the related records in full, once each, by kind (the kinds the operation's "
                                    + "description names for include=)."));
                }
            }
        }
    }

    /** The extension that lists what a full answer (without fields=) always carries. */
    public static final String FULL_ANSWER = "x-required-without-fields";

    private static void reach(String name, Map<String, Schema> schemas, java.util.Set<String> seen) {
        if (name == null || !seen.add(name) || schemas.get(name) == null) {
            return;
        }
        java.util.function.Consumer<Schema> follow = new java.util.function.Consumer<>() {
            @Override
            public void accept(Schema schema) {
                if (schema == null) {
                    return;
                }
                if (schema.getRef() != null) {
                    reach(name(schema.getRef()), schemas, seen);
                }
                follow(schema.getItems(), this);
                if (schema.getAnyOf() != null) {
                    schema.getAnyOf().forEach(this);
                }
                if (schema.getAllOf() != null) {
                    schema.getAllOf().forEach(this);
                }
                if (schema.getOneOf() != null) {
                    schema.getOneOf().forEach(this);
                }
            }
        };
        Schema schema = schemas.get(name);
        follow.accept(schema);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(follow);
        }
    }

    private static void follow(Schema schema, java.util.function.Consumer<Schema> then) {
        if (schema != null) {
            then.accept(schema);
        }
    }

    private static String name(String ref) {
        return ref == null ? null : ref.substring(ref.lastIndexOf('/') + 1);
    }

    /**
     * A property that refers to a schema takes its type from there: SmallRye also writes the Java type's (string, object)
     * beside the $ref, valid in OpenAPI 3.1 but read by openapi-generator's Python client as an untyped inline value (a
     * NameError on CountryNames and SessionRef, a dict for Tally). Description and examples stay beside the $ref.
     */
    private static void typeOnlyInTheReferencedSchema(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        for (Schema schema : openAPI.getComponents().getSchemas().values()) {
            if (schema.getProperties() != null) {
                schema.getProperties().values().stream().filter(property -> property.getRef() != null).forEach(property -> property.setType(null));
            }
        }
    }

    private static void allowNullWhereOptional(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        for (Schema schema : openAPI.getComponents().getSchemas().values()) {
            if (schema.getProperties() == null) {
                continue;
            }
            List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
            schema.getProperties().forEach((name, property) -> {
                if (required.contains(name)) {
                    return;
                }
                if (property.getType() != null && !property.getType().contains(Schema.SchemaType.NULL)) {
                    property.addType(Schema.SchemaType.NULL);
                }
                // an enum restricts every value, null too: an optional enumerated field (an outcome not yet known) lists null
                if (property.getEnumeration() != null && !property.getEnumeration().contains(null)) {
                    List<Object> values = new java.util.ArrayList<>(property.getEnumeration());
                    values.add(null);
                    property.setEnumeration(values);
                }
                if (property.getRef() != null) {
                    String ref = property.getRef();
                    property.setRef(null);
                    property.addAnyOf(OASFactory.createSchema().ref(ref)).addAnyOf(nullSchema());
                } else if (property.getAnyOf() != null) {
                    property.addAnyOf(nullSchema());
                }
            });
        }
    }

    /** What HttpCaching and Answers (the Link header of a page: any body whose links are PageLinks) add to every successful read. */
    private static void addCachingHeaders(Operation operation, Map<String, Schema> schemas) {
        var ok = operation.getResponses().getAPIResponse("200");
        if (ok == null) {
            return;
        }
        ok.addHeader("ETag", OASFactory.createHeader().ref("ETag"));
        ok.addHeader("Last-Modified", OASFactory.createHeader().ref("Last-Modified"));
        ok.addHeader("Cache-Control", OASFactory.createHeader().ref("Cache-Control"));
        boolean list = ok.getContent() != null && ok.getContent().getMediaTypes().values().stream()
                .anyMatch(m -> m.getSchema() != null && m.getSchema().getRef() != null && isPage(schemas.get(m.getSchema().getRef().replace(REF, ""))));
        if (list) {
            ok.addHeader("Link", OASFactory.createHeader().ref("Link"));
        }
        if (operation.getResponses().getAPIResponse("304") == null) {
            operation.getResponses().addAPIResponse("304", OASFactory.createAPIResponse().ref("NotModified"));
        }
    }

    /** Whether a body of this schema is a page (its links are PageLinks), whose links Answers repeats in the Link header. */
    private static boolean isPage(Schema body) {
        Schema links = body == null || body.getProperties() == null ? null : body.getProperties().get("links");
        return links != null && (REF + "PageLinks").equals(links.getRef());
    }

    private static org.eclipse.microprofile.openapi.models.headers.Header header(String description, String example) {
        return OASFactory.createHeader().description(description).schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)).example(example);
    }

    private static Schema nullSchema() {
        return OASFactory.createSchema().addType(Schema.SchemaType.NULL);
    }

    private static void addExample(Operation operation) {
        var ok = operation.getResponses().getAPIResponse("200");
        if (operation.getOperationId() == null || ok == null || ok.getContent() == null) {
            return;
        }
        MediaType json = ok.getContent().getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
        try (InputStream in = OpenApiFilter.class.getResourceAsStream("/openapi-examples/" + operation.getOperationId() + ".json")) {
            if (json != null && in != null) {
                json.addExample("example", OASFactory.createExample().value(JSON.readValue(in, Object.class)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable example for " + operation.getOperationId(), e);
        }
    }

    /**
     * A list's text/csv answer (see CsvLists) is a CSV file, not the JSON page the generator derives from the
     * return type: a string, with the first rows of a real answer ({@code openapi-examples/<operationId>.csv}).
     */
    private static void describeCsv(Operation operation) {
        var ok = operation.getResponses().getAPIResponse("200");
        MediaType csv = ok == null || ok.getContent() == null ? null : ok.getContent().getMediaType(CsvLists.TEXT_CSV);
        if (csv == null) {
            return;
        }
        csv.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).description("With format=csv or Accept: text/csv: every "
                + "matching row (not one page) as CSV, UTF-8, with a header row; see the format parameter for the columns. "
                + "The ETag is derived from the release, the path, the parameters that select rows and the columns."));
        ok.addHeader("Content-Disposition", OASFactory.createHeader().ref("Content-Disposition"));
        try (InputStream in = OpenApiFilter.class.getResourceAsStream("/openapi-examples/" + operation.getOperationId() + ".csv")) {
            if (in != null) {
                csv.addExample("example", OASFactory.createExample().value(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable CSV example for " + operation.getOperationId(), e);
        }
    }

    /**
     * The answer of the example's status: what each type of that status means, and the example. (Only the problem's own
     * fields: the requestId of a real answer would make the example differ at each capture.)
     */
    private static org.eclipse.microprofile.openapi.models.responses.APIResponse problem(ProblemType example) {
        String[] answer = EXAMPLES.get(example);
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("type", example.uri());
        value.put("title", example.title());
        value.put("status", example.status());
        value.put("detail", answer[0]);
        value.put("instance", answer[1]);
        MediaType media = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(REF + "Problem"))
                .addExample(example.slug(), OASFactory.createExample().value(value));
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media);
        String description = java.util.Arrays.stream(ProblemType.values()).filter(t -> t.status() == example.status())
                .map(t -> "Type " + t.slug() + ": " + t.meaning()).collect(java.util.stream.Collectors.joining(" "));
        var response = OASFactory.createAPIResponse().description(description).content(content);
        if (RETRY_AFTER.contains(example.status())) {
            response.addHeader("Retry-After", OASFactory.createHeader().ref("Retry-After"));
        }
        return response;
    }
}
