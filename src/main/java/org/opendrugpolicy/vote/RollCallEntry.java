package org.opendrugpolicy.vote;

import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import org.opendrugpolicy.country.Country;
import org.opendrugpolicy.source.Sourced;

/**
 * What every roll-call row maps the same way (votes, scheduling_votes): the Member State, which is part of the key
 * with the record voted on, its vote, a note, the sources and the history stamps. An entity adds the id of what was
 * voted on and its key.
 */
@MappedSuperclass
abstract class RollCallEntry extends Sourced {
    @Id
    @ManyToOne
    public Country country;
    /** in-favour, against or abstaining. */
    public String vote;
    public String note;
}
