package org.opendrugpolicy.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Variant;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestResponse;
import org.opendrugpolicy.dataset.DatasetLoader;

/**
 * CSV from any list: every matching row of the list's query (not one page), in the list's order, streamed.
 *
 * <p>A list operation offers CSV by producing {@value #TEXT_CSV} besides JSON. Which one a request gets:
 * {@code format=csv|json} if given, whatever Accept prefers; otherwise the variant JAX-RS selects from Accept
 * ({@code Request.selectVariant}: q-values, ranges such as {@code text/*}; a tie, {@code *}{@code /*} or no Accept, is
 * JSON), and a 406 problem when Accept takes neither. Before the operation runs, the
 * columns are derived from its item type ({@link CsvColumns}) and narrowed by {@code fields=}. When the
 * operation then asks {@link Lists} for its answer, the answer is a {@link StreamingOutput} ({@link #answer}) that walks
 * the query in chunks of {@value #CHUNK}, clearing the persistence context after each, so memory does not grow with the
 * result.
 * The chunks need no common transaction: the data changes only with a release, which needs a restart.
 *
 * <p>page, size, cursor and include are accepted and ignored (a download link built from the view a user is
 * looking at still gets every row); page and size must still be well-formed. The ETag is derived from the
 * release, the path, the parameters that select rows and the columns, so a repeated download is a 304.
 */
