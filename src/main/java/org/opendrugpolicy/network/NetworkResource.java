package org.opendrugpolicy.network;

import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BinaryOperator;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendrugpolicy.api.IndexLink;
import org.opendrugpolicy.api.IndexLinks;
import org.opendrugpolicy.api.ParameterErrors;
import org.opendrugpolicy.api.Text;
import org.opendrugpolicy.resolution.ClaimStatuses;

/**
 * Who worked with whom, as graphs. Built from the published tables (side_events, side_event_hosts,
 * sponsorships) with plain SQL, so no other package's entities are needed; the data is small enough to
 * build each graph per request.
 */
@Path(NetworkResource.PATH)
@Tag(name = "Networks", description = "Who worked with whom: co-hosting and co-sponsorship graphs for force-directed layouts.")
@IndexLink(name = "co-hosting-network", path = "co-hosting")
@IndexLink(name = "co-sponsorship-network", path = "co-sponsorship")
@IndexLink(name = "side-event-participation-network", path = "side-event-participation")
@Produces(MediaType.APPLICATION_JSON)
public class NetworkResource {
    static final String PATH = "/api/v1/networks";
    private static final String SESSION_OF_EVENTS = "Only side events of these sessions (see /api/v1/sessions)." + ParameterErrors.ANY_OF;
    private static final String CO_HOSTING_METHOD = "Each side event's participants are its organizer and its co-hosts (organizations and countries), "
            + "each counted once per event. Two participants are linked when they took part in the same event; weight is the number of such events. "
            + "degree is the number of distinct participants a node is linked to; count is the number of events it took part in.";
    private static final String PARTICIPATION_METHOD = "Each side event is linked to its organizer and to each of its co-hosts "
            + "(organizations and countries), once per participant. degree is a node's number of links: an event's participants, a "
            + "participant's events.";
    private static final String CO_SPONSORSHIP_METHOD = "Two countries are linked when both have a sponsorship claim, with one of the included "
            + "statuses, on the same resolution; weight is the number of such resolutions. degree is the number of distinct countries a country is "
            + "linked to; count is the number of resolutions it is claimed to have sponsored. Countries that sponsored alone are nodes with degree 0.";

    /** The table of each kind of node, whose resource says where its records are served (see {@link #href}). */
    private static final Map<String, String> TABLES = Map.of("side-event", "side_events", "organization", "organizations", "country", "countries");

    private final EntityManager database;
    private final IndexLinks items;

    NetworkResource(EntityManager database, IndexLinks items) {
        this.database = database;
        this.items = items;
    }

    @GET
    @Path("co-hosting")
    @Operation(operationId = "getCoHostingNetwork", summary = "Co-hosting network of side events",
            description = "Organizations and countries that hosted side events together, as a graph for force-directed layouts. "
                    + "The organizer counts as a host of its own event: the issue asks who hosted events together, and an organizer "
                    + "shares its event with every co-host (so Knowmad Institut, a co-host of all seven CND 68 events, has the highest degree at CND 68). "
                    + "Each link lists the ids of the events behind it. An unknown session is a 400.")
    public NetworkView.CoHosting coHosting(
            @Parameter(description = SESSION_OF_EVENTS, example = "cnd-68") @QueryParam("session") String session,
            @Context UriInfo uri) {
        var errors = ParameterErrors.ofRequest();
        List<String> sessionIds = sessions(errors, session);
        errors.throwIfAny();
        String where = sessionIds == null ? "" : " where e.session_id in (?1)";
        Map<String, Set<String>> participants = new TreeMap<>();
        Map<String, String[]> nodes = new HashMap<>();
        for (Object[] row : rows("select e.id, o.id, o.name from side_events e join organizations o on o.id = e.organizer_id" + where, sessionIds)) {
            participants.computeIfAbsent((String) row[0], k -> new LinkedHashSet<>()).add((String) row[1]);
            nodes.put((String) row[1], new String[] {"organization", (String) row[2]});
        }
        for (Object[] row : rows("select e.id, o.id, o.name, c.iso3, c.name from side_events e join side_event_hosts h on h.side_event_id = e.id "
                + "left join organizations o on o.id = h.organization_id left join countries c on c.iso3 = h.country_iso3" + where, sessionIds)) {
            String id = row[1] != null ? (String) row[1] : (String) row[3];
            participants.computeIfAbsent((String) row[0], k -> new LinkedHashSet<>()).add(id);
            nodes.put(id, row[1] != null ? new String[] {"organization", (String) row[2]} : new String[] {"country", (String) row[4]});
        }
        Graph graph = Graph.of(participants);
        List<NetworkView.CoHostingLink> links = graph.links().stream()
                .map(l -> new NetworkView.CoHostingLink(l.source(), l.target(), l.shared().size(), l.shared())).toList();
        return new NetworkView.CoHosting(graph.nodes(nodes, this::href), links,
                new NetworkView.Meta(filter(sessionIds), null, nodes.size(), links.size(), CO_HOSTING_METHOD, self(uri)));
    }

