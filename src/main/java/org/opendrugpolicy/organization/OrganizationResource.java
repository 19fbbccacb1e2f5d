package org.opendrugpolicy.organization;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
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
import org.opendrugpolicy.sideevent.SideEventResource;
import org.opendrugpolicy.sideevent.SideEventView;
import org.opendrugpolicy.source.SourceCatalog;

@Path(OrganizationResource.PATH)
@Tag(name = "Organizations", description = "Partner organizations, with every spelling of their names.")
@IndexLink(name = "organizations", items = "organizations")
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationResource {
    static final String PATH = "/api/v1/organizations";
    static final Set<String> TYPES = Set.of("ngo", "network", "foundation", "academic", "intergovernmental", "un-entity", "government-body", "red-cross-red-crescent");
    private static final SortFields SORT = SortFields.of("o.id", "name", "name", "o.name", "id", "o.id", "type", "o.type", "country", "o.country.iso3");
    private static final RecordList<Organization> LIST = RecordList.of((query, parameters) -> Organization.<Organization>find(query, parameters), "Organization o", SORT);
    private static final Groups GROUPS = Groups.of("Organization o", null,
            "type", new Groups.Dimension("o.type", "o.type", ""),
            "country", new Groups.Dimension("oc.iso3", "oc.name", "left join o.country oc"));

    @Inject SourceCatalog sources;
    @Inject SideEventResource sideEvents;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Include({"parent:parent:organizations", "country:country:countries"})
    @Operation(operationId = "listOrganizations", summary = "List organizations",
            description = "Organizations that organized or co-hosted side events or met delegations. q matches the canonical name, the acronym and every spelling the sources use."
                    + " Sort order: name, id, type, country (by ISO code); prefix - for descending. Default name.")
    public RestResponse<ListPage<OrganizationView>> list(
            @BeanParam OrganizationFilters filters,
            @BeanParam ListParameters request) {
        return LIST.page(request, filters, o -> OrganizationView.from(o, sources));
    }

    @GET
    @Path("groups")
    @Operation(operationId = "groupOrganizations", summary = "Count organizations by a field",
            description = "Organizations matching the list's filters, counted per type or home country. Organizations no source types or places form the null group.")
    public Groups.GroupList groups(
            @Parameter(description = "The field to group by: type or country.", required = true,
                    schema = @Schema(enumeration = {"type", "country"}), example = "type") @QueryParam("by") String by,
            @BeanParam OrganizationFilters filters) {
        return GROUPS.count(by, filters);
    }

    @GET
    @Path("{id}")
    @Include({"parent:parent:organizations", "country:country:countries"})
    @Operation(operationId = "getOrganization", summary = "Get an organization", description = "One organization by its id (case-insensitive), with every spelling of its name.")
    public OrganizationView get(
            @BeanParam IncludeParameter include,
            @Parameter(description = "The organization's id.", example = "villa-maraini") @PathParam("id") String id) {
        return OrganizationView.from(find(id), sources);
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Path("{id}/side-events")
    @Operation(operationId = "listOrganizationSideEvents", summary = "List an organization's side events",
            description = "Every side event the organization organized, co-organized or co-hosted, under whichever spelling the source used."
                    + " Sort order: title, attendance, session; prefix - for descending. Default session,title.")
    public RestResponse<ListPage<SideEventView>> sideEvents(
            @Parameter(description = "The organization's id.", example = "villa-maraini") @PathParam("id") String id,
            @BeanParam ListParameters request) {
        return sideEvents.involving(find(id).id, request);
    }

    private static Organization find(String id) {
        return LIST.byId(id, "organization");
    }
}
