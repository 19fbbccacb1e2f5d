package org.opendrugpolicy.substance;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.List;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.opendrugpolicy.source.Sourced;
import org.opendrugpolicy.source.Alias;
import org.opendrugpolicy.dataset.Searchable;

/**
 * A substance, or a group of substances decided together, in the register of scheduling decisions. Public because
 * a scheduling decision lists the substances it concerns.
 */
@Entity
@Cacheable
@Table(name = "substances")
@Searchable(value = {"id", "name"}, aliases = "substance_aliases")
public class Substance extends Sourced {
    @Id
    public String id;
    public String name;
    public String substanceClass;
    public boolean isGroup;
    public Integer groupSize;
    public String note;
    public String searchText;

    @ElementCollection
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @CollectionTable(name = "substance_aliases", joinColumns = @JoinColumn(name = "substance_id"))
    @OrderBy("alias")
    public List<Alias> aliases;
}