    @GET
    @Path("side-event-participation")
    @Operation(operationId = "getSideEventParticipationNetwork", summary = "Side events and their participants, as a bipartite network",
            description = "The event-participant form of the co-hosting network: every side event is a node, every organization or country "
                    + "that organized or co-hosted one is a node, and each event is linked to each of its participants, with the role and the "
                    + "position the source gives. Nodes carry set (event or participant) for bipartite layouts. The co-hosting network is this "
                    + "graph projected onto the participants. An unknown session is a 400.")
    public NetworkView.Participation participation(
            @Parameter(description = SESSION_OF_EVENTS) @QueryParam("session") String session,
            @Context UriInfo uri) {
        var errors = ParameterErrors.ofRequest();
        List<String> sessionIds = sessions(errors, session);
        errors.throwIfAny();
        String where = sessionIds == null ? "" : " where e.session_id in (?1)";
        Map<String, NetworkView.ParticipationLink> links = new java.util.LinkedHashMap<>();
        Map<String, String[]> nodes = new HashMap<>();
        Map<String, Integer> degrees = new HashMap<>();
        for (Object[] row : rows("select e.id, e.title, o.id, o.name from side_events e left join organizations o on o.id = e.organizer_id" + where
                + " order by e.id", sessionIds)) {
            nodes.put((String) row[0], new String[] {"side-event", (String) row[1], "event"});
            if (row[2] != null) {
                nodes.put((String) row[2], new String[] {"organization", (String) row[3], "participant"});
                links.put(row[0] + "\u0000" + row[2], new NetworkView.ParticipationLink((String) row[0], (String) row[2], "organizer", null));
            }
        }
        for (Object[] row : rows("select e.id, h.position, h.role, o.id, o.name, c.iso3, c.name from side_events e join side_event_hosts h "
                + "on h.side_event_id = e.id left join organizations o on o.id = h.organization_id left join countries c on c.iso3 = h.country_iso3"
                + where + " order by e.id, h.position", sessionIds)) {
            String id = row[3] != null ? (String) row[3] : (String) row[5];
            nodes.put(id, row[3] != null ? new String[] {"organization", (String) row[4], "participant"} : new String[] {"country", (String) row[6], "participant"});
            int position = ((Number) row[1]).intValue();
            // An organizer listed among the hosts too is one participant: its link keeps the role organizer and gets the position.
            links.merge(row[0] + "\u0000" + id, new NetworkView.ParticipationLink((String) row[0], id, (String) row[2], position),
                    (organizer, host) -> organizer.position() == null ? new NetworkView.ParticipationLink(organizer.source(), organizer.target(),
                            organizer.role(), position) : organizer);
        }
        List<NetworkView.ParticipationLink> ordered = links.values().stream()
                .sorted(Comparator.comparing(NetworkView.ParticipationLink::source)
                        .thenComparing(l -> "organizer".equals(l.role()) ? 0 : 1)
                        .thenComparing(l -> l.position() == null ? 0 : l.position()))
                .toList();
        for (var link : ordered) {
            degrees.merge(link.source(), 1, Integer::sum);
            degrees.merge(link.target(), 1, Integer::sum);
        }
        List<NetworkView.ParticipationNode> nodeList = nodes.entrySet().stream().map(e -> {
            String kind = e.getValue()[0];
            return new NetworkView.ParticipationNode(e.getKey(), e.getValue()[1], kind, e.getValue()[2], degrees.getOrDefault(e.getKey(), 0),
                    href(kind, e.getKey()));
        }).sorted(Comparator.comparing((NetworkView.ParticipationNode n) -> "event".equals(n.set()) ? 0 : 1)
                .thenComparingInt(n -> -n.degree()).thenComparing(NetworkView.ParticipationNode::id)).toList();
        return new NetworkView.Participation(nodeList, ordered,
                new NetworkView.Meta(filter(sessionIds), null, nodeList.size(), ordered.size(), PARTICIPATION_METHOD, self(uri)));
    }

