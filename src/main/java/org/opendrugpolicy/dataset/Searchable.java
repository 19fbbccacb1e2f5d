package org.opendrugpolicy.dataset;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an entity whose table has a {@code search_text} column: the columns whose words the {@code q} filter
 * searches. The loader folds them (accents, case) into search_text as each row is inserted, so a new kind
 * of record declares its search here and no loader code changes.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Searchable {
    /** Columns of the entity's table, as in data/datapackage.json. */
    String[] value();

    /**
     * A table of other names searched too, or empty: its rows give the record's id in the first field and
     * one other name in a field called {@code alias} (as organization_aliases does).
     */
    String aliases() default "";
}
