package org.opendrugpolicy.network;

import java.util.List;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendrugpolicy.api.AbsoluteLinks;

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
            @Schema(required = true, examples = "https://api.opendrugpolicy.org/api/v1/organizations/knowmad-institut") String href) {}

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
            @Schema(description = "The session filter: the ids asked for, comma-separated; null for all sessions.", examples = "cnd-68") String session,
            @Schema(description = "Claim statuses included (co-sponsorship only); null for co-hosting.") List<String> claimStatus,
            @Schema(required = true, examples = "70") int nodes,
            @Schema(required = true, examples = "900") int links,
            @Schema(required = true, description = "How nodes and links are counted.") String method,
            @Schema(required = true, examples = "https://api.opendrugpolicy.org/api/v1/networks/co-hosting?session=cnd-68") @JsonSerialize(using = AbsoluteLinks.Serializer.class) String self) {}

    @Schema(name = "SideEventParticipationNetwork", description = "A bipartite graph for force-directed or two-column layouts: side events "
            + "on one side (set event), the organizations and countries that took part in them on the other (set participant), and a link "
            + "from each event to each of its participants.")
    record Participation(
            @Schema(required = true, description = "Events first, then participants; each by degree, highest first, then by id.") List<ParticipationNode> nodes,
            @Schema(required = true, description = "One link per event and participant, by event, then in the source's order of hosts (the organizer first).")
            List<ParticipationLink> links,
            @Schema(required = true) Meta meta) {}

    @Schema(name = "ParticipationNode", description = "A side event, or an organization or country that took part in one.")
    record ParticipationNode(
            @Schema(required = true, description = "Side event slug, organization slug or ISO alpha-3 code; unique across the kinds.",
                    examples = "cnd-68-clarifying-harm-reduction") String id,
            @Schema(required = true, examples = "Clarifying Harm Reduction") String label,
            @Schema(required = true, enumeration = {"side-event", "organization", "country"}, examples = "side-event") String kind,
            @Schema(required = true, description = "The side of the bipartite graph: event or participant.", enumeration = {"event", "participant"},
                    examples = "event") String set,
            @Schema(required = true, description = "Number of links: an event's participants, or a participant's events.", examples = "12") int degree,
            @Schema(required = true, examples = "https://api.opendrugpolicy.org/api/v1/side-events/cnd-68-clarifying-harm-reduction") String href) {}

    @Schema(name = "ParticipationLink", description = "A participant of a side event.")
    record ParticipationLink(
            @Schema(required = true, description = "The side event's node id.", examples = "cnd-68-clarifying-harm-reduction") String source,
            @Schema(required = true, description = "The participant's node id.", examples = "villa-maraini") String target,
            @Schema(required = true, enumeration = {"organizer", "co-host", "co-organizer"}, description = "organizer, or the role the host list gives (co-host, co-organizer).", examples = "co-host") String role,
            @Schema(description = "The participant's position in the event's host list, from 1; null for the organizer when it is not listed among the hosts.",
                    examples = "3") Integer position) {}
}
