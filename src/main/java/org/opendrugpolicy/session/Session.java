package org.opendrugpolicy.session;

import org.opendrugpolicy.source.Sourced;
import jakarta.persistence.CollectionTable;
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
@Table(name = "sessions")
public class Session extends Sourced {
    @Id
    public String id;
    public int number;
    public int year;
    public String name;
    public LocalDate startDate;
    public LocalDate endDate;
    public String city;
    @ManyToOne
    public Country country;
    public String venue;
    public String chairName;
    @ManyToOne
    public Country chairCountry;
    public Integer participants;
    public String participantsQualifier;
    public Integer memberStates;
    public String memberStatesQualifier;
    public Integer igos;
    public Integer ngos;
    public String ngosQualifier;
    public Integer sideEventsTotal;
    public String sideEventsTotalQualifier;
    public Integer resolutionsAdopted;
    public String resolutionsAdoptedQualifier;
    public String reportSymbol;
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
        public String datesStatus;
        public String format;
        public LocalDate startDate;
        public LocalDate endDate;
        public String note;
        public String sourceIds;
    }
}
