package org.opendrugpolicy.network;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The parts of a graph as d3-force takes it: nodes with ids, and links whose source and target are node ids. */
final class NetworkView {
    private NetworkView() {}

    @Schema(name = "CoHostingNetwork", description = "A graph shaped for force-directed layouts (d3-force; vis.js after renaming links to edges): nodes, and links whose source and target are node ids.")
    record CoHosting(
            @Schema(required = true, description = "Nodes by degree, highest first, then by id.") List<Node> nodes,
            @Schema(required = true, description = "Links by weight, heaviest first, then by source and target.") List<CoHostingLink> links,
            @Schema(required = true) Meta meta) {}

    @Schema(name = "CoSponsorshipNetwork", description = "A graph shaped for force-directed layouts (d3-force; vis.js after renaming links to edges): nodes, and links whose source and target are node ids.")
    record CoSponsorship(
            @Schema(required = true, description = "Nodes by degree, highest first, then by id.") List<Node> nodes,
            @Schema(required = true, description = "Links by weight, heaviest first, then by source and target.") List<CoSponsorshipLink> links,
            @Schema(required = true) Meta meta) {}

    @Schema(name = "NetworkNode", description = "An organization or a country.")
    record Node(
            @Schema(required = true, description = "Organization slug or ISO alpha-3 code; unique across both kinds.", examples = "knowmad-institut") String id,
            @Schema(required = true, examples = "Knowmad Institut") String label,
            @Schema(required = true, enumeration = {"organization", "country"}, examples = "organization") String kind,
            @Schema(required = true, description = "Number of distinct nodes it is linked to.", examples = "64") int degree,
            @Schema(required = true, description = "Side events (co-hosting) or resolutions (co-sponsorship) it takes part in.", examples = "7") int count,
            @Schema(required = true, examples = "/api/v1/organizations/knowmad-institut") String href) {}

    @Schema(name = "CoHostingLink", description = "Two parties that hosted side events together.")
    record CoHostingLink(
            @Schema(required = true, description = "A node id.", examples = "knowmad-institut") String source,
            @Schema(required = true, description = "A node id.", examples = "villa-maraini") String target,
            @Schema(required = true, description = "Number of side events both took part in.", examples = "5") int weight,
            @Schema(required = true, description = "Ids of those side events.") List<String> events) {}

    @Schema(name = "CoSponsorshipLink", description = "Two countries claimed to have sponsored the same resolutions.")
    record CoSponsorshipLink(
            @Schema(required = true, description = "A node id (ISO alpha-3).", examples = "DEU") String source,
            @Schema(required = true, description = "A node id (ISO alpha-3).", examples = "THA") String target,
            @Schema(required = true, description = "Number of resolutions both sponsored.", examples = "2") int weight,
            @Schema(required = true, description = "Ids of those resolutions.") List<String> resolutions) {}

    @Schema(name = "NetworkMeta", description = "What the graph was built from.")
    record Meta(
            @Schema(description = "The session filter; null for all sessions.", examples = "cnd-68") String session,
            @Schema(description = "Claim statuses included (co-sponsorship only); null for co-hosting.") List<String> claimStatus,
            @Schema(required = true, examples = "70") int nodes,
            @Schema(required = true, examples = "900") int links,
            @Schema(required = true, description = "How nodes and links are counted.") String method,
            @Schema(required = true, examples = "/api/v1/networks/co-hosting?session=cnd-68") String self) {}
}
