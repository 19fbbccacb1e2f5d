package org.opendrugpolicy.api;

import java.util.Collection;
import java.util.List;

/**
 * One kind of record that other records refer to and that {@code include=} can embed in full. Each
 * feature package that owns such a kind provides one bean; the {@link Includes} filter finds them all.
 */
public interface IncludedRecords {
    /** The key under {@code included}, e.g. "sessions". */
    String kind();

    /** The full records with these ids, in any order; unknown ids are skipped. */
    List<?> find(Collection<String> ids);
}
