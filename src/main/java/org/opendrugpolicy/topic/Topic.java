package org.opendrugpolicy.topic;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.opendrugpolicy.source.Sourced;

/** A tag from the dataset's topic vocabulary. Public because resolutions and side events carry topics. */
@Entity
@Cacheable
@Table(name = "topics")
public class Topic extends Sourced {
    @Id
    public String id;
    public String name;
    public String description;
}
