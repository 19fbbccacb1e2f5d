package org.opendrugpolicy.resolution;

import io.quarkus.panache.common.Sort;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.opendrugpolicy.api.Groups;
import org.opendrugpolicy.api.Include;
import org.opendrugpolicy.api.IncludeParameter;
import org.opendrugpolicy.api.IndexLink;
import org.opendrugpolicy.api.ListPage;
import org.opendrugpolicy.api.ListParameters;
import org.opendrugpolicy.api.Lists;
import org.opendrugpolicy.api.PageParameters;
import org.opendrugpolicy.api.PageRequest;
import org.opendrugpolicy.api.ParameterErrors;
import org.opendrugpolicy.api.ProblemException;
import org.opendrugpolicy.api.RecordList;
import org.opendrugpolicy.api.SortFields;
import org.opendrugpolicy.api.Text;
import org.opendrugpolicy.api.Where;
import org.opendrugpolicy.provenance.InferredValues;
import org.opendrugpolicy.source.SourceCatalog;
import org.opendrugpolicy.vote.RecordedVotes;
import org.opendrugpolicy.vote.RollCallParameters;
import org.opendrugpolicy.vote.VotePage;

@Path(ResolutionResource.PATH)
@Tag(name = "Resolutions", description = "Resolutions, decisions and declarations, by UN document symbol or official number, with their sponsorship claims.")
@IndexLink(name = "resolutions", items = "resolutions")
@Produces(MediaType.APPLICATION_JSON)
public class ResolutionResource {
    static final String PATH = "/api/v1/resolutions";
    /**
     * UN document symbols in the order the UN numbers them (E/CN.7/2025/L.2 before L.10, a draft before its revisions):
     * the draft number zero-padded between the symbol's fixed prefix and its revision. Relies on the pattern the dataset's
     * reader enforces on every symbol, E/CN.7/yyyy/L.n(/Rev.m), whose draft number starts at character 15.
     */
    private static final String SYMBOL_ORDER = "concat(substring(r.symbol, 1, 14), "
            + "pad(substring(r.symbol, 15, locate('/', concat(r.symbol, '/'), 15) - 15) with 6 leading '0'), "
            + "substring(r.symbol, locate('/', concat(r.symbol, '/'), 15)))";
    /**
     * Official numbers in the Commission's order (62/2 before 62/14): session and ordinal, each zero-padded. Relies on the
     * pattern the dataset's reader enforces on every number, session/ordinal.
     */
    private static final String NUMBER_ORDER = "concat(pad(substring(r.resolutionNumber, 1, locate('/', r.resolutionNumber) - 1) with 4 leading '0'), "
            + "pad(substring(r.resolutionNumber, locate('/', r.resolutionNumber) + 1) with 4 leading '0'))";
    /** An official resolution or decision number: session, slash, ordinal (63/17). */
    private static final Pattern OFFICIAL_NUMBER = Pattern.compile("[0-9]{1,3}/[0-9]{1,3}");
    /** A draft's UN document symbol, upper-cased, as the data package's pattern has it: the draft, then any revision. */
    private static final Pattern DRAFT_SYMBOL = Pattern.compile("(E/CN\\.7/[0-9]{4}/L\\.[0-9]+)(/REV\\.[0-9]+)?");
    private static final SortFields SORT = SortFields.of("r.id", "symbol",
            "symbol", SYMBOL_ORDER, "number", NUMBER_ORDER, "title", "r.title", "adoptedOn", "r.adoptedOn", "session", "r.session.number");
    private static final RecordList<Resolution> LIST = RecordList.of((query, parameters) -> Resolution.<Resolution>find(query, parameters), "Resolution r", SORT);

    /** The groups for each choice of claim statuses (at most seven): by=sponsor counts only the claims chosen. */
    private static final Map<List<String>, Groups> GROUPS = new ConcurrentHashMap<>();

