package org.opendrugpolicy.scheduling;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
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
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
@Table(name = "scheduling_decisions")
@Searchable(value = {"subject", "recommendation_number"})
class SchedulingDecision extends SessionRecord {
    @Id
    public String id;
    @Column(name = "decided_on")
    public LocalDate decidedOn;
    @Column(name = "recommended_by")
    public String recommendedBy;
    @Column(name = "ecdd_meeting")
    public Integer ecddMeeting;
    @Column(name = "recommendation_number")
    public String recommendationNumber;
    public String subject;
    @Column(name = "proposed_change")
    public String proposedChange;
    @Column(name = "from_convention")
    public String fromConvention;
    public String convention;
    public String schedules;
    public String outcome;
    public String voting;
    @Column(name = "votes_in_favour")
    public Integer votesInFavour;
    @Column(name = "votes_against")
    public Integer votesAgainst;
    @Column(name = "votes_abstaining")
    public Integer votesAbstaining;
    @ManyToOne
    @JoinColumn(name = "decided_by_id")
    public Resolution decidedBy;
    @Column(name = "effective_on")
    public LocalDate effectiveOn;
    public String note;
    @Column(name = "search_text")
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
        @JoinColumn(name = "substance_id")
        public Substance substance;
        @Column(name = "source_ids")
        public String sourceIds;
    }
}
