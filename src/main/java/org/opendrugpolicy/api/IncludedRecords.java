package org.opendrugpolicy.api;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One kind of record that other records refer to and that {@code include=} can embed in full. Each
 * feature package that owns such a kind provides one bean; the {@link Includes} filter finds them all.
 */
public interface IncludedRecords {
    /** The key under {@code included}, e.g. "sessions". */
    String kind();

    /** The full records with these ids, in any order; unknown ids are skipped. */
    List<?> find(Collection<String> ids);

    /**
     * The records with these ids in id order, looked up one by one: each lookup is answered by the
     * second-level cache, where a query ("id in ...") would go to the database.
     */
    static <E> List<E> byId(Collection<String> ids, Function<String, E> find) {
        return ids.stream().sorted().map(find).filter(Objects::nonNull).toList();
    }
}
