package org.opendrugpolicy.topic;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

/** A tag from the dataset's topic vocabulary. Public because resolutions and side events carry topics. */
@Entity
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
@Table(name = "topics")
public class Topic extends PanacheEntityBase {
    @Id
    public String id;
    public String name;
    public String description;
}
