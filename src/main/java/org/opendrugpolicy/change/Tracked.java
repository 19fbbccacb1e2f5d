package org.opendrugpolicy.change;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * A record with a history: the instants of the releases that created it and last changed it, and that
 * release's version, filled by the loader from data/record_changes.csv.
 * Views answer them as {@link RecordStamps}.
 */
@MappedSuperclass
public abstract class Tracked extends PanacheEntityBase {
    public Instant createdAt;
    public Instant updatedAt;
    public String updatedIn;
}
