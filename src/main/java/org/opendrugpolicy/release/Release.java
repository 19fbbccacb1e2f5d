package org.opendrugpolicy.release;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

@Entity
@Cacheable
@Table(name = "releases")
class Release extends PanacheEntityBase {
    @Id
    public String version;
    public LocalDate releasedOn;
    public String summary;
    public String changes;
}
