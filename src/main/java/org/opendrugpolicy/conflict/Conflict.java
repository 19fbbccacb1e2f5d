package org.opendrugpolicy.conflict;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.List;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.opendrugpolicy.session.SessionRecord;

/** A point on which sources disagree, with every claim and its sources (data/conflicts.csv, data/conflict_claims.csv). */
@Entity
@Cacheable
@Table(name = "conflicts")
class Conflict extends SessionRecord {
    public String topic;
    public String status;
    public String note;

    @ElementCollection
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @CollectionTable(name = "conflict_claims", joinColumns = @JoinColumn(name = "conflict_id"))
    @OrderBy("position")
    public List<Claim> claims;

    /** One source's version, and whether the record holds it. */
    @Embeddable
    public static class Claim {
        public int position;
        public String claim;
        public String tableName;
        public String recordId;
        public String field;
        public String claimedValue;
        public boolean recorded;
        public String sourceIds;
    }
}
