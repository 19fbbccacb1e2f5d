package org.opendrugpolicy.source;

import org.opendrugpolicy.change.Tracked;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.opendrugpolicy.dataset.Searchable;

@Entity
@Cacheable
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
