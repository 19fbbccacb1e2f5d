package org.opendrugpolicy.bureau;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.opendrugpolicy.session.SessionRecord;
import org.opendrugpolicy.country.Country;

/** Who held one office of the Commission's bureau in one session (data/bureau_members.csv). */
@Entity
@Cacheable
@Table(name = "bureau_members")
class BureauMember extends SessionRecord {
    public String office;
    public int position;
    @ManyToOne
    public Country country;
    public String personName;
    public String regionalGroup;
    public String note;
}
