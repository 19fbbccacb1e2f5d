package org.opendrugpolicy.country;

import org.opendrugpolicy.source.Sourced;
import jakarta.persistence.Column;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.opendrugpolicy.dataset.Searchable;

/** An ISO 3166-1 country or territory. Public because other records point at countries. */
@Entity
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
@Table(name = "countries")
@Searchable(value = {"name", "official_name", "iso3", "iso2", "name_ar", "name_zh", "name_en", "name_fr", "name_ru", "name_es", "name_variants"})
public class Country extends Sourced {
    @Id
    public String iso3;
    public String iso2;
    public String m49;
    public String name;
    @Column(name = "official_name")
    public String officialName;
    @Column(name = "region_m49")
    public String regionM49;
    public String region;
    @Column(name = "subregion_m49")
    public String subregionM49;
    public String subregion;
    @Column(name = "name_ar")
    public String nameAr;
    @Column(name = "name_zh")
    public String nameZh;
    @Column(name = "name_en")
    public String nameEn;
    @Column(name = "name_fr")
    public String nameFr;
    @Column(name = "name_ru")
    public String nameRu;
    @Column(name = "name_es")
    public String nameEs;
    @Column(name = "name_variants")
    public String nameVariants;
    @Column(name = "un_status")
    public String unStatus;
    @Column(name = "search_text")
    public String searchText;
}
