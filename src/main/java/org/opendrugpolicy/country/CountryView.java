package org.opendrugpolicy.country;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendrugpolicy.session.SessionRef;
import org.opendrugpolicy.change.RecordStamps;
import org.opendrugpolicy.source.SourceRef;

@Schema(name = "Country", description = "An ISO 3166-1 country or territory with its UN M49 region and UN status.")
record CountryView(
        @Schema(required = true, examples = "CIV", description = "ISO 3166-1 alpha-3 code (the id).") String id,
        @Schema(required = true, examples = "CIV") String iso3,
        @Schema(required = true, examples = "CI") String iso2,
        @Schema(required = true, examples = "384", description = "ISO 3166-1 numeric code, also the UN M49 code.") String m49,
        @Schema(required = true, examples = "Côte d'Ivoire") String name,
        @Schema(examples = "Republic of Côte d'Ivoire") String officialName,
        @Schema(required = true, description = "The country's name in the six UN official languages. These are CLDR's common names "
                + "(cldr-localenames-full), not the UN's formal names (the UN Terminology Database); null where CLDR has none.") Names names,
        @Schema(required = true, description = "Other names the country is known by (CLDR variants, former or colloquial names, formal names in other languages), "
                + "searched by q.", examples = "[\"Ivory Coast\", \"Costa de Marfil\"]") List<String> nameVariants,
        @Schema(description = "M49 region (continent); null where M49 assigns none.") Region region,
        @Schema(description = "M49 sub-region; null where M49 assigns none.") Region subregion,
        @Schema(required = true, enumeration = {"member", "observer", "none"}, examples = "member") String unStatus,
        @Schema(required = true) List<SourceRef> sources,
        @JsonUnwrapped RecordStamps stamps,
        @Schema(required = true) Links links,
        @Schema(description = "What the dataset holds about this country; only on the single-country view (GET /countries/{iso3}), left out of lists to keep them cheap.")
        @JsonInclude(JsonInclude.Include.NON_NULL) Activity activity,
        @Schema(description = "The bureau offices it held, by session (data/bureau_members.csv); only on the single-country view, empty when none.")
        @JsonInclude(JsonInclude.Include.NON_NULL) List<BureauSeat> bureauSeats) {

    @Schema(name = "CountryNames", description = "A country's common name in each UN official language, from CLDR (not the UN's formal names).")
    record Names(@Schema(examples = "ساحل العاج") String ar, @Schema(examples = "科特迪瓦") String zh, @Schema(examples = "Côte d’Ivoire") String en,
            @Schema(examples = "Côte d’Ivoire") String fr, @Schema(examples = "Кот-д’Ивуар") String ru, @Schema(examples = "Côte d’Ivoire") String es) {}

    @Schema(name = "CountryBureauSeat", description = "An office of the Commission's bureau the country held in a session.")
    record BureauSeat(@Schema(required = true, examples = "cnd-63-chair") String id,
            @Schema(required = true, description = "The session, as everywhere a session is nested (its year included).") SessionRef session,
            @Schema(required = true, enumeration = {"chair", "first-vice-chair", "second-vice-chair", "third-vice-chair", "vice-chair", "rapporteur"},
                    examples = "chair") String office,
            @Schema(description = "The person, where a source names them.") String personName,
            @Schema(required = true, examples = "https://api.opendrugpolicy.org/api/v1/bureau-members/cnd-63-chair") String href) {}

    @Schema(name = "CountryActivity", description = "How many records of each kind involve this country, with links to them.")
    record Activity(
            @Schema(required = true, description = "Sponsorship claims of the statuses asked for (by default confirmed and unconfirmed, as in /api/v1/sponsors).", examples = "1") long sponsorships,
            @Schema(required = true, description = "Recorded votes on resolutions in which a roll-call names it.", examples = "1") long votes,
            @Schema(required = true, description = "Side events it co-hosted.", examples = "0") long sideEventsHosted,
            @Schema(required = true, description = "Meetings with it as counterpart.", examples = "1") long meetings,
            @Schema(required = true) ActivityLinks links,
            @Schema(required = true, description = "Recorded votes on scheduling decisions in which a roll-call names it.", examples = "1") long schedulingVotes) {

        static Activity of(String iso3, long sponsorships, long votes, long sideEventsHosted, long meetings, long schedulingVotes) {
            return new Activity(sponsorships, votes, sideEventsHosted, meetings, new ActivityLinks("/api/v1/sponsors/" + iso3,
                    CountryResource.PATH + "/" + iso3 + "/votes", "/api/v1/side-events?host=" + iso3, "/api/v1/meetings?counterpart=" + iso3,
                    CountryResource.PATH + "/" + iso3 + "/scheduling-votes"), schedulingVotes);
        }
    }

    @Schema(name = "CountryActivityLinks", description = "Where the records counted in activity are listed.")
    record ActivityLinks(
            @Schema(required = true, description = "Its sponsorship claims (none: resolutionCount 0).", examples = "https://api.opendrugpolicy.org/api/v1/sponsors/CIV") String sponsorships,
            @Schema(required = true, examples = "https://api.opendrugpolicy.org/api/v1/countries/CIV/votes") String votes,
            @Schema(required = true, examples = "https://api.opendrugpolicy.org/api/v1/side-events?host=CIV") String sideEventsHosted,
            @Schema(required = true, examples = "https://api.opendrugpolicy.org/api/v1/meetings?counterpart=CIV") String meetings,
            @Schema(required = true, description = "Its votes on scheduling decisions.", examples = "https://api.opendrugpolicy.org/api/v1/countries/CIV/scheduling-votes")
            String schedulingVotes) {}

    CountryView withActivity(Activity activity, List<BureauSeat> bureauSeats) {
        return new CountryView(id, iso3, iso2, m49, name, officialName, names, nameVariants, region, subregion, unStatus, sources, stamps,
                links, activity, bureauSeats);
    }

    @Schema(name = "CountryLinks")
    record Links(
            @Schema(required = true, examples = "https://api.opendrugpolicy.org/api/v1/countries/CIV") String self,
            @Schema(required = true, examples = "https://api.opendrugpolicy.org/api/v1/sponsors/CIV") String sponsorships,
            @Schema(required = true, examples = "https://api.opendrugpolicy.org/api/v1/resolutions?sponsor=CIV") String resolutions,
            @Schema(required = true, examples = "https://api.opendrugpolicy.org/api/v1/side-events?host=CIV") String sideEventsHosted,
            @Schema(required = true, examples = "https://api.opendrugpolicy.org/api/v1/meetings?counterpart=CIV") String meetings,
            @Schema(required = true, description = "Its recorded votes on resolutions.", examples = "https://api.opendrugpolicy.org/api/v1/countries/CIV/votes")
            String votes,
            @Schema(required = true, description = "Its recorded votes on scheduling decisions.",
                    examples = "https://api.opendrugpolicy.org/api/v1/countries/CIV/scheduling-votes") String schedulingVotes,
            @Schema(required = true, description = "The bureau seats it held.", examples = "https://api.opendrugpolicy.org/api/v1/bureau-members?country=CIV")
            String bureauSeats) {}

    static CountryView from(Country c, List<SourceRef> sources) {
        return new CountryView(c.iso3, c.iso3, c.iso2, c.m49, c.name, c.officialName,
                new Names(c.nameAr, c.nameZh, c.nameEn, c.nameFr, c.nameRu, c.nameEs),
                c.nameVariants == null || c.nameVariants.isEmpty() ? List.of() : List.of(c.nameVariants.split(";")),
                CountryRef.region(c),
                c.subregionM49 == null ? null : new Region(c.subregionM49, c.subregion),
                c.unStatus, sources,
                RecordStamps.of(c),
                new Links(CountryResource.PATH + "/" + c.iso3, "/api/v1/sponsors/" + c.iso3, "/api/v1/resolutions?sponsor=" + c.iso3,
                        "/api/v1/side-events?host=" + c.iso3, "/api/v1/meetings?counterpart=" + c.iso3, CountryResource.PATH + "/" + c.iso3 + "/votes",
                        CountryResource.PATH + "/" + c.iso3 + "/scheduling-votes", "/api/v1/bureau-members?country=" + c.iso3), null, null);
    }
}
