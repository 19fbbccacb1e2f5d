package org.opendrugpolicy.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.opendrugpolicy.dataset.DataPackage;
import org.opendrugpolicy.dataset.DatasetFiles;

/**
 * Renders one table of a release: the CSV exactly as published in data/, or its rows as
 * JSON objects whose field names are the camelCase names the JSON API uses and whose values are typed
 * as the schema says. One row in memory at a time, whatever the table's size.
 */
final class TableWriter {
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
    private static final JsonFactory JSON = new JsonFactory();

    private TableWriter() {}

    /** Renders one table in a format from the release's files: once per release, when it is loaded. */
    static void render(DatasetFiles files, DataPackage.Resource table, ExportFormat format, OutputStream out) throws IOException {
        if (format == ExportFormat.CSV) {
            try (InputStream in = files.open(table.path())) {
                in.transferTo(out);
            }
            return;
        }
        List<DataPackage.Field> fields = table.schema().fields();
        String[] names = fields.stream().map(f -> camelCase(f.name())).toArray(String[]::new);
        try (InputStream in = files.open(table.path());
                MappingIterator<String[]> it = CSV.readerFor(String[].class).readValues(in);
                JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            json.setRootValueSeparator(null); // NDJSON: nothing between records but the line break

            if (it.hasNextValue()) {
                it.nextValue(); // header, checked by the loader
            }
            if (format == ExportFormat.JSON) {
                json.writeStartArray();
            }
            while (it.hasNextValue()) {
                String[] values = it.nextValue();
                json.writeStartObject();
                for (int i = 0; i < fields.size(); i++) {
                    json.writeFieldName(names[i]);
                    writeValue(json, fields.get(i), values[i]);
                }
                json.writeEndObject();
                if (format == ExportFormat.NDJSON) {
                    json.writeRaw('\n');
                }
            }
            if (format == ExportFormat.JSON) {
                json.writeEndArray();
                json.writeRaw('\n');
            }
        }
    }

    private static void writeValue(JsonGenerator json, DataPackage.Field field, String raw) throws IOException {
        if (raw.isEmpty()) {
            json.writeNull();
        } else if ("integer".equals(field.type())) {
            json.writeNumber(Long.parseLong(raw));
        } else if ("boolean".equals(field.type())) {
            json.writeBoolean(Boolean.parseBoolean(raw));
        } else if (field.listOf() != null) {
            json.writeStartArray();
            for (String item : raw.split(java.util.regex.Pattern.quote(field.listOf().delimiter()))) {
                json.writeString(item);
            }
            json.writeEndArray();
        } else {
            json.writeString(raw);
        }
    }

    /** source_ids → sourceIds, as the JSON API names fields. */
    static String camelCase(String column) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
                upper = false;
            }
        }
        return name.toString();
    }
}
