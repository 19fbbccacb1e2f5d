package org.opendrugpolicy.country;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.opendrugpolicy.api.Groups;
import org.opendrugpolicy.api.IndexLink;
import org.opendrugpolicy.api.ListPage;
import org.opendrugpolicy.api.ListParameters;
import org.opendrugpolicy.api.ParameterErrors;
import org.opendrugpolicy.api.ProblemException;
import org.opendrugpolicy.api.RecordList;
import org.opendrugpolicy.api.SortFields;
import org.opendrugpolicy.api.Text;
import org.opendrugpolicy.resolution.ClaimStatuses;
import org.opendrugpolicy.session.SessionRef;
import org.opendrugpolicy.source.SourceCatalog;
import org.opendrugpolicy.vote.DecisionVotePage;
import org.opendrugpolicy.vote.RecordedVotes;
import org.opendrugpolicy.vote.RollCallParameters;
import org.opendrugpolicy.vote.VotePage;

@Path(CountryResource.PATH)
@Tag(name = "Countries", description = "ISO 3166-1 countries with UN M49 regions, UN status, CLDR names in the six UN languages and bureau seats.")
@IndexLink(name = "countries", items = "countries")
@Produces(MediaType.APPLICATION_JSON)
public class CountryResource {
    static final String PATH = "/api/v1/countries";
    private static final SortFields SORT = SortFields.of("c.iso3", "name",
            "name", "c.name", "iso3", "c.iso3", "m49", "c.m49", "region", "c.region", "subregion", "c.subregion");
    private static final RecordList<Country> LIST = RecordList.of((query, parameters) -> Country.<Country>find(query, parameters), "Country c", SORT).byCodes();
    private static final Groups GROUPS = Groups.of("Country c", null,
            "region", new Groups.Dimension("c.regionM49", "c.region", ""),
            "subregion", new Groups.Dimension("c.subregionM49", "c.subregion", ""),
            "unStatus", new Groups.Dimension("c.unStatus", "c.unStatus", ""));

    @Inject SourceCatalog sources;
    @Inject RecordedVotes votes;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(operationId = "listCountries", summary = "List countries",
            description = "Every ISO 3166-1 entry (249), with its UN M49 region and sub-region, its UN status and its names in the six UN official languages (CLDR common names, not the UN's formal names); q= matches any of them (q=Costa de Marfil finds CIV)."
                    + " Sort order: name, iso3, m49, region, subregion; prefix - for descending. Default name.")
    public RestResponse<ListPage<CountryView>> list(
            @BeanParam CountryFilters filters,
            @BeanParam ListParameters request) {
        return LIST.page(request, filters, c -> CountryView.from(c, sources.cite(c.sourceIds)));
    }

    @GET
    @Path("groups")
    @Operation(operationId = "groupCountries", summary = "Count countries by a field",
            description = "Countries matching the list's filters, counted per M49 region or sub-region (by M49 code, with the name as label) or UN status.")
    public Groups.GroupList groups(
            @Parameter(description = "The field to group by: region, subregion or unStatus.", required = true,
                    schema = @Schema(enumeration = {"region", "subregion", "unStatus"}), example = "region") @QueryParam("by") String by,
            @BeanParam CountryFilters filters) {
        return GROUPS.count(by, filters);
    }

