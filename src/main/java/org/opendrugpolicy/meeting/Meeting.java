package org.opendrugpolicy.meeting;

import org.opendrugpolicy.session.SessionRecord;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.opendrugpolicy.country.Country;
import org.opendrugpolicy.organization.Organization;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

@Entity
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
@Table(name = "meetings")
class Meeting extends SessionRecord {
    @Id
    public String id;
    public String kind;
    @ManyToOne
    public Organization reportedBy;
    @ManyToOne
    public Country counterpartCountry;
    @ManyToOne
    public Organization counterpartOrganization;
    public String description;
}
