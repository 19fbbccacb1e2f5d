package org.opendrugpolicy.sideevent;

import org.opendrugpolicy.session.SessionRecord;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.List;
import org.opendrugpolicy.country.Country;
import org.opendrugpolicy.organization.Organization;
import org.opendrugpolicy.topic.Topic;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.opendrugpolicy.dataset.Searchable;

@Entity
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
@Table(name = "side_events")
@Searchable(value = {"title", "description", "organizer_name_as_listed"})
class SideEvent extends SessionRecord {
    @Id
    public String id;
    public String title;
    @ManyToOne
    @JoinColumn(name = "organizer_id")
    public Organization organizer;
    @Column(name = "organizer_name_as_listed")
    public String organizerNameAsListed;
    public Integer attendance;
    @Column(name = "attendance_note")
    public String attendanceNote;
    public String description;
    /** side-event or special-event. */
    public String kind;
    @Column(name = "title_complete")
    public boolean titleComplete;
    @Column(name = "held_on")
    public java.time.LocalDate heldOn;
    @Column(name = "time_as_listed")
    public String timeAsListed;
    public String room;
    @Column(name = "hosts_complete")
    public boolean hostsComplete;
    @Column(name = "search_text")
    public String searchText;

    @ElementCollection
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @CollectionTable(name = "side_event_hosts", joinColumns = @JoinColumn(name = "side_event_id"))
    @OrderBy("position")
    public List<Host> hosts;

    @ManyToMany
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @JoinTable(name = "side_event_topics", joinColumns = @JoinColumn(name = "side_event_id"), inverseJoinColumns = @JoinColumn(name = "topic_id"))
    @OrderBy("name")
    public List<Topic> topics;

    /** A co-host in the order the source lists it: an organization or a country, never both. */
    @Embeddable
    public static class Host {
        public int position;
        public String role;
        @ManyToOne
        @JoinColumn(name = "organization_id")
        public Organization organization;
        @ManyToOne
        @JoinColumn(name = "country_iso3")
        public Country country;
        @Column(name = "name_as_listed")
        public String nameAsListed;
        @Column(name = "source_ids")
        public String sourceIds;
    }
}
