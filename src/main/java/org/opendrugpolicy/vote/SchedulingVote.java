package org.opendrugpolicy.vote;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** How one named Member State voted on one scheduling decision, from a roll-call (data/scheduling_votes.csv). */
@Entity
@Cacheable
@Table(name = "scheduling_votes")
@IdClass(SchedulingVote.Key.class)
class SchedulingVote extends RollCallEntry {
    @Id
    public String decisionId;

    /** The primary key: scheduling decision and country (its ISO alpha-3 code). */
    record Key(String decisionId, String country) implements Serializable {}
}
