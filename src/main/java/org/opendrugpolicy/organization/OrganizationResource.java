package org.opendrugpolicy.organization;

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
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendrugpolicy.api.IndexLink;
import org.opendrugpolicy.api.IdFilter;
import org.opendrugpolicy.api.Groups;
import org.opendrugpolicy.api.Include;
import org.opendrugpolicy.api.IncludeParameter;
import org.opendrugpolicy.api.ListPage;
import org.opendrugpolicy.api.Lists;
import org.opendrugpolicy.api.PageParameters;
import org.opendrugpolicy.api.PageRequest;
import org.opendrugpolicy.api.ParameterErrors;
import org.opendrugpolicy.api.ProblemException;
import org.opendrugpolicy.api.SortFields;
import org.opendrugpolicy.api.Text;
import org.opendrugpolicy.api.UpdatedSince;
import org.opendrugpolicy.api.Where;
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
    private static final Groups GROUPS = Groups.of("Organization o", null,
            "type", new Groups.Dimension("o.type", "o.type", ""),
            "country", new Groups.Dimension("oc.iso3", "oc.name", "left join o.country oc"));

    private final SourceCatalog sources;
    private final SideEventResource sideEvents;

    OrganizationResource(SourceCatalog sources, SideEventResource sideEvents) {
        this.sources = sources;
        this.sideEvents = sideEvents;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Include({"parent:parent:organizations", "country:country:countries"})
    @Operation(operationId = "listOrganizations", summary = "List organizations",
            description = "Organizations that organized or co-hosted side events or met delegations. q matches the canonical name, the acronym and every spelling the sources use. include= accepts: parent, country.")
    public ListPage<OrganizationView> list(
            @BeanParam IncludeParameter include,
            @BeanParam OrganizationFilters filters,
            @Parameter(description = "Sort order: name, id, type, country (by ISO code); prefix - for descending. Default name.", example = "type,name") @QueryParam("sort") String sort,
            @BeanParam UpdatedSince updatedSince,
            @BeanParam IdFilter ids,
            @BeanParam PageParameters paging,
            @Context UriInfo uri) {
        var errors = new ParameterErrors();
        Where where = filters.where(errors).and("o.id in :ids", "ids", ids.slugs(errors))
                .and("o.updatedAt > :updatedSince", "updatedSince", updatedSince.instant(errors));
        PageRequest page = paging.request(errors);
        SORT.check(errors, sort);
        errors.throwIfAny();
        return Lists.page(Organization.<Organization>find("from Organization o" + where.clause() + SORT.orderBy(sort), where.parameters()),
                page, uri, o -> OrganizationView.from(o, sources));
    }

    @GET
    @Path("groups")
    @Operation(operationId = "groupOrganizations", summary = "Count organizations by a field",
            description = "Organizations matching the list's filters, counted per type or home country. Organizations no source types or places form the null group.")
    public Groups.GroupList groups(
            @Parameter(description = "The field to group by: type or country.", required = true,
                    schema = @Schema(enumeration = {"type", "country"}), example = "type") @QueryParam("by") String by,
            @BeanParam OrganizationFilters filters) {
        var errors = new ParameterErrors();
        String field = GROUPS.by(errors, by);
        Where where = filters.where(errors);
        errors.throwIfAny();
        return GROUPS.count(field, where);
    }

    @GET
    @Path("{id}")
    @Include({"parent:parent:organizations", "country:country:countries"})
    @Operation(operationId = "getOrganization", summary = "Get an organization", description = "One organization by its id (case-insensitive), with every spelling of its name. include= accepts: parent, country.")
    public OrganizationView get(
            @BeanParam IncludeParameter include,
            @Parameter(description = "The organization's id.", example = "villa-maraini") @PathParam("id") String id) {
        return OrganizationView.from(find(id), sources);
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Path("{id}/side-events")
    @Operation(operationId = "listOrganizationSideEvents", summary = "List an organization's side events",
            description = "Every side event the organization organized, co-organized or co-hosted, under whichever spelling the source used.")
    public ListPage<SideEventView> sideEvents(
            @Parameter(description = "The organization's id.", example = "villa-maraini") @PathParam("id") String id,
            @Parameter(description = "Sort order: title, attendance, session; prefix - for descending. Default session,title.", example = "-attendance") @QueryParam("sort") String sort,
            @BeanParam UpdatedSince updatedSince,
            @BeanParam PageParameters paging,
            @Context UriInfo uri) {
        return sideEvents.involving(find(id).id, sort, updatedSince, paging, uri);
    }

    private static Organization find(String id) {
        return Organization.<Organization>findByIdOptional(id.toLowerCase(Locale.ROOT))
                .orElseThrow(() -> ProblemException.notFound("No organization has the id '" + Text.quote(id) + "'."));
    }
}