    @GET
    @Path("co-sponsorship")
    @Operation(operationId = "getCoSponsorshipNetwork", summary = "Co-sponsorship network of resolutions",
            description = "Countries claimed to have sponsored the same resolutions, as a graph for force-directed layouts. "
                    + "By default contradicted claims are left out (a source says the country did not sponsor it) and unconfirmed ones "
                    + "(only a seed says so) are kept; choose with claimStatus. Each link lists the ids of the resolutions behind it. "
                    + "An unknown session is a 400.")
    public NetworkView.CoSponsorship coSponsorship(
            @Parameter(description = "Only resolutions of these sessions (see /api/v1/sessions)." + ParameterErrors.ANY_OF, example = "cnd-68") @QueryParam("session") String session,
            @Parameter(description = ClaimStatuses.DESCRIPTION) @QueryParam(ClaimStatuses.PARAMETER) List<String> claimStatus,
            @Context UriInfo uri) {
        var errors = ParameterErrors.ofRequest();
        List<String> sessionIds = sessions(errors, session);
        List<String> statuses = ClaimStatuses.parse(errors, claimStatus);
        errors.throwIfAny();
        Map<String, Set<String>> sponsors = new TreeMap<>();
        Map<String, String[]> nodes = new HashMap<>();
        for (Object[] row : rows("select s.resolution_id, c.iso3, c.name, s.claim_status from sponsorships s join resolutions r on r.id = s.resolution_id "
                + "join countries c on c.iso3 = s.country_iso3" + (sessionIds == null ? "" : " where r.session_id in (?1)"), sessionIds)) {
            if (statuses.contains((String) row[3])) {
                sponsors.computeIfAbsent((String) row[0], k -> new LinkedHashSet<>()).add((String) row[1]);
                nodes.put((String) row[1], new String[] {"country", (String) row[2]});
            }
        }
        Graph graph = Graph.of(sponsors);
        List<NetworkView.CoSponsorshipLink> links = graph.links().stream()
                .map(l -> new NetworkView.CoSponsorshipLink(l.source(), l.target(), l.shared().size(), l.shared())).toList();
        return new NetworkView.CoSponsorship(graph.nodes(nodes, this::href), links,
                new NetworkView.Meta(filter(sessionIds), statuses, nodes.size(), links.size(), CO_SPONSORSHIP_METHOD, self(uri)));
    }

    /** The sessions asked for, each of which must exist (a graph of a misspelt session would be silently empty); null when absent. */
    private List<String> sessions(ParameterErrors errors, String raw) {
        List<String> ids = errors.slugs("session", raw);
        if (ids == null) {
            return null;
        }
        List<?> known = database.createNativeQuery("select id from sessions where id in (?1)").setParameter(1, ids).getResultList();
        List<String> unknown = ids.stream().filter(id -> !known.contains(id)).toList();
        unknown.forEach(id -> errors.add("session", "no session has the id '" + Text.quote(id) + "'; see /api/v1/sessions"));
        return unknown.isEmpty() ? ids : null;
    }

    /** The session filter as meta shows it: the ids, comma-separated as asked. */
    private static String filter(List<String> sessions) {
        return sessions == null ? null : String.join(",", sessions);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, List<String> sessions) {
        var query = database.createNativeQuery(sql);
        if (sessions != null) {
            query.setParameter(1, sessions);
        }
        return query.getResultList();
    }

    /** Where a node's record is served: its kind's item path, as the kind's resource declares it. */
    private String href(String kind, String id) {
        return items.item(TABLES.get(kind), id).orElseThrow();
    }

    private static String self(UriInfo uri) {
        var target = uri.getRequestUri();
        return target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
    }

    /** Nodes that share groups (events, resolutions): who shares which groups with whom. */
    private record Graph(Map<String, Set<String>> neighbours, Map<String, Integer> counts, Map<String, List<String>> shared) {
        record Link(String source, String target, List<String> shared) {}

        /** @param members each group's members, groups in id order */
        static Graph of(Map<String, Set<String>> members) {
            Map<String, Set<String>> neighbours = new HashMap<>();
            Map<String, Integer> counts = new HashMap<>();
            Map<String, List<String>> shared = new TreeMap<>();
            members.forEach((group, ids) -> {
                List<String> sorted = new ArrayList<>(new TreeSet<>(ids));
                for (int i = 0; i < sorted.size(); i++) {
                    counts.merge(sorted.get(i), 1, Integer::sum);
                    neighbours.computeIfAbsent(sorted.get(i), k -> new TreeSet<>());
                    for (int j = i + 1; j < sorted.size(); j++) {
                        neighbours.get(sorted.get(i)).add(sorted.get(j));
                        neighbours.computeIfAbsent(sorted.get(j), k -> new TreeSet<>()).add(sorted.get(i));
                        shared.computeIfAbsent(sorted.get(i) + "\u0000" + sorted.get(j), k -> new ArrayList<>()).add(group);
                    }
                }
            });
            return new Graph(neighbours, counts, shared);
        }

        List<Link> links() {
            return shared.entrySet().stream()
                    .map(e -> new Link(e.getKey().substring(0, e.getKey().indexOf('\u0000')), e.getKey().substring(e.getKey().indexOf('\u0000') + 1), e.getValue()))
                    .sorted(Comparator.comparingInt((Link l) -> -l.shared().size()).thenComparing(Link::source).thenComparing(Link::target))
                    .toList();
        }

        /**
         * @param labels kind and label of each node
         * @param href   where a node of a kind is served
         */
        List<NetworkView.Node> nodes(Map<String, String[]> labels, BinaryOperator<String> href) {
            return labels.entrySet().stream().map(e -> {
                String kind = e.getValue()[0];
                return new NetworkView.Node(e.getKey(), e.getValue()[1], kind, neighbours.getOrDefault(e.getKey(), Set.of()).size(),
                        counts.getOrDefault(e.getKey(), 0), href.apply(kind, e.getKey()));
            }).sorted(Comparator.comparingInt((NetworkView.Node n) -> -n.degree()).thenComparing(NetworkView.Node::id)).toList();
        }
    }
}