    @GET
    @Path("{iso3}")
    @Operation(operationId = "getCountry", summary = "Get a country",
            description = "One country by its ISO 3166-1 alpha-3 code (case-insensitive), with activity: how many sponsorship claims, "
                    + "recorded votes (on resolutions, and on scheduling decisions), side events co-hosted and meetings the dataset holds for it, "
                    + "each with a link to the records, and bureauSeats: "
                    + "the offices of the Commission's bureau it held, by session. names gives its CLDR common names in the six UN languages. "
                    + "404 problem for an unknown code.")
    public CountryView get(@Parameter(description = "ISO 3166-1 alpha-3 code.", example = "CIV") @PathParam("iso3") String iso3,
            @Parameter(description = ClaimStatuses.DESCRIPTION + " Here: which claims activity.sponsorships counts.")
            @QueryParam(ClaimStatuses.PARAMETER) List<String> claimStatus) {
        var errors = ParameterErrors.ofRequest();
        List<String> statuses = ClaimStatuses.parse(errors, claimStatus);
        errors.throwIfAny();
        Country c = find(iso3);
        long[] counts = activity(c.iso3, statuses);
        return CountryView.from(c, sources.cite(c.sourceIds))
                .withActivity(CountryView.Activity.of(c.iso3, counts[0], counts[1], counts[2], counts[3], counts[4]), bureauSeats(c.iso3));
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Path("{iso3}/votes")
    @Operation(operationId = "listCountryVotes", summary = "List a country's recorded votes",
            description = "How this country voted on each resolution whose roll-call names it, by adoption date. "
                    + "meta.rollCall counts its votes by kind; a country absent from every roll-call answers 200 with no rows.")
    public RestResponse<VotePage> votes(
            @Parameter(description = "ISO 3166-1 alpha-3 code.", example = "COL") @PathParam("iso3") String iso3,
            @BeanParam RollCallParameters rollCall) {
        var request = rollCall.read();
        return votes.ofCountry(find(iso3).iso3, request);
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Path("{iso3}/scheduling-votes")
    @Operation(operationId = "listCountrySchedulingVotes", summary = "List a country's recorded votes on scheduling decisions",
            description = "How this country voted on each scheduling decision whose roll-call names it (for example the December 2020 vote on "
                    + "cannabis), by session and date of decision; the form of a scheduling decision's votes. meta.rollCall counts its votes by "
                    + "kind; a country absent from every roll-call answers 200 with no rows. 404 problem for an unknown code, 400 for an unknown vote.")
    public RestResponse<DecisionVotePage> schedulingVotes(
            @Parameter(description = "ISO 3166-1 alpha-3 code.", example = "USA") @PathParam("iso3") String iso3,
            @BeanParam RollCallParameters rollCall) {
        var request = rollCall.read();
        return votes.ofCountryOnSchedulingDecisions(find(iso3).iso3, request);
    }

    private static Country find(String iso3) {
        String code = iso3.strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{3}")) {
            // an alpha-2 code (BR) or an M49 number (076), a client's likely mix-up: the 404 says which country it names
            Country.<Country>find("iso2 = ?1 or m49 = ?1", code).firstResultOptional().ifPresent(named -> {
                throw ProblemException.notFound("No country has the ISO 3166-1 alpha-3 code '" + Text.quote(iso3) + "'; "
                        + (code.equals(named.iso2) ? "it is the alpha-2 code" : "it is the M49 code") + " of " + named.name + ", whose alpha-3 code is "
                        + named.iso3 + ": " + PATH + "/" + named.iso3 + ".");
            });
        }
        return LIST.byId(iso3, "country");
    }

    /** The bureau offices a country held, by session and office, over the published table (no other package's entity needed). */
    private static List<CountryView.BureauSeat> bureauSeats(String iso3) {
        List<?> rows = Country.getEntityManager().createNativeQuery("select b.id, b.session_id, s.year, b.office, b.person_name, s.name "
                + "from bureau_members b join sessions s on s.id = b.session_id where b.country_iso3 = ?1 order by s.number, b.office, b.position")
                .setParameter(1, iso3).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new CountryView.BureauSeat((String) r[0],
                SessionRef.of((String) r[1], (String) r[5], ((Number) r[2]).intValue()), (String) r[3], (String) r[4], "/api/v1/bureau-members/" + r[0])).toList();
    }

    /**
     * Sponsorship claims, recorded votes (on resolutions and on scheduling decisions), side events co-hosted and meetings
     * of a country, in one statement, over the dataset's tables by their published names, so that no other package's
     * entity is needed here.
     */
    private static long[] activity(String iso3, List<String> claimStatuses) {
        Object[] row = (Object[]) Country.getEntityManager().createNativeQuery("select "
                + "(select count(*) from sponsorships where country_iso3 = ?1 and claim_status in " + ClaimStatuses.literals(claimStatuses) + "), "
                + "(select count(*) from votes where country_iso3 = ?1), "
                + "(select count(distinct side_event_id) from side_event_hosts where country_iso3 = ?1), "
                + "(select count(*) from meetings where counterpart_country_iso3 = ?1), "
                + "(select count(*) from scheduling_votes where country_iso3 = ?1)").setParameter(1, iso3).getSingleResult();
        long[] counts = new long[row.length];
        for (int i = 0; i < row.length; i++) {
            counts[i] = ((Number) row[i]).longValue();
        }
        return counts;
    }
}
