package org.opendrugpolicy.api;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One kind of record that other records refer to and that {@code include=} can embed in full. Each
 * feature package that owns such a kind provides one bean, a line or two extending {@link ById}; the
 * {@link Includes} filter finds them all.
 */
public interface IncludedRecords {
    /** The key under {@code included}, e.g. "sessions". */
    String kind();

    /** The full records with these ids, in any order; unknown ids are skipped. */
    List<?> find(Collection<String> ids);

    /**
     * The one implementation: the records with these ids in id order, each turned into its view. They are looked up
     * one by one: each lookup is answered by the second-level cache, where a query ("id in ...") would go to the
     * database. A package declares its kind as
     * {@code @Singleton class SessionIncludes extends IncludedRecords.ById<Session> { SessionIncludes(...) { super("sessions", id -> Session.findById(id), view); } }}.
     *
     * @param <E> the entity
     */
    abstract class ById<E> implements IncludedRecords {
        private final String kind;
        private final Function<String, ?> find;
        private final Function<? super E, ?> view;

        /**
         * @param kind the key under {@code included}
         * @param find the entity with an id, or null (Panache's {@code findById}: a lambda, as the enhancer rewrites calls, not method references)
         * @param view the entity as the API serves it in full
         */
        protected ById(String kind, Function<String, ?> find, Function<? super E, ?> view) {
            this.kind = kind;
            this.find = find;
            this.view = view;
        }

        @Override
        public final String kind() {
            return kind;
        }

        @Override
        @SuppressWarnings("unchecked")
        public final List<?> find(Collection<String> ids) {
            return ids.stream().sorted().map(find).filter(Objects::nonNull).map(e -> view.apply((E) e)).toList();
        }
    }
}