@Singleton
public class CsvLists {
    public static final String TEXT_CSV = "text/csv";
    static final MediaType MEDIA_TYPE = new MediaType("text", "csv", Map.of("charset", "utf-8", "header", "present"));
    private static final MediaType CSV_TYPE = new MediaType("text", "csv");
    /** What a list offers, JSON first: it wins a tie (no Accept, or *&#47;*). */
    private static final List<Variant> VARIANTS = Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE, CSV_TYPE).build();
    static final String FORMAT = "format";
    /** format=excel-csv: the same CSV after a UTF-8 byte-order mark, which Excel needs to read UTF-8. */
    static final String EXCEL_CSV = "excel-csv";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    static final int CHUNK = 1000;
    /** Parameters that change the JSON envelope but not the CSV's rows or columns. */
    private static final Set<String> NOT_IN_CSV = Set.of(FORMAT, "page", "size", "cursor", "include");
    /** How many characters of the query a file name carries (see {@link #fileName}). */
    private static final int QUERY_IN_NAME = 80;
    /** Quotes only the values that need it, as data/ does. */
    private static final CsvMapper CSV = CsvMapper.builder().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

    private final ObjectMapper json;
    private final DatasetLoader dataset;

    CsvLists(ObjectMapper json, DatasetLoader dataset) {
        this.json = json;
        this.dataset = dataset;
    }

    /** JSON or CSV for an operation that offers both, with the CSV's columns; a malformed format or fields is added to the errors. */
    void negotiate(ParameterErrors errors, ContainerRequestContext request, Method method, AnswerPlan plan) {
        String format = request.getUriInfo().getQueryParameters().getFirst(FORMAT);
        Class<?> item = !offersCsv(method) ? null : CsvColumns.itemType(method);
        if (item == null) {
            // a list without CSV: none today, as CsvListsTest holds every list of the contract to offer it; an operation that
            // does not take format= at all has it reported once, as an unknown parameter (UnknownParameterGuard)
            if (format != null && UnknownParameterGuard.declares(method, FORMAT) && !format.strip().equalsIgnoreCase("json")) {
                errors.add(FORMAT, "this list answers in JSON only: give json or leave it out, got '" + Text.quote(format) + "'");
            }
            return;
        }
        boolean csv;
        boolean bom = false;
        if (format == null) {
            // JAX-RS content negotiation over the two variants (q-values, ranges such as text/*, specificity), or a 406 problem
            csv = Answers.select(request, VARIANTS).getMediaType().isCompatible(CSV_TYPE);
        } else if (format.strip().equalsIgnoreCase("csv") || format.strip().equalsIgnoreCase("json") || format.strip().equalsIgnoreCase(EXCEL_CSV)) {
            csv = !format.strip().equalsIgnoreCase("json");
            bom = format.strip().equalsIgnoreCase(EXCEL_CSV);
        } else {
            errors.add(FORMAT, "must be json, csv or " + EXCEL_CSV + ", got '" + Text.quote(format) + "'");
            csv = false;
        }
        Answers.pin(request, csv ? CSV_TYPE : MediaType.APPLICATION_JSON_TYPE); // format= decided: the framework must not refuse Accept
        CsvColumns columns = null;
        String fields = request.getUriInfo().getQueryParameters().getFirst(SparseFieldsets.PARAMETER);
        if (csv) {
            columns = CsvColumns.of(item);
            if (fields != null) {
                columns = columns.select(Arrays.stream(fields.split(",", -1)).map(String::strip).filter(f -> !f.isEmpty()).toList());
                if (columns.isEmpty() && plan.fields() != null) { // unknown fields are already an error of their own
                    errors.add(SparseFieldsets.PARAMETER, "selects no CSV column: links and href are not columns; "
                            + "the columns are " + String.join(", ", CsvColumns.of(item).names()));
                }
            }
        }
        plan.negotiated(columns, bom, HttpMethod.HEAD.equals(request.getMethod()));
    }

    /**
     * The CSV answer of a list of the query's records, when the request asked for CSV (see {@link AnswerPlan}); otherwise
     * null, and {@link Lists} answers with a page.
     */
    static <E, T, P> RestResponse<P> answer(PanacheQuery<E> query, Function<E, T> view, UriInfo uri) {
        return answer(sink -> {
            for (int first = 0; ; first += CHUNK) {
                List<E> chunk = query.range(first, first + CHUNK - 1).list();
                chunk.forEach(entity -> sink.accept(view.apply(entity)));
                Panache.getEntityManager().clear(); // the entities of this chunk are written: let them go
                if (chunk.size() < CHUNK) {
                    return;
                }
            }
        }, uri);
    }

    /** The same for a result that is already in memory. */
    static <T, P> RestResponse<P> answer(List<T> all, UriInfo uri) {
        return answer(sink -> all.forEach(sink), uri);
    }

    private static <P> RestResponse<P> answer(Consumer<Consumer<Object>> rows, UriInfo uri) {
        AnswerPlan plan = AnswerPlan.current();
        return plan == null || !plan.csv() ? null : CDI.current().select(CsvLists.class).get().stream(rows, uri, plan);
    }

    /**
     * The rows streamed as CSV, with the file name and ETag. The operation's declared body is the JSON page the contract
     * documents; this answer's entity is a stream instead, hence the unchecked cast.
     */
    @SuppressWarnings("unchecked")
    private <P> RestResponse<P> stream(Consumer<Consumer<Object>> rows, UriInfo uri, AnswerPlan plan) {
        CsvColumns columns = plan.columns();
        boolean bom = plan.bom();
        StreamingOutput body = plan.head() ? out -> {} : out -> {
            if (bom) {
                out.write(BOM);
            }
            write(columns, rows, out);
        };
        return (RestResponse<P>) (RestResponse<?>) RestResponse.ResponseBuilder.ok(body, MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName(uri) + "\"")
                .header(HttpHeaders.ETAG, "\"" + etag(uri, columns) + (bom ? "-bom" : "") + "\"").build();
    }

    private void write(CsvColumns columns, Consumer<Consumer<Object>> rows, OutputStream out) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder();
        columns.names().forEach(schema::addColumn);
        try (SequenceWriter writer = CSV.writer(schema.build().withHeader()).writeValues(out)) {
            rows.accept(record -> {
                try {
                    writer.write(columns.row(json.valueToTree(record)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * The list's path, then the parameters that choose its rows and columns (those of the ETag, in name order), then the
     * release: side-events-session-cnd-68-q-harm-reduction-2026.11.30.csv, or under a record
     * organizations-villa-maraini-side-events-2026.11.30.csv, so that two filtered downloads of one list are two files.
     * ASCII letters, digits, '.', '_' and '-' only; a query longer than {@value #QUERY_IN_NAME} characters is cut there,
     * and it or one with letters beyond ASCII after folding ends with a digest of the whole, so that names stay short and distinct.
     */
    private String fileName(UriInfo uri) {
        String path = uri.getPath().replaceFirst("^/?api/v1/", "").replaceAll("/+$", "");
        StringBuilder query = new StringBuilder();
        new TreeMap<>(uri.getQueryParameters()).forEach((name, values) -> {
            if (!NOT_IN_CSV.contains(name)) {
                // a descending sort key (-attendance) would lose its sign to the slug: it is named attendance-desc
                String value = String.join("-", values);
                query.append('-').append(name).append('-').append(name.equals(SortFields.PARAMETER) ? value.replaceAll("(^|,)-([^,]+)", "$1$2-desc") : value);
            }
        });
        String filters = slug(query.toString());
        // letters the slug cannot keep (a q= in Cyrillic or Arabic) would make two queries one name: the digest tells them apart
        boolean lettersLost = Text.fold(query.toString()).codePoints().anyMatch(c -> c > 127 && Character.isLetterOrDigit(c));
        if (filters.length() > QUERY_IN_NAME || lettersLost) {
            filters = (filters.length() > QUERY_IN_NAME ? filters.substring(0, QUERY_IN_NAME) : filters).replaceAll("-+$", "")
                    + "-" + Text.digest(query.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 8);
        }
        return slug(path) + (filters.isEmpty() ? "" : "-" + filters) + "-" + dataset.version().version().replaceAll("[^A-Za-z0-9._-]", "-") + ".csv";
    }

    /** Folded ({@link Text#fold}: no accents, lower case), with every run of other characters than a-z, 0-9, '.', '_' and '-' as one '-', none at either end. */
    private static String slug(String text) {
        return Text.fold(text).replaceAll("[^a-z0-9._-]+", "-").replaceAll("-{2,}", "-").replaceAll("^[-.]+|-+$", "");
    }

    /** Release (with its content hash), path, row-selecting parameters in name order, and columns. */
    private String etag(UriInfo uri, CsvColumns columns) {
        StringBuilder key = new StringBuilder("csv\n").append(dataset.version().tag()).append('\n').append(uri.getPath()).append('\n');
        new TreeMap<>(uri.getQueryParameters()).forEach((name, values) -> {
            if (!NOT_IN_CSV.contains(name)) {
                key.append(name).append('=').append(String.join(",", values)).append('\n');
            }
        });
        key.append(String.join(",", columns.names()));
        return Text.digest(key.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static boolean offersCsv(Method method) {
        Produces produces = method.getAnnotation(Produces.class);
        return produces != null && Arrays.stream(produces.value()).anyMatch(type -> type.startsWith(TEXT_CSV));
    }
}
