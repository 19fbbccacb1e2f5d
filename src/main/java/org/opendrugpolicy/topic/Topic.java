package org.opendrugpolicy.topic;

import org.opendrugpolicy.change.Tracked;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A tag from the dataset's topic vocabulary. Public because resolutions and side events carry topics. */
@Entity
@Table(name = "topics")
public class Topic extends Tracked {
    @Id
    public String id;
    public String name;
    public String description;
}
