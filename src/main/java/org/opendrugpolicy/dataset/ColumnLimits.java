package org.opendrugpolicy.dataset;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

/**
 * What each database column can hold, read from the schema the migrations made (JDBC metadata, so the same on H2 and
 * PostgreSQL): the range of an integer column, the length of a text column. The reader checks every value against it,
 * so a value the schema accepts but the column cannot hold is a dataset error with file, line and column, not a failed
 * INSERT at start-up.
 */
public final class ColumnLimits {
    /** One column: its SQL type's name, and the integer range or the maximum length in characters (0: none). */
    public record Limit(String type, long min, long max, int maxLength) {
        /** The "rule: explanation" of a value the column cannot hold, or null. */
        String violation(Object value) {
            if (value instanceof Long number && (number < min || number > max)) {
                return "range: " + number + " is outside the database column's range, " + min + " to " + max + " (" + type + ")";
            }
            if (value instanceof String text && maxLength > 0 && text.length() > maxLength) {
                return "maxLength: " + text.length() + " characters; the database column holds at most " + maxLength + " (" + type + ")";
            }
            return null;
        }
    }

    /** No limits: for reading a dataset without a database. */
    public static final ColumnLimits NONE = new ColumnLimits(Map.of());

    private final Map<String, Map<String, Limit>> tables;

    ColumnLimits(Map<String, Map<String, Limit>> tables) {
        this.tables = tables;
    }

    /** The limit of a table's column, or null where the schema sets none (or has no such column). */
    public Limit of(String table, String column) {
        return tables.getOrDefault(table.toLowerCase(Locale.ROOT), Map.of()).get(column.toLowerCase(Locale.ROOT));
    }

    /** The limits of every column of the connection's current schema. */
    public static ColumnLimits of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return of(connection, connection.getSchema());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the database schema's column types: " + e.getMessage(), e);
        }
    }

    /** The limits of every column of the given schema (spelled as the database stores it). */
    public static ColumnLimits of(Connection connection, String schema) {
        try {
            DatabaseMetaData metadata = connection.getMetaData();
            Map<String, Map<String, Limit>> tables = new HashMap<>();
            try (ResultSet columns = metadata.getColumns(connection.getCatalog(), schema, "%", "%")) {
                while (columns.next()) {
                    Limit limit = limit(columns.getInt("DATA_TYPE"), columns.getString("TYPE_NAME"), columns.getInt("COLUMN_SIZE"));
                    if (limit != null) {
                        tables.computeIfAbsent(columns.getString("TABLE_NAME").toLowerCase(Locale.ROOT), t -> new HashMap<>())
                                .put(columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), limit);
                    }
                }
            }
            return new ColumnLimits(tables);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the database schema's column types: " + e.getMessage(), e);
        }
    }

    private static Limit limit(int sqlType, String typeName, int size) {
        return switch (sqlType) {
            case Types.TINYINT -> new Limit(typeName, Byte.MIN_VALUE, Byte.MAX_VALUE, 0);
            case Types.SMALLINT -> new Limit(typeName, Short.MIN_VALUE, Short.MAX_VALUE, 0);
            case Types.INTEGER -> new Limit(typeName, Integer.MIN_VALUE, Integer.MAX_VALUE, 0);
            case Types.BIGINT -> new Limit(typeName, Long.MIN_VALUE, Long.MAX_VALUE, 0);
            case Types.CHAR, Types.VARCHAR, Types.NCHAR, Types.NVARCHAR -> size > 0 && size < Integer.MAX_VALUE
                    ? new Limit(typeName + "(" + size + ")", 0, 0, size) : null;
            default -> null;
        };
    }
}
