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
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.opendrugpolicy.api.CsvLists;
import org.opendrugpolicy.api.Problem;
import org.opendrugpolicy.http.HttpCaching;

/**
 * Completes the generated contract in one place: on every operation, the problem answers that every
 * operation can give, and an example of its success response, captured from the real service into
 * {@code openapi-examples/<operationId>.json} (see src/tools/capture-openapi-examples.sh); and on every
 * schema, null allowed wherever a property is optional, since the API sends null for a value no
 * source gives rather than leaving it out.
 */
public class OpenApiFilter implements OASFilter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Map<String, String[]> ANSWERS = Map.of(
            "400", new String[] {"A parameter is malformed, out of range, unknown or repeated.", "invalid-parameter", "Invalid parameter",
                    "size: must be an integer from 1 to 200, got '201'", "/api/v1/side-events?size=201"},
            "404", new String[] {"No record has this id, or no resource is at this path.", "not-found", "Not found",
                    "No side event has the id 'cnd-99-unknown'.", "/api/v1/side-events/cnd-99-unknown"},
            "406", new String[] {"The Accept header asks for a media type this operation does not produce.", "not-acceptable", "Not acceptable",
                    "This resource is available as application/json (lists also as text/csv); the Accept header asks for something else.", "/api/v1/sessions"},
            "414", new String[] {"The path and query are longer than the service accepts.", "uri-too-long", "URI too long",
                    "The path and query are 2100 characters long; the limit is 2048.", "/api/v1/sessions?q=…"},
            "429", new String[] {"This client sent too many requests; the Retry-After header says when to try again.", "too-many-requests",
                    "Too many requests", "This client has used up its request allowance; retry after 2 s.", "/api/v1/sessions"},
            "431", new String[] {"The request headers are more or larger than the service accepts.", "header-fields-too-large",
                    "Request header fields too large", "The request has 70 header lines, 9000 bytes; the limits are 64 lines, 8192 bytes.",
                    "/api/v1/sessions"},
            "500", new String[] {"The server failed; details are logged, never sent.", "internal-error", "Internal server error",
                    "The server could not answer this request. The error has been logged.", "/api/v1/sessions"},
            "503", new String[] {"The service did not answer in time; the Retry-After header says when to try again.", "request-timeout", "Service unavailable", "No answer within 10 s; the service is busy. Retry after 10 s.",
                    "/api/v1/sessions"});

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        allowNullWhereOptional(openAPI);
        if (openAPI.getPaths() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                addExample(operation);
                describeCsv(operation);
                addCachingHeaders(operation);
                ANSWERS.keySet().stream().sorted().forEach(status -> {
                    if (operation.getResponses().getAPIResponse(status) == null) {
                        operation.getResponses().addAPIResponse(status, problem(ANSWERS.get(status), Integer.parseInt(status)));
                    }
                });
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

    /** What HttpCaching and ListLinkHeader add to every successful read. */
    private static void addCachingHeaders(Operation operation) {
        var ok = operation.getResponses().getAPIResponse("200");
        if (ok == null) {
            return;
        }
        ok.addHeader("ETag", header("Strong validator of this representation: send it back in If-None-Match to get 304 when nothing changed.", "\"5f1d3c2b9a8e7d6c5b4a392817161514\""));
        ok.addHeader("Last-Modified", header("When the dataset release being served was created.", "Mon, 23 Nov 2026 00:00:00 GMT"));
        ok.addHeader("Cache-Control", header("The data changes only with a release.", HttpCaching.CACHE_CONTROL));
        boolean list = ok.getContent() != null && ok.getContent().getMediaTypes().values().stream()
                .anyMatch(m -> m.getSchema() != null && m.getSchema().getRef() != null && m.getSchema().getRef().contains("ListPage"));
        if (list) {
            ok.addHeader("Link", header("RFC 8288 links to this page and its neighbours (self, first, prev, next, last), as in the body's links.",
                    "</api/v1/countries?page=2&size=20>; rel=\"next\""));
        }
        if (operation.getResponses().getAPIResponse("304") == null) {
            operation.getResponses().addAPIResponse("304", OASFactory.createAPIResponse()
                    .description("Not modified: the copy named by If-None-Match (or dated by If-Modified-Since) is current. No body.")
                    .addHeader("ETag", header("The current validator.", "\"5f1d3c2b9a8e7d6c5b4a392817161514\"")));
        }
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
        ok.addHeader("Content-Disposition", header("Only with CSV: a download named after the list and the release.",
                "attachment; filename=\"side-events-2026.11.23.csv\""));
        try (InputStream in = OpenApiFilter.class.getResourceAsStream("/openapi-examples/" + operation.getOperationId() + ".csv")) {
            if (in != null) {
                csv.addExample("example", OASFactory.createExample().value(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable CSV example for " + operation.getOperationId(), e);
        }
    }

    private static org.eclipse.microprofile.openapi.models.responses.APIResponse problem(String[] answer, int status) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("type", Problem.TYPE_BASE + answer[1]);
        value.put("title", answer[2]);
        value.put("status", status);
        value.put("detail", answer[3]);
        value.put("instance", answer[4]);
        Example example = OASFactory.createExample().value(value);
        MediaType media = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))
                .addExample(answer[1], example);
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media);
        return OASFactory.createAPIResponse().description(answer[0]).content(content);
    }
}
