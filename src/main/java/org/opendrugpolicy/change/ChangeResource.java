package org.opendrugpolicy.change;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.opendrugpolicy.api.IndexLink;
import org.opendrugpolicy.api.IndexLinks;
import org.opendrugpolicy.api.Lists;
import org.opendrugpolicy.api.PageParameters;
import org.opendrugpolicy.api.PageRequest;
import org.opendrugpolicy.api.ParameterErrors;
import org.opendrugpolicy.api.Text;
import org.opendrugpolicy.api.UpdatedSince;
import org.opendrugpolicy.api.Where;
import org.opendrugpolicy.dataset.DatasetLoader;
import org.opendrugpolicy.dataset.RecordHistory;

@Path(ChangeResource.PATH)
@Tag(name = "Releases")
// since a date before every release (the dataset starts in 2017): the whole feed, every current record as created
@IndexLink(name = "changes", query = "since=2017-01-01")
@Produces(MediaType.APPLICATION_JSON)
public class ChangeResource {
    /** The most tables table= takes (the data package has 25). */
    static final int MAX_TABLES = 50;

    static final String PATH = "/api/v1/changes";
    private final DatasetLoader dataset;
    /** Where a record of each table is served on its own, as each kind's resource declares it. */
    private final IndexLinks items;

    ChangeResource(DatasetLoader dataset, IndexLinks items) {
        this.dataset = dataset;
        this.items = items;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(operationId = "listChanges", summary = "List what changed since an instant or a release",
            description = "Every record created, updated or deleted in the releases that came out strictly after since, with its table, id and "
                    + "the release that last changed it: a partner holding an earlier copy applies these to catch up, including deletions, "
                    + "which the lists (updatedSince=) cannot show. Each record appears once, with its net change; ordered by table, then id. "
                    + "meta gives the releases covered, counts per table and the latest release, to pass as since next time. "
                    + "A since before the first release lists every current record as created; a since at or after the latest release lists nothing. "
                    + "As CSV (format=csv or Accept: text/csv), every matching change, one row each, without the links.")
    public RestResponse<ChangePage> list(
            @Parameter(required = true, description = "A release version (its changes are not included: you hold it), an ISO 8601 date (read as 00:00:00Z that day) "
                    + "or an RFC 3339 date-time with an offset. A release's instant is its date at 00:00:00Z; releases strictly after since are covered.",
                    example = "2026.11.23") @QueryParam("since") String since,
            @Parameter(description = "Only changes to these tables, up to " + MAX_TABLES + " comma-separated (the table names of data/ and /api/v1/exports).",
                    example = "side_events,side_event_hosts") @QueryParam("table") String table,
            @BeanParam PageParameters paging,
            @Context UriInfo uri) {
        RecordHistory history = dataset.history();
        var errors = ParameterErrors.ofRequest();
        Instant from = since(errors, since, history);
        List<String> tables = tables(errors, table, history);
        PageRequest page = paging.request(errors);
        errors.throwIfAny();

        List<RecordHistory.Release> covered = history.releases().stream().filter(r -> r.instant().isAfter(from)).toList();
        int first = covered.isEmpty() ? Integer.MAX_VALUE : covered.get(0).seq();
        // A record's latest change after since is its net change, unless it was created after since and is now deleted:
        // the partner never saw it, so it is left out.
        Where where = new Where().and("c.last = true and c.seq >= :first and not (c.change = 'deleted' and c.createdSeq >= :first)", "first", first)
                .and("c.tableName in :tables", "tables", tables);
        Map<String, RecordHistory.Release> byVersion = new LinkedHashMap<>();
        history.releases().forEach(r -> byVersion.put(r.version(), r));
        Map<String, String> parents = new LinkedHashMap<>();
        dataset.dataPackage().resources().forEach(r -> parents.put(r.name(), r.parent()));
        return Lists.answer(RecordChange.<RecordChange>find("from RecordChange c" + where.clause() + " order by c.tableName, c.recordId", where.parameters()),
                page, uri, c -> view(c, first, byVersion.get(c.release), parents), list -> new ChangePage(list.data(),
                        new ChangePage.Meta(list.meta().total(), list.meta().page(), list.meta().size(), list.meta().pages(), list.meta().nextCursor(), from,
                                covered.stream().map(r -> new ChangePage.CoveredRelease(r.version(), r.releasedOn(), r.instant(), "/api/v1/releases/" + r.version())).toList(),
                                history.releases().isEmpty() ? null : history.releases().get(history.releases().size() - 1).version(),
                                counts(where, first)),
                        list.links()));
    }

    /** One entry; parents maps each table to the table whose records hold its rows (null for records in their own right). */
    private ChangeView view(RecordChange c, int first, RecordHistory.Release release, Map<String, String> parents) {
        String change = c.change.equals("deleted") ? "deleted" : c.createdSeq >= first ? "created" : "updated";
        var href = items.item(c.tableName, c.recordId);
        String partOf = href.isPresent() ? null : holder(c.tableName, c.recordId, parents);
        return new ChangeView(c.tableName, c.recordId, change, c.release, release.instant(), change.equals("deleted") ? null : href.orElse(null), partOf);
    }

    /**
     * Where the record that holds a row without an endpoint of its own is served, or null: the parent table's record, whose
     * id is the first part of the row's; for a row about a row of any table (an inferred value, table|record id|field),
     * that row's record, or the record that holds it.
     */
    private String holder(String table, String recordId, Map<String, String> parents) {
        List<String> parts = List.of(recordId.split(Pattern.quote(RecordHistory.SEPARATOR), -1));
        String parent = parents.get(table);
        if (parent != null) {
            return items.item(parent, parts.get(0)).orElse(null);
        }
        if (parts.size() < 3 || !parents.containsKey(parts.get(0))) {
            return null;
        }
        String about = parts.get(0);
        String aboutId = String.join(RecordHistory.SEPARATOR, parts.subList(1, parts.size() - 1));
        return items.item(about, aboutId).orElseGet(() -> holder(about, aboutId, parents));
    }

    /** Created, updated and deleted per table, over the whole result: grouped by what decides the net change, then folded. */
    private static Map<String, ChangePage.Counts> counts(Where where, int first) {
        var query = RecordChange.getEntityManager().createQuery("select c.tableName, c.change, c.createdSeq, count(c) from RecordChange c"
                + where.clause() + " group by c.tableName, c.change, c.createdSeq", Object[].class);
        where.parameters().forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        Map<String, long[]> sums = new TreeMap<>();
        for (Object[] row : rows) {
            long[] sum = sums.computeIfAbsent((String) row[0], t -> new long[3]);
            int slot = row[1].equals("deleted") ? 2 : ((Number) row[2]).intValue() >= first ? 0 : 1;
            sum[slot] += ((Number) row[3]).longValue();
        }
        Map<String, ChangePage.Counts> counts = new LinkedHashMap<>();
        sums.forEach((t, s) -> counts.put(t, new ChangePage.Counts(s[0], s[1], s[2])));
        return counts;
    }

    private static Instant since(ParameterErrors errors, String raw, RecordHistory history) {
        if (raw == null || raw.isBlank()) {
            errors.add("since", "is required: a release version (2026.11.23), an ISO 8601 date or an RFC 3339 date-time with an offset");
            return Instant.MIN;
        }
        Instant instant = UpdatedSince.instant(errors, "since", raw, history);
        return instant == null ? Instant.MIN : instant;
    }

    private static List<String> tables(ParameterErrors errors, String raw, RecordHistory history) {
        List<String> names = errors.list("table", raw, MAX_TABLES);
        if (names == null) {
            return null;
        }
        for (String name : names) {
            if (!history.tracks(name)) {
                errors.add("table", "'" + Text.quote(name) + "' is not a table with a history; one of "
                        + String.join(", ", history.tables()));
            }
        }
        return names;
    }
}
