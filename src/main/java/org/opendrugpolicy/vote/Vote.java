package org.opendrugpolicy.vote;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** How one named Member State voted on one resolution, from a roll-call (data/votes.csv). */
@Entity
@Cacheable
@Table(name = "votes")
@IdClass(Vote.Key.class)
class Vote extends RollCallEntry {
    @Id
    public String resolutionId;

    /** The primary key: resolution and country (its ISO alpha-3 code). */
    record Key(String resolutionId, String country) implements Serializable {}
}
