package org.opendrugpolicy.sideevent;

import org.opendrugpolicy.session.SessionRecord;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.List;
import org.opendrugpolicy.country.Country;
import org.opendrugpolicy.organization.Organization;
import org.opendrugpolicy.topic.TopicLink;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.opendrugpolicy.dataset.Searchable;

@Entity
@Cacheable
@Table(name = "side_events")
@Searchable(value = {"title", "description", "organizer_name_as_listed"})
class SideEvent extends SessionRecord {
    public String title;
    @ManyToOne
    public Organization organizer;
    public String organizerNameAsListed;
    public Integer attendance;
    public String attendanceNote;
    public String description;
    /** side-event or special-event. */
    public String kind;
    public boolean titleComplete;
    public java.time.LocalDate heldOn;
    public String timeAsListed;
    public String room;
    public boolean hostsComplete;
    public String searchText;

    @ElementCollection
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @CollectionTable(name = "side_event_hosts", joinColumns = @JoinColumn(name = "side_event_id"))
    @OrderBy("position")
    public List<Host> hosts;

    /** Each topic with the sources of its link; in no order here (@OrderBy cannot reach the topic's name): TopicRef.of sorts them by name. */
    @ElementCollection
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @CollectionTable(name = "side_event_topics", joinColumns = @JoinColumn(name = "side_event_id"))
    public List<TopicLink> topics;

    /** A co-host in the order the source lists it: an organization or a country, never both. */
    @Embeddable
    public static class Host {
        public int position;
        public String role;
        @ManyToOne
        public Organization organization;
        @ManyToOne
        public Country country;
        public String nameAsListed;
        public String sourceIds;
    }
}
