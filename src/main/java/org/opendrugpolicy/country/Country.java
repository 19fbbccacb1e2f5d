package org.opendrugpolicy.country;

import org.opendrugpolicy.source.Sourced;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.opendrugpolicy.dataset.Searchable;

/** An ISO 3166-1 country or territory. Public because other records point at countries. */
@Entity
@Cacheable
@Table(name = "countries")
@Searchable(value = {"name", "official_name", "iso3", "iso2", "name_ar", "name_zh", "name_en", "name_fr", "name_ru", "name_es", "name_variants"})
public class Country extends Sourced {
    @Id
    public String iso3;
    public String iso2;
    public String m49;
    public String name;
    public String officialName;
    public String regionM49;
    public String region;
    public String subregionM49;
    public String subregion;
    public String nameAr;
    public String nameZh;
    public String nameEn;
    public String nameFr;
    public String nameRu;
    public String nameEs;
    public String nameVariants;
    public String unStatus;
    public String searchText;
}
