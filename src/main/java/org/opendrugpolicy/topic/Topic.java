package org.opendrugpolicy.topic;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A tag from the dataset's topic vocabulary. Public because resolutions and side events carry topics. */
@Entity
@Table(name = "topics")
public class Topic extends PanacheEntityBase {
    @Id
    public String id;
    public String name;
    public String description;
}
