package org.opendrugpolicy.dataset;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * The parts of {@code datapackage.json} (Frictionless Data Package with Table Schemas) that the loader
 * enforces, and the words that describe the dataset (title, description, keywords) that the DCAT catalogue repeats. The file is the single definition of the dataset's tables, types and keys.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DataPackage(String id, String name, String title, String description, List<String> keywords, String homepage, String version, String created,
        List<License> licenses, List<Resource> resources) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record License(String name, String path, String title) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Resource(String name, String path, String title, Schema schema) {
        /**
         * The table whose records hold this table's rows, or null for a table of records in their own right: the
         * parent {@code x-embeddedIn} names, else the table that the first primary-key field refers to (a roll-call vote's
         * resolution). The parent's id is then the first part of a row's record id.
         */
        public String parent() {
            if (schema.embeddedIn() != null) {
                return schema.embeddedIn().resource();
            }
            List<String> key = schema.primaryKeyFields();
            return key.size() < 2 ? null : schema.foreignKeyList().stream().filter(fk -> fk.fieldNames().equals(key.subList(0, 1)))
                    .map(fk -> fk.reference().resource()).findFirst().orElse(null);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Schema(List<Field> fields, JsonNode primaryKey, List<ForeignKey> foreignKeys,
            @JsonProperty("x-exactlyOneOf") List<List<String>> exactlyOneOf,
            @JsonProperty("x-embeddedIn") EmbeddedIn embeddedIn) {

        public List<String> primaryKeyFields() {
            return names(primaryKey);
        }

        public List<ForeignKey> foreignKeyList() {
            return foreignKeys == null ? List.of() : foreignKeys;
        }

        public List<List<String>> exactlyOneOfList() {
            return exactlyOneOf == null ? List.of() : exactlyOneOf;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Field(String name, String type, Constraints constraints, @JsonProperty("x-listOf") ListOf listOf) {
        boolean required() {
            return constraints != null && Boolean.TRUE.equals(constraints.required());
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Constraints(Boolean required, Boolean unique, @JsonProperty("enum") List<String> allowed, String pattern, Long minimum) {}

    /**
     * The rows of this resource are embedded in the records of another (a side event's hosts): the field that
     * names the parent and the parent resource. A change to such a row marks its parent updated (our extension).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record EmbeddedIn(String fields, String resource) {}

    /** A field holding a delimited list of keys of another resource (our extension to Table Schema). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ListOf(String resource, String field, String delimiter) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ForeignKey(JsonNode fields, Reference reference) {
        public List<String> fieldNames() {
            return names(fields);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Reference(String resource, JsonNode fields) {
        public List<String> fieldNames() {
            return names(fields);
        }
    }

    /** Table Schema allows a key to be one field name or an array of names. */
    static List<String> names(JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (node.isTextual()) {
            return List.of(node.asText());
        }
        return StreamSupport.stream(node.spliterator(), false).map(JsonNode::asText).toList();
    }
}
