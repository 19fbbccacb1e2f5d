package org.opendrugpolicy.resolution;

import org.opendrugpolicy.session.SessionRecord;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import org.opendrugpolicy.country.Country;
import org.opendrugpolicy.topic.TopicLink;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.opendrugpolicy.dataset.Searchable;

@Entity
@Cacheable
@Table(name = "resolutions")
/** A resolution, decision or declaration. Public because a scheduling decision points at the numbered decision that took it. */
@Searchable(value = {"symbol", "resolution_number", "title", "summary", "key_text"})
public class Resolution extends SessionRecord {
    public String symbol;
    public String symbolNote;
    public String resolutionNumber;
    public String kind;
    public String title;
    public Boolean titleComplete;
    public Boolean adopted;
    public String titleStatus;
    public String adoption;
    public LocalDate adoptedOn;
    public Integer votesInFavour;
    public Integer votesAgainst;
    public Integer votesAbstaining;
    @ManyToOne
    public Country voteCalledBy;
    public String summary;
    public String keyText;
    public String note;
    public String searchText;

    /** Each topic with the sources of its link; in no order here (@OrderBy cannot reach the topic's name): TopicRef.of sorts them by name. */
    @ElementCollection
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @CollectionTable(name = "resolution_topics", joinColumns = @JoinColumn(name = "resolution_id"))
    public List<TopicLink> topics;

    @ElementCollection
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @CollectionTable(name = "sponsorships", joinColumns = @JoinColumn(name = "resolution_id"))
    public List<Sponsorship> sponsorships;

    /** One claim that a country sponsored this resolution, with its status and source. */
    @Embeddable
    public static class Sponsorship {
        @ManyToOne
        public Country country;
        public String role;
        public String claimStatus;
        public String note;
        public String sourceIds;
    }
}
