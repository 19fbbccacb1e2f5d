package org.opendrugpolicy.meeting;

import org.opendrugpolicy.session.SessionRecord;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
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
    @JoinColumn(name = "reported_by_id")
    public Organization reportedBy;
    @ManyToOne
    @JoinColumn(name = "counterpart_country_iso3")
    public Country counterpartCountry;
    @ManyToOne
    @JoinColumn(name = "counterpart_organization_id")
    public Organization counterpartOrganization;
    public String description;
}
