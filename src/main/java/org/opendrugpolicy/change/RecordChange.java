package org.opendrugpolicy.change;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One row of data/record_changes.csv, with the release sequence numbers the loader adds. */
@Entity
@Table(name = "record_changes")
@IdClass(RecordChange.Key.class)
class RecordChange extends PanacheEntityBase {
    @Id
    public String release;
    @Id
    @Column(name = "table_name")
    public String tableName;
    @Id
    @Column(name = "record_id")
    public String recordId;
    public String change;
    /** The release's position, 1 for the oldest. */
    public int seq;
    /** The position of the release that created the record. */
    @Column(name = "created_seq")
    public int createdSeq;
    /** Whether this is the record's latest change. */
    @Column(name = "is_last")
    public boolean last;

    public static class Key implements Serializable {
        public String release;
        public String tableName;
        public String recordId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(release, k.release) && Objects.equals(tableName, k.tableName) && Objects.equals(recordId, k.recordId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(release, tableName, recordId);
        }
    }
}
