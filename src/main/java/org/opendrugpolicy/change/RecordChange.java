package org.opendrugpolicy.change;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One row of data/record_changes.csv, with the release sequence numbers the loader adds. */
@Entity
@Table(name = "record_changes")
@IdClass(RecordChange.Key.class)
class RecordChange extends PanacheEntityBase {
    @Id
    public String release;
    @Id
    public String tableName;
    @Id
    public String recordId;
    public String change;
    /** The release's position, 1 for the oldest. */
    public int seq;
    /** The position of the release that created the record. */
    public int createdSeq;
    /** Whether this is the record's latest change. */
    @Column(name = "is_last")
    public boolean last;

    /** The primary key: release, table and record. */
    record Key(String release, String tableName, String recordId) implements Serializable {}
}
