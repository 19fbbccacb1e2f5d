package org.opendrugpolicy.change;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * A record with a history: the instants of the releases that created it and last changed it, and that
 * release's version, filled by the loader from data/record_changes.csv.
 */
@MappedSuperclass
public abstract class Tracked extends PanacheEntityBase {
    /** Descriptions shared by every view that carries the stamps. */
    public static final String CREATED_AT = "When the release that first published this record came out (RFC 3339; a release's instant is its date at 00:00:00Z).";
    public static final String UPDATED_AT = "When the release that last changed this record came out (RFC 3339), or createdAt if it never changed. "
            + "A change to an embedded row (a side event's host, a resolution's sponsor) counts. updatedSince= filters on it.";
    public static final String UPDATED_IN = "The version of the release that last changed this record (see /api/v1/releases).";

    public Instant createdAt;
    public Instant updatedAt;
    public String updatedIn;
}
