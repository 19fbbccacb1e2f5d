package org.opendrugpolicy.session;

import org.opendrugpolicy.source.Sourced;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import org.opendrugpolicy.country.Country;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

/** A session of the Commission. Public because resolutions, side events and meetings belong to one. */
@Entity
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
@Table(name = "sessions")
public class Session extends Sourced {
    @Id
    public String id;
    public int number;
    public int year;
    public String name;
    @Column(name = "start_date")
    public LocalDate startDate;
    @Column(name = "end_date")
    public LocalDate endDate;
    public String city;
    @ManyToOne
    @JoinColumn(name = "country_iso3")
    public Country country;
    public String venue;
    @Column(name = "chair_name")
    public String chairName;
    @ManyToOne
    @JoinColumn(name = "chair_country_iso3")
    public Country chairCountry;
    public Integer participants;
    @Column(name = "participants_qualifier")
    public String participantsQualifier;
    @Column(name = "member_states")
    public Integer memberStates;
    @Column(name = "member_states_qualifier")
    public String memberStatesQualifier;
    public Integer igos;
    public Integer ngos;
    @Column(name = "ngos_qualifier")
    public String ngosQualifier;
    @Column(name = "side_events_total")
    public Integer sideEventsTotal;
    @Column(name = "side_events_total_qualifier")
    public String sideEventsTotalQualifier;
    @Column(name = "resolutions_adopted")
    public Integer resolutionsAdopted;
    @Column(name = "resolutions_adopted_qualifier")
    public String resolutionsAdoptedQualifier;
    @Column(name = "report_symbol")
    public String reportSymbol;
    @Column(name = "outcome_status")
    public String outcomeStatus;
    public String note;

    @ElementCollection
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @CollectionTable(name = "session_segments", joinColumns = @JoinColumn(name = "session_id"))
    @OrderBy("position")
    public List<Segment> segments;

    @Embeddable
    public static class Segment {
        public int position;
        public String name;
        public String kind;
        @Column(name = "dates_status")
        public String datesStatus;
        public String format;
        @Column(name = "start_date")
        public LocalDate startDate;
        @Column(name = "end_date")
        public LocalDate endDate;
        public String note;
        @Column(name = "source_ids")
        public String sourceIds;
    }
}
