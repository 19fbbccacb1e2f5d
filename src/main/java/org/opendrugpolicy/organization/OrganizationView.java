package org.opendrugpolicy.organization;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendrugpolicy.change.RecordStamps;
import org.opendrugpolicy.country.CountryRef;
import org.opendrugpolicy.source.SourceCatalog;
import org.opendrugpolicy.source.SourceRef;

@Schema(name = "Organization", description = "A partner organization: organizer, co-host or meeting counterpart. One record however many ways the sources spell it.")
record OrganizationView(
        @Schema(required = true, examples = "villa-maraini") String id,
        @Schema(required = true, examples = "Fondazione Villa Maraini – Croce Rossa Italiana") String name,
        @Schema(examples = "ARTM") String acronym,
        @Schema(description = "Kind of organization: ngo, network, foundation, academic, intergovernmental, un-entity, government-body or "
                + "red-cross-red-crescent; null where no source states or implies it.", examples = "foundation") String type,
        @Schema(description = "The organization this one is part of.") OrganizationRef parent,
        @Schema(description = "Home country where a source states it; null otherwise.") CountryRef country,
        @Schema(required = true, description = "Other spellings of the name, exactly as written in the sources.") List<Alias> aliases,
        @Schema(description = "How type and country are known, and caveats.") String note,
        @Schema(required = true) List<SourceRef> sources,
        @JsonUnwrapped RecordStamps stamps,
        @Schema(required = true) Links links) {

    @Schema(name = "OrganizationAlias")
    record Alias(@Schema(required = true, examples = "Villa Maraini Foundation") String alias, @Schema(required = true) List<SourceRef> sources) {}

    @Schema(name = "OrganizationLinks")
    record Links(@Schema(required = true, examples = "https://api.opendrugpolicy.org/api/v1/organizations/villa-maraini") String self,
            @Schema(required = true, examples = "https://api.opendrugpolicy.org/api/v1/organizations/villa-maraini/side-events") String sideEvents,
            @Schema(required = true, examples = "https://api.opendrugpolicy.org/api/v1/meetings?counterpart=villa-maraini") String meetings) {}

    static OrganizationView from(Organization o, SourceCatalog sources) {
        return new OrganizationView(o.id, o.name, o.acronym, o.type, OrganizationRef.from(o.parent), CountryRef.from(o.country),
                o.aliases.stream().map(a -> new Alias(a.alias, sources.cite(a.sourceIds))).toList(), o.note, sources.cite(o.sourceIds),
                RecordStamps.of(o),
                new Links(OrganizationResource.PATH + "/" + o.id, OrganizationResource.PATH + "/" + o.id + "/side-events",
                        "/api/v1/meetings?counterpart=" + o.id));
    }
}
