package org.opendrugpolicy.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.hibernate.orm.panache.Panache;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Counts of a collection's records grouped by one field, for charts: {@code GET /api/v1/{collection}/groups?by=field},
 * with the list's filters. Each collection describes its dimensions; the query, ordering and body are built here.
 */
public final class Groups {
    private final String from;
    private final String alias;
    private final Map<String, Dimension> dimensions;
    private final String measure;
    /** The dimensions whose query Hibernate has parsed at least once. */
    private final Set<String> parsedOnce = ConcurrentHashMap.newKeySet();

    /** How to group by one field: key and label expressions, and the joins they need. */
    public record Dimension(String key, String label, String joins) {}

    @Schema(name = "GroupList", description = "Records counted per group, largest group first, then by key.")
    public record GroupList(@Schema(required = true) List<Group> data, @Schema(required = true) Meta meta) {}

    @Schema(name = "GroupMeta")
    public record Meta(
            @Schema(required = true, description = "The field grouped by.", examples = "session") String by,
            @Schema(required = true, description = "Number of records matching the filters. A record with several values of a "
                    + "many-valued field (topics, sponsors, hosts) counts in each of its groups.", examples = "10") long total,
            @Schema(required = true, description = "Number of groups.", examples = "2") int groups) {}

    @Schema(name = "Group")
    public record Group(
            @Schema(required = true, nullable = true, description = "The group's value (an id where the field is a record); null for records without one.",
                    examples = "cnd-68") String key,
            @Schema(required = true, nullable = true, description = "The value's display name; null with a null key.", examples = "68th session of the Commission on Narcotic Drugs") String label,
            @Schema(required = true, description = "Number of records in the group, exact.", examples = "6") long count,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "Summary of the collection's numeric field over the group, where it has one (side events: attendance); absent otherwise.") Measure measure) {}

    @Schema(name = "GroupMeasure")
    public record Measure(
            @Schema(required = true, examples = "attendance") String field,
            @Schema(required = true, description = "Number of records in the group with a value; records without one are left out of sum and avg.", examples = "6") long count,
            @Schema(description = "Sum of the values; null when no record has one.", examples = "201") Long sum,
            @Schema(description = "Average of the values; null when no record has one.", examples = "33.5") Double avg) {}

    private Groups(String from, String alias, Map<String, Dimension> dimensions, String measure) {
        this.from = from;
        this.alias = alias;
        this.dimensions = dimensions;
        this.measure = measure;
    }

    /**
     * @param from    the entity, as in {@code "SideEvent e"}
     * @param measure the path of a numeric field to sum and average, or null
     * @param nameAndDimension pairs of the public field name and its {@link Dimension}
     */
    public static Groups of(String from, String measure, Object... nameAndDimension) {
        Map<String, Dimension> dimensions = new LinkedHashMap<>();
        for (int i = 0; i < nameAndDimension.length; i += 2) {
            dimensions.put((String) nameAndDimension[i], (Dimension) nameAndDimension[i + 1]);
        }
        return new Groups(from, from.substring(from.indexOf(' ') + 1), dimensions, measure);
    }

    /** The {@code by} parameter's allowed values, for its problems. */
    private String describe() {
        return String.join(", ", dimensions.keySet());
    }

    /** Checks {@code by}; adds an error naming it when it is absent or unknown. */
    public String by(ParameterErrors errors, String by) {
        if (by == null || by.isBlank()) {
            errors.add("by", "is required: one of " + describe());
            return null;
        }
        if (!dimensions.containsKey(by.strip())) {
            errors.add("by", "must be one of " + describe() + ", got '" + Text.quote(by) + "'");
            return null;
        }
        return by.strip();
    }

    /** The answer of a groups operation: {@code by} and the collection's filters read together, errors in one problem. */
    public GroupList count(String by, Filters filters) {
        var errors = ParameterErrors.ofRequest();
        String field = by(errors, by);
        Where where = filters.where(errors);
        errors.throwIfAny();
        return count(field, where);
    }

    public GroupList count(String by, Where where) {
        if (parsedOnce.contains(by)) {
            return query(by, where);
        }
        // Until its prediction cache is warm, Hibernate's HQL parser (ANTLR) needs megabytes to parse these aggregate
        // selections: 32 concurrent first requests for one dimension filled a 64 MB heap and stalled a cold service.
        // The first one per dimension parses alone; the others wait for it, then parse cheaply.
        synchronized (parsedOnce) {
            GroupList groups = query(by, where);
            parsedOnce.add(by);
            return groups;
        }
    }

    private GroupList query(String by, Where where) {
        Dimension dimension = dimensions.get(by);
        String measures = measure == null ? "" : ", count(" + measure + "), sum(" + measure + "), avg(" + measure + ")";
        var query = Panache.getEntityManager().createQuery("select " + dimension.key() + ", " + dimension.label() + ", count(distinct " + alias + ")"
                + measures + " from " + from + " " + dimension.joins() + where.clause() + " group by " + dimension.key() + ", " + dimension.label(), Object[].class);
        where.parameters().forEach(query::setParameter);
        List<Group> groups = new ArrayList<>();
        for (Object[] row : query.getResultList()) {
            Measure summary = measure == null ? null : new Measure(measure.substring(measure.indexOf('.') + 1), ((Number) row[3]).longValue(),
                    row[4] == null ? null : ((Number) row[4]).longValue(), row[5] == null ? null : Math.round(((Number) row[5]).doubleValue() * 100) / 100.0);
            groups.add(new Group((String) row[0], (String) row[1], ((Number) row[2]).longValue(), summary));
        }
        groups.sort(Comparator.comparingLong(Group::count).reversed()
                .thenComparing(Group::key, Comparator.nullsLast(Comparator.naturalOrder())));
        var total = Panache.getEntityManager().createQuery("select count(" + alias + ") from " + from + where.clause(), Long.class);
        where.parameters().forEach(total::setParameter);
        return new GroupList(groups, new Meta(by, total.getSingleResult(), groups.size()));
    }
}
