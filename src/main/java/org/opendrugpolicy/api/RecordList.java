package org.opendrugpolicy.api;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The list operation of one kind of record, in one sequence: read every parameter (the collection's filters, the
 * shared {@link ListParameters}, {@code sort} among them), report all errors in one problem, query, and page ({@link Lists}). A
 * record package states only what is its own: its entity and alias, its sort fields, its filters and its view.
 *
 * @param <E> the record's entity
 */
public final class RecordList<E> {
    private final BiFunction<String, Map<String, Object>, PanacheQuery<E>> find;
    private final String from;
    private final boolean idsAreCodes;
    private final SortFields sort;
    private volatile Class<E> entityClass;

    private RecordList(BiFunction<String, Map<String, Object>, PanacheQuery<E>> find, String from, boolean idsAreCodes, SortFields sort) {
        this.find = find;
        this.from = from;
        this.idsAreCodes = idsAreCodes;
        this.sort = sort;
    }

    /**
     * A collection whose records are identified by a lower-case slug.
     *
     * @param find  the entity's Panache {@code find(query, parameters)}, as in {@code (query, parameters) -> SideEvent.find(query, parameters)}: a lambda,
     *              not a method reference, which would call the unenhanced {@code PanacheEntityBase.find}
     * @param from  the entity and its alias in queries, as in {@code "SideEvent e"}
     * @param sort  the sort fields (their id path is the collection's id)
     */
    public static <E> RecordList<E> of(BiFunction<String, Map<String, Object>, PanacheQuery<E>> find, String from, SortFields sort) {
        return new RecordList<>(find, from, false, sort);
    }

    /** The same collection identified by upper-case codes (ISO 3166 alpha-3). */
    public RecordList<E> byCodes() {
        return new RecordList<>(find, from, true, sort);
    }

    /** A page (or, with CSV asked for, every row) of the records that match the request, in the requested order. */
    public <V> RestResponse<ListPage<V>> page(ListParameters request, Filters filters, Function<E, V> view) {
        var errors = ParameterErrors.ofRequest();
        Where where = filters.where(errors);
        List<String> ids = idsAreCodes ? request.ids.codes(errors) : request.ids.slugs(errors);
        Instant since = request.updatedSince.instant(errors);
        PageRequest page = request.paging.request(errors);
        String orderBy = sort.orderBy(errors, request.sort);
        errors.throwIfAny();
        where.and(sort.idPath() + " in :ids", "ids", ids).and(alias() + ".updatedAt > :updatedSince", "updatedSince", since);
        return Lists.answer(find.apply("from " + from + where.clause() + orderBy, where.parameters()), page, request.uri, view);
    }

    /**
     * One record by its id as an item path gives it: case-insensitive (a slug is stored in lower case, a code in upper
     * case), or a 404 problem naming what was looked for ("No side event has the id 'x'."). A lookup by primary key, which
     * the entity cache answers without SQL.
     *
     * @param noun what the record is called in the problem, as in {@code "side event"}
     */
    public E byId(String id, String noun) {
        E record = Panache.getEntityManager().find(entityClass(), idsAreCodes ? id.toUpperCase(Locale.ROOT) : id.toLowerCase(Locale.ROOT));
        if (record == null) {
            throw ProblemException.notFound("No " + noun + " has the " + (idsAreCodes ? "ISO 3166-1 alpha-3 code" : "id") + " '" + Text.quote(id) + "'.");
        }
        return record;
    }

    /** The entity class named in {@code from}, as the persistence unit maps it. */
    @SuppressWarnings("unchecked")
    private Class<E> entityClass() {
        if (entityClass == null) {
            String name = from.substring(0, from.indexOf(' '));
            entityClass = (Class<E>) Panache.getEntityManager().getMetamodel().getEntities().stream()
                    .filter(type -> type.getName().equals(name)).findFirst().orElseThrow().getJavaType();
        }
        return entityClass;
    }

    private String alias() {
        return from.substring(from.indexOf(' ') + 1);
    }
}