    @Inject SourceCatalog sources;
    @Inject RecordedVotes votes;
    @Inject InferredValues inferred;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Include({"session:session:sessions", "sponsors:sponsors.country:countries", "topics:topics:topics", "voteCalledBy:voteCalledBy:countries"})
    @Operation(operationId = "listResolutions", summary = "List resolutions",
            description = "Resolutions adopted at the sessions, with session, topics and sponsorship claims inline. "
                    + "Look one up by its UN document symbol with symbol=E/CN.7/2025/L.2/Rev.1 (exact, case-insensitive) or by its official number with number=63/17 (exact). "
                    + "Each record's inferred lists the fields a source does not state but the dataset infers."
                    + " Sort order: symbol (as the UN numbers drafts: L.2 before L.10, a draft before its revisions), number (official number, "
                    + "as the Commission numbers them: 62/2 before 62/14; records without one last), title, adoptedOn, session; "
                    + "prefix - for descending. Default symbol.")
    public RestResponse<ListPage<ResolutionView>> list(
            @BeanParam ResolutionFilters filters,
            @BeanParam ListParameters request) {
        return LIST.page(request, filters, r -> ResolutionView.from(r, sources, inferred));
    }

    @GET
    @Path("groups")
    @Operation(operationId = "groupResolutions", summary = "Count resolutions by a field",
            description = "Resolutions matching the list's filters, counted per session, adoption (vote or consensus), topic or sponsor. "
                    + "By sponsor, the claims that count are those of claimStatus (by default contradicted ones are left out, as in /api/v1/sponsors "
                    + "and the co-sponsorship network). Resolutions without a topic or sponsor form a group with key null.")
    public Groups.GroupList groups(
            @Parameter(description = "The field to group by: session, adoption, topic or sponsor.", required = true,
                    schema = @Schema(enumeration = {"session", "adoption", "topic", "sponsor"}), example = "sponsor") @QueryParam("by") String by,
            @BeanParam ResolutionFilters filters) {
        var errors = ParameterErrors.ofRequest();
        Where where = filters.where(errors);
        Groups groups = groups(filters.claimStatuses());
        String field = groups.by(errors, by);
        errors.throwIfAny();
        return groups.count(field, where);
    }

