package org.opendrugpolicy.resolution;

import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendrugpolicy.api.IdFilter;
import org.opendrugpolicy.api.ListPage;
import org.opendrugpolicy.api.Lists;
import org.opendrugpolicy.api.PageParameters;
import org.opendrugpolicy.api.PageRequest;
import org.opendrugpolicy.api.ParameterErrors;
import org.opendrugpolicy.api.ProblemException;
import org.opendrugpolicy.api.SortFields;
import org.opendrugpolicy.api.Text;
import org.opendrugpolicy.api.Where;
import org.opendrugpolicy.dataset.DatasetLoaded;
import org.opendrugpolicy.source.SourceCatalog;

@Path(ResolutionResource.PATH)
@Tag(name = "Resolutions")
@Produces(MediaType.APPLICATION_JSON)
public class ResolutionResource {
    static final String PATH = "/api/v1/resolutions";
    private static final SortFields SORT = SortFields.of("r.id", "symbol",
            "symbol", "r.symbol", "title", "r.title", "adoptedOn", "r.adoptedOn", "session", "r.session.number");

    private final SourceCatalog sources;

    ResolutionResource(SourceCatalog sources) {
        this.sources = sources;
    }

    static void index(@Observes DatasetLoaded loaded) {
        Resolution.<Resolution>streamAll().forEach(r -> r.searchText = Text.foldAll(Arrays.asList(r.symbol, r.title, r.summary, r.keyText)));
    }

    @GET
    @Operation(operationId = "listResolutions", summary = "List resolutions",
            description = "Resolutions adopted at the sessions, with session, topics and sponsorship claims inline. "
                    + "Look one up by its UN document symbol with symbol=E/CN.7/2025/L.2/Rev.1 (exact, case-insensitive).")
    public ListPage<ResolutionView> list(
            @Parameter(description = "Only resolutions of this session.", example = "cnd-68") @QueryParam("session") String session,
            @Parameter(description = "Only resolutions this country is claimed to have sponsored (ISO alpha-3, case-insensitive), whatever the claim's status.", example = "CHL") @QueryParam("sponsor") String sponsor,
            @Parameter(description = "UN document symbols of the drafts, exact but case-insensitive: one, or up to 100 comma-separated (symbols contain / and . but never a comma).", example = "E/CN.7/2025/L.2/Rev.1,E/CN.7/2025/L.6/Rev.1") @QueryParam("symbol") String symbol,
            @Parameter(description = "Only resolutions adopted this way.", schema = @Schema(enumeration = {"vote", "consensus"})) @QueryParam("adoption") String adoption,
            @Parameter(description = "Only resolutions with this topic (see /api/v1/topics).", example = "prevention") @QueryParam("topic") String topic,
            @Parameter(description = "Words that must all appear in the symbol, title, summary or quoted text; case and accents are ignored.", example = "harm reduction") @QueryParam("q") String q,
            @Parameter(description = "Sort order: symbol, title, adoptedOn, session; prefix - for descending. Default symbol.", example = "-adoptedOn,symbol") @QueryParam("sort") String sort,
            @BeanParam IdFilter ids,
            @BeanParam PageParameters paging,
            @Context UriInfo uri) {
        var errors = new ParameterErrors();
        var idValues = ids.slugs(errors);
        String sessionValue = errors.text("session", session);
        String sponsorValue = errors.text("sponsor", sponsor);
        var symbols = errors.list("symbol", symbol, IdFilter.MAX);
        String adoptionValue = errors.oneOf("adoption", adoption, Set.of("vote", "consensus"));
        String topicValue = errors.text("topic", topic);
        String text = errors.text("q", q);
        PageRequest page = paging.request(errors);
        errors.throwIfAny();
        Where where = new Where()
                .and("r.id in :ids", "ids", idValues)
                .and("r.session.id = :session", "session", lower(sessionValue))
                .and("exists (select 1 from Resolution r2 join r2.sponsorships sp where r2.id = r.id and sp.country.iso3 = :sponsor)", "sponsor",
                        sponsorValue == null ? null : sponsorValue.toUpperCase(Locale.ROOT))
                .and("upper(r.symbol) in :symbols", "symbols", symbols == null ? null : symbols.stream().map(v -> v.toUpperCase(Locale.ROOT)).toList())
                .and("r.adoption = :adoption", "adoption", adoptionValue)
                .and("exists (select 1 from Resolution r3 join r3.topics t where r3.id = r.id and t.id = :topic)", "topic", lower(topicValue))
                .search("r.searchText", text);
        return Lists.page(Resolution.<Resolution>find("from Resolution r" + where.clause() + SORT.orderBy(sort), where.parameters()),
                page, uri, r -> ResolutionView.from(r, sources));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getResolution", summary = "Get a resolution", description = "One resolution by its id (case-insensitive). To look one up by UN symbol, use the list with symbol=.")
    public ResolutionView get(@Parameter(description = "The resolution's id.", example = "cnd-68-l6") @PathParam("id") String id) {
        return ResolutionView.from(find(id), sources);
    }

    @GET
    @Path("{id}/sponsors")
    @Operation(operationId = "listResolutionSponsors", summary = "List a resolution's sponsors",
            description = "Every sponsorship claim on one resolution, main sponsors first. Contradicted and unconfirmed claims are listed with their status.")
    public ListPage<SponsorshipView> sponsors(
            @Parameter(description = "The resolution's id.", example = "cnd-68-l3") @PathParam("id") String id,
            @BeanParam PageParameters paging,
            @Context UriInfo uri) {
        var page = paging.request();
        return Lists.page(ResolutionView.sponsors(find(id), sources), page, uri);
    }

    private static Resolution find(String id) {
        return Resolution.<Resolution>findByIdOptional(id.toLowerCase(Locale.ROOT))
                .orElseThrow(() -> ProblemException.notFound("No resolution has the id '" + Text.quote(id) + "'."));
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }
}
