package org.opendrugpolicy.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.collection.AbstractCollectionPersister;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.junit.jupiter.api.Test;

/**
 * Each table is described three times: data/datapackage.json (what the CSV holds), the Flyway migrations
 * (the schema, which they own) and the JPA mappings (what the code reads). This test proves the three agree,
 * column by column: every field of the data package is a column of its table and every column of a data
 * table is a field or one the loader derives; every column a mapping reads exists in the schema; every field of a
 * mapped table is read by a mapping, apart from the listed exceptions.
 */
@QuarkusTest
class SchemaAgreementTest {
    /** Columns the loader computes rather than reads from the CSV: the history stamps and the text that q searches. */
    private static final Set<String> DERIVED = Set.of("created_at", "updated_at", "updated_in", "search_text");
    /** And, in the history, each change's release position, its record's creating release, and whether it is the latest. */
    private static final Map<String, Set<String>> DERIVED_IN = Map.of("record_changes", Set.of("seq", "created_seq", "is_last"));

    /**
     * Data tables that no entity maps, and why. Each is still loaded, validated, exported (/api/v1/exports) and in the
     * change feed; only an endpoint of its own is missing.
     */
    private static final Map<String, String> NOT_MAPPED = Map.of(
            "reported_activities", "what an organization reports of its own activity at a session (seed 001's Rome Consensus 2.0 stand and "
                    + "events), four unconfirmed claims kept so the audit's findings are on record; issue 13 asks for no endpoint, so none serves them yet");

    /**
     * Columns of mapped tables that datapackage.json lists and no entity maps, and why. Any other such column fails
     * {@link #everyDataColumnIsMapped()}: a column the code cannot read is a fact the API silently drops.
     */
    private static final Map<String, String> COLUMNS_NOT_MAPPED = Map.of();

    @Inject
    DataSource dataSource;

    @Inject
    EntityManager entityManager;

    @Test
    void dataPackageAndMigrationsHaveTheSameColumns() throws Exception {
        Map<String, Set<String>> schema = schemaColumns();
        Map<String, Set<String>> dataPackage = dataPackageFields();
        List<String> disagreements = new ArrayList<>();
        dataPackage.forEach((table, fields) -> {
            Set<String> columns = schema.get(table);
            if (columns == null) {
                disagreements.add(table + ": in datapackage.json, no such table in the migrations");
                return;
            }
            for (String field : fields) {
                if (!columns.contains(field)) {
                    disagreements.add(table + "." + field + ": in datapackage.json, not a column");
                }
            }
            for (String column : columns) {
                if (!fields.contains(column) && !DERIVED.contains(column) && !DERIVED_IN.getOrDefault(table, Set.of()).contains(column)) {
                    disagreements.add(table + "." + column + ": a column, neither in datapackage.json nor derived by the loader");
                }
            }
        });
        assertEquals(List.of(), disagreements);
    }

    @Test
    void everyMappedColumnExistsInTheMigrations() throws Exception {
        Map<String, Set<String>> schema = schemaColumns();
        Map<String, Set<String>> mapped = mappedColumns();
        assertTrue(mapped.size() >= 10, "the mappings were read: " + mapped.keySet());
        List<String> disagreements = new ArrayList<>();
        mapped.forEach((table, columns) -> {
            Set<String> actual = schema.get(table);
            if (actual == null) {
                disagreements.add(table + ": mapped, no such table in the migrations");
                return;
            }
            columns.stream().filter(c -> !actual.contains(c)).forEach(c -> disagreements.add(table + "." + c + ": mapped, not a column"));
        });
        assertEquals(List.of(), disagreements);
    }

    @Test
    void everyDataTableIsMapped() throws Exception {
        Set<String> unmapped = new TreeSet<>(dataPackageFields().keySet());
        unmapped.removeAll(mappedColumns().keySet());
        assertEquals(new TreeSet<>(NOT_MAPPED.keySet()), unmapped, "every data table is mapped, or listed in NOT_MAPPED with the reason");
    }

    @Test
    void everyDataColumnIsMapped() throws Exception {
        Map<String, Set<String>> mapped = mappedColumns();
        Set<String> unmapped = new TreeSet<>();
        dataPackageFields().forEach((table, fields) -> {
            if (!NOT_MAPPED.containsKey(table)) {
                fields.stream().filter(f -> !mapped.getOrDefault(table, Set.of()).contains(f)).forEach(f -> unmapped.add(table + "." + f));
            }
        });
        assertEquals(new TreeSet<>(COLUMNS_NOT_MAPPED.keySet()), unmapped,
                "every column of datapackage.json is mapped by an entity, or listed in COLUMNS_NOT_MAPPED with the reason");
    }

    /** Lower-case table to its lower-case columns, from the database Flyway built. */
    private Map<String, Set<String>> schemaColumns() throws Exception {
        Map<String, Set<String>> tables = new TreeMap<>();
        try (Connection connection = dataSource.getConnection();
                ResultSet rows = connection.getMetaData().getColumns(null, "PUBLIC", null, null)) {
            while (rows.next()) {
                tables.computeIfAbsent(rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT), t -> new TreeSet<>())
                        .add(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return tables;
    }

    private static Map<String, Set<String>> dataPackageFields() throws Exception {
        JsonNode descriptor = new ObjectMapper().readTree(Path.of("data/datapackage.json").toFile());
        Map<String, Set<String>> tables = new TreeMap<>();
        for (JsonNode resource : descriptor.path("resources")) {
            Set<String> fields = new TreeSet<>();
            resource.path("schema").path("fields").forEach(field -> fields.add(field.path("name").asText()));
            tables.put(resource.path("name").asText(), fields);
        }
        return tables;
    }

    /** Every table and column the JPA mappings read: entities' properties and ids, and their collections' tables. */
    private Map<String, Set<String>> mappedColumns() {
        var metamodel = entityManager.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class).getMappingMetamodel();
        Map<String, Set<String>> tables = new TreeMap<>();
        metamodel.forEachEntityDescriptor(descriptor -> {
            if (!(descriptor instanceof AbstractEntityPersister entity)) {
                return;
            }
            Set<String> columns = tables.computeIfAbsent(name(entity.getTableName()), t -> new TreeSet<>());
            add(columns, entity.getIdentifierColumnNames());
            for (int i = 0; i < entity.getPropertyNames().length; i++) {
                if (!entity.getPropertyType(entity.getPropertyNames()[i]).isCollectionType()) {
                    add(columns, entity.getPropertyColumnNames(i));
                }
            }
        });
        metamodel.forEachCollectionDescriptor(descriptor -> {
            if (!(descriptor instanceof AbstractCollectionPersister collection)) {
                return;
            }
            Set<String> columns = tables.computeIfAbsent(name(collection.getTableName()), t -> new TreeSet<>());
            add(columns, collection.getKeyColumnNames());
            add(columns, collection.getElementColumnNames());
            if (collection.hasIndex()) {
                add(columns, collection.getIndexColumnNames());
            }
        });
        return tables;
    }

    private static void add(Set<String> columns, String[] names) {
        for (String name : names) {
            if (name != null) {
                columns.add(name(name));
            }
        }
    }

    private static String name(String sql) {
        String bare = sql.substring(sql.lastIndexOf('.') + 1);
        return bare.replace("\"", "").replace("`", "").toLowerCase(Locale.ROOT);
    }
}
