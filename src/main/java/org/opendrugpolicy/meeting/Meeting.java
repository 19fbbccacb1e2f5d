package org.opendrugpolicy.meeting;

import org.opendrugpolicy.session.SessionRecord;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.opendrugpolicy.country.Country;
import org.opendrugpolicy.organization.Organization;

@Entity
@Cacheable
@Table(name = "meetings")
class Meeting extends SessionRecord {
    public String kind;
    @ManyToOne
    public Organization reportedBy;
    @ManyToOne
    public Country counterpartCountry;
    @ManyToOne
    public Organization counterpartOrganization;
    public String description;
}
