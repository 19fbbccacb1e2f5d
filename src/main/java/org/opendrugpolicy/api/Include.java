package org.opendrugpolicy.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares what {@code include=} accepts on a resource method: each entry is
 * {@code name:path:kind}, where path is where the related record's reference sits in each record
 * (dots go into objects and lists) and kind is an {@link IncludedRecords#kind()}, or {@code party}
 * for a reference whose own {@code kind} field says whether it is a country or an organization.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Include {
    String[] value();

    /** The one reader of an entry's format, name:path:kind, for every reader of the annotation (include=, the contract). */
    final class Entry {
        private Entry() {}

        /** The entry's name, path and kind, in that order. */
        public static String[] parts(String entry) {
            return entry.split(":");
        }
    }
}
