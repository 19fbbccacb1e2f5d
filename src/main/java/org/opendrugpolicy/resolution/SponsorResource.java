package org.opendrugpolicy.resolution;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.opendrugpolicy.api.IdFilter;
import org.opendrugpolicy.api.IndexLink;
import org.opendrugpolicy.api.ListPage;
import org.opendrugpolicy.api.Lists;
import org.opendrugpolicy.api.PageParameters;
import org.opendrugpolicy.api.PageRequest;
import org.opendrugpolicy.api.ParameterErrors;
import org.opendrugpolicy.api.ProblemException;
import org.opendrugpolicy.api.Text;
import org.opendrugpolicy.api.Where;
import org.opendrugpolicy.country.Country;
import org.opendrugpolicy.country.CountryRef;
import org.opendrugpolicy.session.SessionRef;
import org.opendrugpolicy.source.SourceCatalog;

/** Sponsorship seen from the countries' side: who sponsored what. */
@Path(SponsorResource.PATH)
@Tag(name = "Sponsors", description = "Countries and the resolutions they sponsored.")
@IndexLink(name = "sponsors")
@Produces(MediaType.APPLICATION_JSON)
public class SponsorResource {
    static final String PATH = "/api/v1/sponsors";
    private static final String SESSION = "Only sponsorships of resolutions of these sessions (ids)." + ParameterErrors.ANY_OF;
    private static final Map<String, Comparator<SponsorView>> ORDERS = Map.of(
            "name", Comparator.comparing((SponsorView s) -> s.country().name()),
            "-name", Comparator.comparing((SponsorView s) -> s.country().name()).reversed(),
            "resolutions", Comparator.comparingInt(SponsorView::resolutionCount),
            "-resolutions", Comparator.comparingInt(SponsorView::resolutionCount).reversed());

    @Inject SourceCatalog sources;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(operationId = "listSponsors", summary = "List sponsoring countries",
            description = "Each country with a sponsorship claim, and the resolutions it is claimed to have sponsored. "
                    + "Filter by session; contradicted claims are left out unless claimStatus asks for them (claimStatus=confirmed keeps only "
                    + "confirmed ones), as everywhere sponsorships are counted.")
    public RestResponse<ListPage<SponsorView>> list(
            @Parameter(description = SESSION, example = "cnd-68") @QueryParam("session") String session,
            @Parameter(description = ClaimStatuses.DESCRIPTION) @QueryParam(ClaimStatuses.PARAMETER) List<String> claimStatus,
            @Parameter(description = "Sort order: name or resolutions (the count), prefix - for descending. Default name.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"name", "-name", "resolutions", "-resolutions"})) @QueryParam("sort") String sort,
            @BeanParam IdFilter ids,
            @BeanParam PageParameters paging,
            @Context UriInfo uri) {
        var errors = ParameterErrors.ofRequest();
        var idValues = ids.codes(errors);
        var sessions = errors.slugs("session", session);
        List<String> statuses = ClaimStatuses.parse(errors, claimStatus);
        String order = errors.oneOf("sort", sort, ORDERS.keySet());
        PageRequest page = paging.request(errors);
        errors.throwIfAny();
        List<SponsorView> all = new ArrayList<>(sponsors(sessions, statuses, null).values());
        if (idValues != null) {
            all.removeIf(s -> !idValues.contains(s.id()));
        }
        all.sort(ORDERS.get(order == null ? "name" : order).thenComparing(SponsorView::id));
        return Lists.answer(all, page, uri);
    }

    @GET
    @Path("{iso3}")
    @Operation(operationId = "getSponsor", summary = "Get a sponsoring country", description = "One country's sponsorship claims (ISO alpha-3, case-insensitive): "
                    + "a country with none matching the request has resolutionCount 0 and no resolutions, as its other related lists answer "
                    + "empty, so the sponsorships link of every country resolves. 404 problem for an unknown country code.")
    public SponsorView get(
            @Parameter(description = "ISO alpha-3 code of the country.", example = "COL") @PathParam("iso3") String iso3,
            @Parameter(description = SESSION, example = "cnd-68") @QueryParam("session") String session,
            @Parameter(description = ClaimStatuses.DESCRIPTION) @QueryParam(ClaimStatuses.PARAMETER) List<String> claimStatus) {
        var errors = ParameterErrors.ofRequest();
        var sessions = errors.slugs("session", session);
        List<String> statuses = ClaimStatuses.parse(errors, claimStatus);
        errors.throwIfAny();
        String code = iso3.toUpperCase(Locale.ROOT);
        Country country = Country.findById(code);
        if (country == null) {
            throw ProblemException.notFound("No country has the ISO 3166-1 alpha-3 code '" + Text.quote(iso3) + "'.");
        }
        SponsorView sponsor = sponsors(sessions, statuses, code).get(code);
        return sponsor != null ? sponsor : view(country, List.of());
    }

    /** Sponsors keyed by ISO code, each with its resolutions by symbol. */
    private Map<String, SponsorView> sponsors(List<String> sessions, List<String> claimStatuses, String country) {
        Where where = new Where().and("r.session.id in :session", "session", sessions);
        List<Resolution> resolutions = Resolution.<Resolution>find("from Resolution r" + where.clause() + " order by r.symbol", where.parameters()).list();
        Map<String, List<SponsorView.Sponsored>> byCountry = new LinkedHashMap<>();
        Map<String, Country> countries = new LinkedHashMap<>();
        for (Resolution r : resolutions) {
            for (Resolution.Sponsorship s : r.sponsorships) {
                if (!claimStatuses.contains(s.claimStatus) || (country != null && !country.equals(s.country.iso3))) {
                    continue;
                }
                countries.put(s.country.iso3, s.country);
                byCountry.computeIfAbsent(s.country.iso3, k -> new ArrayList<>()).add(new SponsorView.Sponsored(r.id, r.symbol, r.title,
                        SessionRef.from(r.session), s.role, s.claimStatus, sources.cite(s.sourceIds), ResolutionResource.PATH + "/" + r.id));
            }
        }
        Map<String, SponsorView> result = new LinkedHashMap<>();
        byCountry.forEach((iso3, list) -> result.put(iso3, view(countries.get(iso3), list)));
        return result;
    }

    private static SponsorView view(Country country, List<SponsorView.Sponsored> sponsored) {
        return new SponsorView(country.iso3, CountryRef.from(country), sponsored.size(), sponsored,
                new SponsorView.Links(PATH + "/" + country.iso3, "/api/v1/countries/" + country.iso3));
    }
}
