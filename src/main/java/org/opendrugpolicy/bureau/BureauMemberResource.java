package org.opendrugpolicy.bureau;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
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
import org.opendrugpolicy.api.RecordList;
import org.opendrugpolicy.api.SortFields;
import org.opendrugpolicy.source.SourceCatalog;

/** The bureaus of the Commission: who held each office in each session. */
@Path(BureauMemberResource.PATH)
@Tag(name = "Bureaus", description = "Who chaired the Commission and held each bureau office, by session.")
@IndexLink(name = "bureau-members", items = "bureau_members")
@Produces(MediaType.APPLICATION_JSON)
public class BureauMemberResource {
    static final String PATH = "/api/v1/bureau-members";
    private static final String OFFICE_RANK = "case b.office when 'chair' then 0 when 'first-vice-chair' then 1 when 'second-vice-chair' then 2 "
            + "when 'third-vice-chair' then 3 when 'vice-chair' then 4 else 5 end";
    private static final SortFields SORT = SortFields.of("b.id", "session,office,position",
            "session", "b.session.number", "office", OFFICE_RANK, "position", "b.position", "country", "b.country.name");
    private static final RecordList<BureauMember> LIST = RecordList.of((query, parameters) -> BureauMember.<BureauMember>find(query, parameters), "BureauMember b", SORT);
    private static final Groups GROUPS = Groups.of("BureauMember b", null,
            "session", new Groups.Dimension("s.id", "s.name", "join b.session s"),
            "office", new Groups.Dimension("b.office", "b.office", ""),
            "country", new Groups.Dimension("c.iso3", "c.name", "left join b.country c"));

    @Inject SourceCatalog sources;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Include({"session:session:sessions", "country:country:countries"})
    @Operation(operationId = "listBureauMembers", summary = "List bureau members",
            description = "Who held each office of the Commission's bureau (chair, vice-chairs, rapporteur) in each session, CND 60 to CND 69: "
                    + "office=chair answers which countries have chaired the Commission. An office whose holder no source names has a row only where a "
                    + "source allots it to a regional group (country null). Data: data/bureau_members.csv. 400 problem for a malformed filter or sort."
                    + " Sort order: session, office (chair first, rapporteur last), position, country; prefix - for descending. Default session,office,position.")
    public RestResponse<ListPage<BureauMemberView>> list(
            @BeanParam BureauMemberFilters filters,
            @BeanParam ListParameters request) {
        return LIST.page(request, filters, b -> BureauMemberView.from(b, sources));
    }

    @GET
    @Path("groups")
    @Operation(operationId = "groupBureauMembers", summary = "Count bureau seats by a field",
            description = "Bureau seats matching the list's filters, counted per session, office or country (seats without a named country form a group "
                    + "with key null): office=chair&by=country counts how often each country chaired. 400 problem for a missing or unknown by.")
    public Groups.GroupList groups(
            @Parameter(description = "The field to group by: session, office or country.", required = true,
                    schema = @Schema(enumeration = {"session", "office", "country"}), example = "country") @QueryParam("by") String by,
            @BeanParam BureauMemberFilters filters) {
        return GROUPS.count(by, filters);
    }

    @GET
    @Path("{id}")
    @Include({"session:session:sessions", "country:country:countries"})
    @Operation(operationId = "getBureauMember", summary = "Get a bureau seat",
            description = "One bureau seat by its id, <session>-<office>[-<n>] (case-insensitive). 404 problem for an unknown id.")
    public BureauMemberView get(
            @BeanParam IncludeParameter include,
            @Parameter(description = "The seat's id.", example = "cnd-60-chair") @PathParam("id") String id) {
        return BureauMemberView.from(LIST.byId(id, "bureau seat"), sources);
    }
}
