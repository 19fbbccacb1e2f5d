package org.opendrugpolicy.source;

import org.opendrugpolicy.change.Tracked;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.opendrugpolicy.dataset.Searchable;

@Entity
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
@Table(name = "sources")
@Searchable(value = {"id", "title", "publisher", "url", "ref"})
class Source extends Tracked {
    @Id
    public String id;
    public String ref;
    public String kind;
    public String title;
    /** Where the title comes from: document, url-slug or description (see data/datapackage.json). */
    public String titleBasis;
    public String publisher;
    public String url;
    public LocalDate publishedOn;
    public String note;
    public String searchText;
}
