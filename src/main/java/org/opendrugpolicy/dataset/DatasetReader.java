package org.opendrugpolicy.dataset;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a dataset and checks it against its {@code datapackage.json}: encoding, line endings, header,
 * types, required values, enumerations, patterns, minimums, what the database columns can hold (ranges and
 * lengths, from the migrations' column types), primary and unique keys, foreign keys and source lists. It never stops at the first defect: it reports every one it finds, then either returns
 * the whole dataset or throws {@link InvalidDatasetException}.
 */
public final class DatasetReader {
    static final String DESCRIPTOR = "datapackage.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The package's id pattern (without ^ and $), and what it means. */
    private static final String ID = "[a-z0-9]+(-[a-z0-9]+)*";
    private static final String ID_IN_WORDS = "lower-case letters a-z and digits, in words joined by single hyphens (hist-h97)";
    /** A pattern of a ';'-separated list: ^X(;X)*$, X in group 1. */
    private static final Pattern LIST_PATTERN = Pattern.compile("\\^(.+)\\(;\\1\\)\\*\\$");
    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .build();

    private DatasetReader() {}

    public static ValidatedDataset read(DatasetFiles files) {
        return read(files, () -> ColumnLimits.NONE);
    }

    /** A release's identity, from its bytes alone: its descriptor and its version (content hash included). */
    public record Identity(DataPackage dataPackage, DatasetVersion version) {}

    /**
     * The release's identity without reading a row: the descriptor parsed, and the same SHA-256 as {@link #read} computes
     * (over datapackage.json and every table file's bytes, in package order), streamed so that no file is held in memory.
     * Null when a file is missing or unreadable or the descriptor is not a package: {@link #read} then says what is wrong.
     * A replica whose release is already in the database needs no more than this to serve it.
     */
    public static Identity identify(DatasetFiles files) {
        MessageDigest digest = sha256();
        try {
            byte[] bytes = files.read(DESCRIPTOR);
            digest.update(bytes);
            DataPackage pkg = JSON.readValue(bytes, DataPackage.class);
            if (pkg.resources() == null || pkg.resources().isEmpty() || pkg.version() == null) {
                return null;
            }
            byte[] buffer = new byte[1 << 16];
            for (DataPackage.Resource resource : pkg.resources()) {
                try (java.io.InputStream in = files.open(resource.path())) {
                    for (int n; (n = in.read(buffer)) > 0;) {
                        digest.update(buffer, 0, n);
                    }
                }
            }
            return new Identity(pkg, DatasetVersion.of(pkg.version(), pkg.created(), HexFormat.of().formatHex(digest.digest())));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static final Pattern RELEASE_VERSION = Pattern.compile("[0-9]{4}\\.[0-9]{2}\\.[0-9]{2}");

    /**
     * The package's own properties that the service publishes, each missing or malformed one an error: its name
     * (the catalogue's identifier when it has no id), title and description (which DCAT-AP requires of a dataset),
     * version (a release version, YYYY.MM.DD, as releases.csv and the change feed name it), created (an RFC 3339
     * date-time) and at least one licence with its URL (path). Without them the catalogue and the bundle's
     * licence file had nothing to say, and failed.
     */
    static List<DatasetError> descriptorErrors(DataPackage pkg) {
        List<DatasetError> errors = new ArrayList<>();
        required(errors, "name", pkg.name());
        required(errors, "title", pkg.title());
        required(errors, "description", pkg.description());
        if (pkg.version() == null || !RELEASE_VERSION.matcher(pkg.version()).matches()) {
            errors.add(descriptorError("version", "must be a release version, YYYY.MM.DD (2026.11.23), got " + given(pkg.version())));
        }
        try {
            OffsetDateTime.parse(pkg.created() == null ? "" : pkg.created());
        } catch (DateTimeParseException e) {
            errors.add(descriptorError("created", "must be an RFC 3339 date-time with an offset (2026-11-23T00:00:00Z), got " + given(pkg.created())));
        }
        if (pkg.licenses() == null || pkg.licenses().isEmpty()) {
            errors.add(descriptorError("licenses", "the package names no licence: at least one is required, with its URL as path"));
        } else {
            for (int i = 0; i < pkg.licenses().size(); i++) {
                DataPackage.License licence = pkg.licenses().get(i);
                if (licence == null || licence.path() == null || licence.path().isBlank()) {
                    errors.add(descriptorError("licenses[" + i + "]", "a licence needs its URL as path"));
                }
            }
        }
        return errors;
    }

    private static void required(List<DatasetError> errors, String property, String value) {
        if (value == null || value.isBlank()) {
            errors.add(descriptorError(property, "the package's " + property + " is required"));
        }
    }

    private static DatasetError descriptorError(String property, String message) {
        return new DatasetError(DESCRIPTOR, 0, 0, property, "descriptor", message);
    }

    private static String given(String value) {
        return value == null ? "none" : "'" + value + "'";
    }

    /**
     * Reads and checks the dataset, and every value against what its database column can hold; the limits are asked for
     * only once the descriptor has been read, so a broken package fails before the database is touched.
     */
    public static ValidatedDataset read(DatasetFiles files, java.util.function.Supplier<ColumnLimits> database) {
        List<DatasetError> errors = new ArrayList<>();
        MessageDigest digest = sha256();
        DataPackage pkg;
        try {
            byte[] bytes = files.read(DESCRIPTOR);
            digest.update(bytes);
            pkg = JSON.readValue(bytes, DataPackage.class);
        } catch (NoSuchFileException e) {
            throw new InvalidDatasetException(files.describe(), List.of(new DatasetError(DESCRIPTOR, 0, 0, null, "missing-file", "the file does not exist")));
        } catch (JacksonException e) {
            throw new InvalidDatasetException(files.describe(), List.of(new DatasetError(DESCRIPTOR, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    e.getLocation() == null ? 0 : e.getLocation().getColumnNr(), null, "json", e.getOriginalMessage())));
        } catch (IOException e) {
            throw new InvalidDatasetException(files.describe(), List.of(new DatasetError(DESCRIPTOR, 0, 0, null, "unreadable", String.valueOf(e.getMessage()))));
        }
        if (pkg.resources() == null || pkg.resources().isEmpty()) {
            throw new InvalidDatasetException(files.describe(), List.of(new DatasetError(DESCRIPTOR, 0, 0, null, "resources", "the package lists no resources")));
        }

        errors.addAll(descriptorErrors(pkg));

        ColumnLimits limits = database.get();
        Map<String, ParsedTable> tables = new LinkedHashMap<>();
        for (DataPackage.Resource resource : pkg.resources()) {
            byte[] bytes;
            try {
                bytes = files.read(resource.path());
            } catch (NoSuchFileException e) {
                errors.add(new DatasetError(resource.path(), 0, 0, null, "missing-file", "the file does not exist"));
                continue;
            } catch (IOException e) {
                errors.add(new DatasetError(resource.path(), 0, 0, null, "unreadable", String.valueOf(e.getMessage())));
                continue;
            }
            digest.update(bytes);
            tables.put(resource.name(), new TableParser(resource, errors, limits).parse(bytes));
        }
        new KeyChecker(tables, errors).check();
        RecordHistory history = RecordHistory.check(tables, errors);
        if (!errors.isEmpty()) {
            throw new InvalidDatasetException(files.describe(), errors);
        }
        Map<String, ValidatedDataset.Table> result = new LinkedHashMap<>();
        tables.forEach((name, t) -> result.put(name, new ValidatedDataset.Table(t.resource, t.rows)));
        return new ValidatedDataset(pkg, result, DatasetVersion.of(pkg.version(), pkg.created(), HexFormat.of().formatHex(digest.digest())), history);
    }

    /**
     * One table's typed rows, with the line each row starts on, for messages. A table that could not be
     * read whole (bad encoding, header or syntax, or rows with the wrong number of values) is not
     * complete: references into it are not checked row by row, so one defect is not reported again
     * as hundreds of dangling references.
     */
    record ParsedTable(DataPackage.Resource resource, List<Object[]> rows, List<Long> lines, boolean[] complete) {
        boolean isComplete() {
            return complete[0];
        }

        int column(String field) {
            List<DataPackage.Field> fields = resource.schema().fields();
            for (int i = 0; i < fields.size(); i++) {
                if (fields.get(i).name().equals(field)) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** Reads one CSV file into typed rows, adding an error for each defect. */
    private static final class TableParser {
        private final DataPackage.Resource resource;
        private final List<DataPackage.Field> fields;
        private final List<DatasetError> errors;
        private final Map<String, Pattern> patterns = new HashMap<>();
        private final ColumnLimits.Limit[] limits;

        TableParser(DataPackage.Resource resource, List<DatasetError> errors, ColumnLimits columns) {
            this.resource = resource;
            this.fields = resource.schema().fields();
            this.errors = errors;
            this.limits = fields.stream().map(f -> columns.of(resource.name(), f.name())).toArray(ColumnLimits.Limit[]::new);
        }

        ParsedTable parse(byte[] bytes) {
            ParsedTable table = new ParsedTable(resource, new ArrayList<>(), new ArrayList<>(), new boolean[] {false});
            int start = 0;
            if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
                error(1, 0, null, "encoding", "the file starts with a UTF-8 byte-order mark; save it without one");
                start = 3;
            }
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
            } catch (CharacterCodingException e) {
                error(firstInvalidUtf8Line(bytes), 0, null, "encoding", "the file is not valid UTF-8");
                return table;
            }
            if (text.isEmpty()) {
                error(0, 0, null, "header", "the file is empty; expected a header row");
                return table;
            }
            int cr = text.indexOf('\r');
            if (cr >= 0) {
                error(lineOf(text, cr), 0, null, "line-ending", "lines end with CR LF; use LF only");
            }
            if (!text.endsWith("\n")) {
                error(lineOf(text, text.length() - 1), 0, null, "truncated", "the last line has no line ending; the file may be truncated");
            }
            // The line the row being read starts on: where a CSV syntax error is reported, since an unclosed
            // quote is only detected at the end of the file, after the last line.
            long line = 1;
            boolean whole = true;
            try (MappingIterator<String[]> it = CSV.readerFor(String[].class).readValues(text)) {
                if (!it.hasNextValue()) {
                    error(0, 0, null, "header", "the file is empty; expected a header row");
                    return table;
                }
                if (!checkHeader(it.nextValue())) {
                    return table;
                }
                while (true) {
                    line = Math.max(it.getCurrentLocation().getLineNr(), 2);
                    if (!it.hasNextValue()) {
                        break;
                    }
                    String[] values = it.nextValue();
                    if (values.length == 1 && values[0].isEmpty() && fields.size() > 1) {
                        error(line, 0, null, "blank-line", "blank line");
                        continue;
                    }
                    if (values.length != fields.size()) {
                        error(line, 0, null, "columns", "expected " + fields.size() + " values, found " + values.length + (values.length > fields.size()
                                ? ": a value that contains a comma must be in double quotes (\"Vienna, Austria\")"
                                : ": a value is missing, or a quote opened on an earlier line took in the line break"));
                        whole = false;
                        continue;
                    }
                    // A row with a bad value is kept (that value null) so its key still resolves for other tables.
                    Object[] row = new Object[fields.size()];
                    for (int i = 0; i < fields.size(); i++) {
                        try {
                            row[i] = value(fields.get(i), values[i]);
                            String violation = limits[i] == null ? null : limits[i].violation(row[i]);
                            if (violation != null) {
                                throw new IllegalArgumentException(violation);
                            }
                        } catch (IllegalArgumentException e) {
                            error(line, i + 1, fields.get(i).name(), e.getMessage().substring(0, e.getMessage().indexOf(':')),
                                    e.getMessage().substring(e.getMessage().indexOf(':') + 2));
                        }
                    }
                    table.rows.add(row);
                    table.lines.add(line);
                }
                table.complete()[0] = whole;
            } catch (JacksonException e) {
                error(line, 0, null, "csv", inWords(e.getOriginalMessage()));
            } catch (IOException e) {
                error(0, 0, null, "unreadable", String.valueOf(e.getMessage()));
            }
            return table;
        }

        private boolean checkHeader(String[] header) {
            List<String> expected = fields.stream().map(DataPackage.Field::name).toList();
            List<String> actual = Arrays.asList(header);
            if (actual.equals(expected)) {
                return true;
            }
            for (String separator : List.of(";", "\t")) {
                if (header.length == 1 && expected.size() > 1 && Arrays.asList(header[0].split(separator, -1)).equals(expected)) {
                    // a spreadsheet's "CSV" in many locales: one message, not one per missing column
                    error(1, 0, null, "separator", "values are separated by " + (separator.equals(";") ? "';'" : "tabs")
                            + ", not ','; save the file as CSV UTF-8, comma-delimited");
                    return false;
                }
            }
            Set<String> missing = new HashSet<>(expected);
            missing.removeAll(actual);
            Set<String> extra = new HashSet<>(actual);
            extra.removeAll(expected);
            for (String name : expected) {
                if (missing.contains(name)) {
                    error(1, 0, name, "header", "missing column '" + name + "'");
                }
            }
            for (int i = 0; i < actual.size(); i++) {
                if (extra.contains(actual.get(i))) {
                    error(1, i + 1, null, "header", "unexpected column '" + actual.get(i) + "'");
                }
            }
            if (missing.isEmpty() && extra.isEmpty()) {
                error(1, 0, null, "header", "columns are out of order; expected " + String.join(",", expected));
            }
            return false;
        }

        /** The typed value, or an IllegalArgumentException whose message is "rule: explanation". */
        private Object value(DataPackage.Field field, String raw) {
            if (raw.isEmpty()) {
                if (field.required()) {
                    throw new IllegalArgumentException("required: a value is required");
                }
                return null;
            }
            if (!raw.equals(raw.strip())) {
                throw new IllegalArgumentException("whitespace: '" + raw + "' has leading or trailing white space");
            }
            Object value = switch (field.type() == null ? "string" : field.type()) {
                case "integer" -> {
                    try {
                        yield Long.parseLong(raw);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("type: expected an integer, got '" + raw + "'");
                    }
                }
                case "date" -> {
                    try {
                        yield LocalDate.parse(raw);
                    } catch (DateTimeParseException e) {
                        throw new IllegalArgumentException("type: expected a date as YYYY-MM-DD, got '" + raw + "'");
                    }
                }
                case "boolean" -> switch (raw) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    default -> throw new IllegalArgumentException("type: expected true or false, got '" + raw + "'");
                };
                default -> raw;
            };
            DataPackage.Constraints c = field.constraints();
            if (c != null) {
                if (c.allowed() != null && !c.allowed().contains(raw)) {
                    throw new IllegalArgumentException("enum: '" + raw + "' is not one of " + String.join(", ", c.allowed()));
                }
                if (c.pattern() != null && !patterns.computeIfAbsent(c.pattern(), Pattern::compile).matcher(raw).matches()) {
                    throw new IllegalArgumentException("pattern: " + patternMismatch(c.pattern(), raw));
                }
                String repeated = c.pattern() == null ? null : repeatedListValue(c.pattern(), raw);
                if (repeated != null) {
                    throw new IllegalArgumentException("duplicate: '" + repeated + "' is listed twice in '" + raw + "'");
                }
                if (c.minimum() != null && value instanceof Long number && number < c.minimum()) {
                    throw new IllegalArgumentException("minimum: " + number + " is less than " + c.minimum());
                }
            }
            return value;
        }

        /**
         * Why a value does not match its pattern, in words where the pattern is one of the package's shapes: a list of
         * values separated by ';' (the item that fails, and how), an id; otherwise the pattern itself.
         */
        private String patternMismatch(String pattern, String raw) {
            String item = listItem(pattern);
            if (item == null) {
                return ID.equals(pattern.substring(1, pattern.length() - 1)) ? "'" + raw + "' is not an id: " + ID_IN_WORDS
                        : "'" + raw + "' does not match " + pattern;
            }
            String[] values = raw.split(";", -1);
            for (int i = 0; i < values.length; i++) {
                String value = values[i];
                String which = "'" + raw + "' is a list separated by ';': value " + (i + 1) + " ";
                if (value.isEmpty()) {
                    return which + "is empty (';;', or a ';' at the start or end)";
                }
                if (!value.equals(value.strip())) {
                    return which + "'" + value + "' has white space around it; separate values by ';' alone";
                }
                if (!patterns.computeIfAbsent("^" + item + "$", Pattern::compile).matcher(value).matches()) {
                    return which + "'" + value + "' " + (ID.equals(item) ? "is not an id: " + ID_IN_WORDS : "does not match " + item);
                }
            }
            return "'" + raw + "' does not match " + pattern;
        }

        /** The first value a ';'-separated list names twice, or null (also for a field that is not a list). */
        private static String repeatedListValue(String pattern, String raw) {
            if (listItem(pattern) == null) {
                return null;
            }
            Set<String> seen = new HashSet<>();
            for (String value : raw.split(";")) {
                if (!seen.add(value)) {
                    return value;
                }
            }
            return null;
        }

        /** The pattern of one item where {@code pattern} is a ';'-separated list of them (^X(;X)*$), else null. */
        private static String listItem(String pattern) {
            var list = LIST_PATTERN.matcher(pattern);
            return list.matches() ? list.group(1) : null;
        }

        /** A CSV syntax error as a curator can act on it (Jackson's words name parser states and character codes). */
        private static String inWords(String message) {
            if (message.startsWith("Missing closing quote")) {
                return "a double quote opened in the row that starts on this line is never closed, so the rest of the file was read as one value";
            }
            if (message.contains("Expected column separator")) {
                return "text follows a quoted value before the next ','; inside a value write a double quote twice (\"\") and quote the whole value";
            }
            return message;
        }

        private void error(long line, int column, String field, String rule, String message) {
            errors.add(new DatasetError(resource.path(), line, column, field, rule, message));
        }

        private static long lineOf(String text, int index) {
            long line = 1;
            for (int i = 0; i < index; i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            return line;
        }

        private static long firstInvalidUtf8Line(byte[] bytes) {
            var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
            long line = 1;
            int lineStart = 0;
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    try {
                        decoder.reset().decode(ByteBuffer.wrap(bytes, lineStart, i - lineStart));
                    } catch (CharacterCodingException e) {
                        return line;
                    }
                    line++;
                    lineStart = i + 1;
                }
            }
            return line;
        }
    }

    /** Checks that involve whole tables: primary keys, unique fields, references and exclusive columns. */
    private record KeyChecker(Map<String, ParsedTable> tables, List<DatasetError> errors) {

        void check() {
            for (ParsedTable table : tables.values()) {
                DataPackage.Schema schema = table.resource().schema();
                unique(table, schema.primaryKeyFields(), "primary-key");
                for (DataPackage.Field field : schema.fields()) {
                    if (field.constraints() != null && Boolean.TRUE.equals(field.constraints().unique())
                            && !schema.primaryKeyFields().equals(List.of(field.name()))) {
                        unique(table, List.of(field.name()), "unique");
                    }
                }
                for (DataPackage.ForeignKey fk : schema.foreignKeyList()) {
                    foreignKey(table, fk);
                }
                for (DataPackage.Field field : schema.fields()) {
                    if (field.listOf() != null) {
                        listOf(table, field);
                    }
                }
                for (List<String> group : schema.exactlyOneOfList()) {
                    exactlyOne(table, group);
                }
            }
        }

        private void unique(ParsedTable table, List<String> fields, String rule) {
            if (fields.isEmpty()) {
                return;
            }
            int[] columns = fields.stream().mapToInt(table::column).toArray();
            Map<List<Object>, Long> seen = new HashMap<>();
            for (int r = 0; r < table.rows().size(); r++) {
                List<Object> key = key(table.rows().get(r), columns);
                // A unique field may be empty on several rows (SQL UNIQUE allows several NULLs); a primary key may not.
                if (rule.equals("unique") && key.stream().allMatch(v -> v == null)) {
                    continue;
                }
                Long first = seen.putIfAbsent(key, table.lines().get(r));
                if (first != null) {
                    errors.add(new DatasetError(table.resource().path(), table.lines().get(r), columns[0] + 1, String.join(",", fields), rule,
                            "duplicate value " + show(key) + ", already on line " + first));
                }
            }
        }

        private void foreignKey(ParsedTable table, DataPackage.ForeignKey fk) {
            String target = fk.reference().resource() == null || fk.reference().resource().isEmpty()
                    ? table.resource().name() : fk.reference().resource();
            ParsedTable referenced = tables.get(target);
            int[] columns = fk.fieldNames().stream().mapToInt(table::column).toArray();
            if (referenced == null || !referenced.isComplete()) {
                if (!table.rows().isEmpty()) {
                    errors.add(new DatasetError(table.resource().path(), 0, columns[0] + 1, String.join(",", fk.fieldNames()),
                            "foreign-key", "references resource '" + target + "', which could not be read whole, so they were not checked"));
                }
                return;
            }
            Set<List<Object>> keys = keys(referenced, fk.reference().fieldNames());
            for (int r = 0; r < table.rows().size(); r++) {
                List<Object> key = key(table.rows().get(r), columns);
                if (key.stream().allMatch(v -> v == null)) {
                    continue;
                }
                if (!keys.contains(key)) {
                    errors.add(new DatasetError(table.resource().path(), table.lines().get(r), columns[0] + 1, String.join(",", fk.fieldNames()),
                            "foreign-key", show(key) + " matches no " + String.join(",", fk.reference().fieldNames()) + " in " + referenced.resource().path()));
                }
            }
        }

        private void listOf(ParsedTable table, DataPackage.Field field) {
            DataPackage.ListOf list = field.listOf();
            ParsedTable referenced = tables.get(list.resource());
            int column = table.column(field.name());
            if (referenced == null || !referenced.isComplete()) {
                if (!table.rows().isEmpty()) {
                    errors.add(new DatasetError(table.resource().path(), 0, column + 1, field.name(), "foreign-key",
                            "references resource '" + list.resource() + "', which could not be read whole, so they were not checked"));
                }
                return;
            }
            Set<List<Object>> keys = keys(referenced, List.of(list.field()));
            for (int r = 0; r < table.rows().size(); r++) {
                Object value = table.rows().get(r)[column];
                if (value == null) {
                    continue;
                }
                for (String item : value.toString().split(Pattern.quote(list.delimiter()), -1)) {
                    if (!keys.contains(List.of(item))) {
                        errors.add(new DatasetError(table.resource().path(), table.lines().get(r), column + 1, field.name(), "foreign-key",
                                "'" + item + "' matches no " + list.field() + " in " + referenced.resource().path()));
                    }
                }
            }
        }

        private void exactlyOne(ParsedTable table, List<String> group) {
            int[] columns = group.stream().mapToInt(table::column).toArray();
            for (int r = 0; r < table.rows().size(); r++) {
                Object[] row = table.rows().get(r);
                long given = Arrays.stream(columns).filter(c -> row[c] != null).count();
                if (given != 1) {
                    errors.add(new DatasetError(table.resource().path(), table.lines().get(r), columns[0] + 1, String.join(",", group), "exactly-one",
                            "exactly one of " + String.join(", ", group) + " must have a value, found " + given));
                }
            }
        }

        private static Set<List<Object>> keys(ParsedTable table, List<String> fields) {
            int[] columns = fields.stream().mapToInt(table::column).toArray();
            Set<List<Object>> keys = new HashSet<>();
            for (Object[] row : table.rows()) {
                keys.add(key(row, columns));
            }
            return keys;
        }

        private static List<Object> key(Object[] row, int[] columns) {
            List<Object> key = new ArrayList<>(columns.length);
            for (int c : columns) {
                key.add(c < 0 ? null : row[c]);
            }
            return key;
        }

        private static String show(List<Object> key) {
            return key.size() == 1 ? "'" + key.get(0) + "'" : key.toString();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
