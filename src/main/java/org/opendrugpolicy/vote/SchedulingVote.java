package org.opendrugpolicy.vote;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.opendrugpolicy.country.Country;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

/** How one named Member State voted on one scheduling decision, from a roll-call (data/scheduling_votes.csv). */
@Entity
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
@Table(name = "scheduling_votes")
@IdClass(SchedulingVote.Key.class)
class SchedulingVote extends PanacheEntityBase {
    @Id
    @Column(name = "decision_id")
    public String decisionId;
    @Id
    @ManyToOne
    @JoinColumn(name = "country_iso3")
    public Country country;
    public String vote;
    public String note;
    @Column(name = "source_ids")
    public String sourceIds;

    /** The primary key: decision and country. */
    public static class Key implements Serializable {
        public String decisionId;
        public String country;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(decisionId, key.decisionId) && Objects.equals(country, key.country);
        }

        @Override
        public int hashCode() {
            return Objects.hash(decisionId, country);
        }
    }
}
