package org.opendrugpolicy.organization;

import org.opendrugpolicy.source.Sourced;
import org.opendrugpolicy.source.Alias;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.List;
import org.opendrugpolicy.country.Country;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.opendrugpolicy.dataset.Searchable;

/** A partner organization. Public because side events and meetings point at organizations. */
@Entity
@Cacheable
@Table(name = "organizations")
@Searchable(value = {"id", "name", "acronym"}, aliases = "organization_aliases")
public class Organization extends Sourced {
    @Id
    public String id;
    public String name;
    public String acronym;
    public String type;
    @ManyToOne
    public Organization parent;
    @ManyToOne
    public Country country;
    public String note;
    public String searchText;

    @ElementCollection
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @CollectionTable(name = "organization_aliases", joinColumns = @JoinColumn(name = "organization_id"))
    @OrderBy("alias")
    public List<Alias> aliases;
}