    @GET
    @Path("{id}")
    @Include({"session:session:sessions", "sponsors:sponsors.country:countries", "topics:topics:topics", "voteCalledBy:voteCalledBy:countries"})
    @Operation(operationId = "getResolution", summary = "Get a resolution", description = "One resolution by its id (case-insensitive) or by its UN document symbol (exact, case-insensitive), with the symbol's "
                    + "slashes percent-encoded in the path: /api/v1/resolutions/E%2FCN.7%2F2025%2FL.6%2FRev.1. The list's symbol= filter finds several at once. "
                    + "A symbol the dataset does not hold is a 404; when it holds the same draft under another symbol (E/CN.7/2025/L.2, "
                    + "adopted as E/CN.7/2025/L.2/Rev.1), the problem's detail names it.")
    public ResolutionView get(
            @BeanParam IncludeParameter include,
            @Parameter(description = "The resolution's id, or its UN document symbol with its slashes percent-encoded.", example = "cnd-68-l6") @PathParam("id") String id) {
        return ResolutionView.from(find(id), sources, inferred);
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Path("{id}/sponsors")
    @Operation(operationId = "listResolutionSponsors", summary = "List a resolution's sponsors",
            description = "The sponsorship claims on one resolution, main sponsors first, each with its status. As everywhere, contradicted claims "
                    + "are left out unless claimStatus asks for them: claimStatus=confirmed,unconfirmed,contradicted lists every claim.")
    public RestResponse<ListPage<SponsorshipView>> sponsors(
            @Parameter(description = "The resolution's id, or its UN document symbol with its slashes percent-encoded.", example = "cnd-68-l3") @PathParam("id") String id,
            @Parameter(description = ClaimStatuses.DESCRIPTION) @QueryParam(ClaimStatuses.PARAMETER) List<String> claimStatus,
            @BeanParam PageParameters paging,
            @Context UriInfo uri) {
        var errors = ParameterErrors.ofRequest();
        List<String> statuses = ClaimStatuses.parse(errors, claimStatus);
        PageRequest page = paging.request(errors);
        errors.throwIfAny();
        return Lists.answer(ResolutionView.sponsors(find(id), sources).stream().filter(s -> statuses.contains(s.claimStatus())).toList(), page, uri);
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Path("{id}/votes")
    @Operation(operationId = "listResolutionVotes", summary = "List a resolution's recorded votes",
            description = "How each Member State named in the roll-call voted: in favour first, then against, then abstaining, each by country name. "
                    + "meta.tally is the tally a source reports; meta.rollCall counts the named rows; meta.unnamed is the difference (tally minus named rows), "
                    + "with meta.note saying it in words. The E/CN.7/2025/L.6/Rev.1 transcript names 17 of the 18 announced abstainers, so unnamed.abstaining is 1; "
                    + "no row is invented for it. A resolution without a roll-call answers 200 with no rows and its tally, if any.")
    public RestResponse<VotePage> votes(
            @Parameter(description = "The resolution's id, or its UN document symbol with its slashes percent-encoded.", example = "cnd-68-l6") @PathParam("id") String id,
            @BeanParam RollCallParameters rollCall) {
        var request = rollCall.read();
        Resolution r = find(id);
        return votes.ofResolution(r.id, VotePage.Tally.of(r.votesInFavour, r.votesAgainst, r.votesAbstaining), request);
    }

    private static Groups groups(List<String> claimStatuses) {
        return GROUPS.computeIfAbsent(claimStatuses, statuses -> Groups.of("Resolution r", null,
                "session", new Groups.Dimension("s.id", "s.name", "join r.session s"),
                "adoption", new Groups.Dimension("r.adoption", "r.adoption", ""),
                "topic", new Groups.Dimension("t.id", "t.name", "left join r.topics tl left join tl.topic t"),
                "sponsor", new Groups.Dimension("c.iso3", "c.name",
                        "left join r.sponsorships sp on sp.claimStatus in " + ClaimStatuses.literals(statuses) + " left join sp.country c")));
    }

    /**
     * A resolution by its id, or by its UN document symbol (exact but case-insensitive, as symbol= filters the list):
     * a symbol always contains a slash, an id never does. In a path the slashes are percent-encoded (E%2FCN.7%2F2025%2FL.6%2FRev.1).
     */
    private static Resolution find(String idOrSymbol) {
        if (idOrSymbol.contains("/")) {
            String symbol = idOrSymbol.strip().toUpperCase(Locale.ROOT);
            return Resolution.<Resolution>find("upper(symbol) = ?1", symbol).firstResultOptional()
                    .orElseThrow(() -> ProblemException.notFound("No resolution has the UN document symbol '" + Text.quote(idOrSymbol) + "'."
                            + sameDraft(symbol) + numbered(idOrSymbol.strip())));
        }
        return LIST.byId(idOrSymbol, "resolution");
    }

    /**
     * For an official number in the path (63/17, which users cite as they would a symbol), the resolution that has it, as
     * a sentence: the path takes ids and symbols only, and the list's number= filter is the lookup by number. Empty when
     * the text is no number.
     */
    private static String numbered(String text) {
        if (!OFFICIAL_NUMBER.matcher(text).matches()) {
            return "";
        }
        List<String> numbered = Resolution.<Resolution>find("resolutionNumber = ?1", Sort.by("id"), text).list().stream()
                .map(r -> r.kind + " " + r.id + " (" + PATH + "/" + r.id + ")").toList();
        return (numbered.isEmpty() ? " No resolution has the official number " + text + " either."
                : " " + text + " is the official number of " + String.join(" and of ", numbered) + ".")
                + " The list's number= filter finds resolutions by their official number.";
    }

    /**
     * For a symbol the dataset does not hold, the recorded symbols of the same draft, as a sentence: the press and the
     * delegations cite a draft (E/CN.7/2025/L.2) whose adopted text is a revision (E/CN.7/2025/L.2/Rev.1), and a record
     * holds only the symbol its source gives. Empty when there is none. Not a redirect: a revision is another document.
     */
    private static String sameDraft(String symbol) {
        Matcher draftSymbol = DRAFT_SYMBOL.matcher(symbol);
        if (!draftSymbol.matches()) {
            return "";
        }
        String draft = draftSymbol.group(1);
        List<String> recorded = Resolution.<Resolution>find("upper(symbol) = ?1 or upper(symbol) like ?2", Sort.by("symbol"),
                        draft, draft + "/REV.%").list().stream()
                .map(r -> r.symbol + " (" + PATH + "/" + r.id + ")").toList();
        return recorded.isEmpty() ? "" : " The dataset records this draft as " + String.join(", ", recorded) + ".";
    }
}
