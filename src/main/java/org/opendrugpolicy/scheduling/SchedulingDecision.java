package org.opendrugpolicy.scheduling;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.opendrugpolicy.session.SessionRecord;
import org.opendrugpolicy.dataset.Searchable;
import org.opendrugpolicy.resolution.Resolution;
import org.opendrugpolicy.substance.Substance;

/**
 * A change in the scope of control put to the Commission: one recommendation (or a group decided together), with
 * its outcome and tally where recorded (data/scheduling_decisions.csv).
 */
@Entity
@Cacheable
@Table(name = "scheduling_decisions")
@Searchable(value = {"subject", "recommendation_number"})
class SchedulingDecision extends SessionRecord {
    public LocalDate decidedOn;
    public String recommendedBy;
    public Integer ecddMeeting;
    public String recommendationNumber;
    public String subject;
    public String proposedChange;
    public String fromConvention;
    public String convention;
    public String schedules;
    public String outcome;
    public String voting;
    public Integer votesInFavour;
    public Integer votesAgainst;
    public Integer votesAbstaining;
    @ManyToOne
    public Resolution decidedBy;
    public LocalDate effectiveOn;
    public String note;
    public String searchText;

    @ElementCollection
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @CollectionTable(name = "scheduling_decision_substances", joinColumns = @JoinColumn(name = "decision_id"))
    @OrderBy("position")
    public List<Entry> substances;

    /** A substance the decision concerns, in the source's order. */
    @Embeddable
    public static class Entry {
        public int position;
        @ManyToOne
        public Substance substance;
        public String sourceIds;
    }
}
