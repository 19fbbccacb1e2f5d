package org.opendrugpolicy.provenance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * One field of one record that no source states but the dataset infers (data/inferred_values.csv). Read once per
 * release into {@link InferredValues}, never by id, so not cached.
 */
@Entity
@Table(name = "inferred_values")
@IdClass(InferredValue.Key.class)
class InferredValue extends PanacheEntityBase {
    @Id
    public String tableName;
    @Id
    public String recordId;
    @Id
    public String field;
    public String note;
    public String sourceIds;

    /** The primary key: table, record and field. */
    public static class Key implements Serializable {
        public String tableName;
        public String recordId;
        public String field;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(tableName, key.tableName) && Objects.equals(recordId, key.recordId)
                    && Objects.equals(field, key.field);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tableName, recordId, field);
        }
    }
}
