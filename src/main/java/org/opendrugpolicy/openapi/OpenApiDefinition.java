package org.opendrugpolicy.openapi;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendrugpolicy.api.Problem;

/** The OpenAPI document's info block, tags and shared schemas. */
@OpenAPIDefinition(
        info = @Info(title = "Open Drug Policy API", version = "1.0.0",
                description = "Open data on humanitarian drug policy at the UN Commission on Narcotic Drugs (CND): sessions, resolutions and their "
                        + "sponsors, side events, partner organizations and meetings. Every record names its sources; a value no source gives is null. "
                        + "Lists take page (from 1) and size (1 to 200, default 20) and answer {data, meta, links} with the same links in a Link header. "
                        + "Errors are RFC 9457 problem details (application/problem+json); unknown query parameters are rejected. "
                        + "Every successful GET carries a strong ETag and Last-Modified and answers If-None-Match / If-Modified-Since with 304; "
                        + "JSON, CSV and NDJSON are gzip-compressed when the client accepts it. The data is licensed CC BY 4.0.",
                contact = @Contact(name = "Open Drug Policy", url = "https://opendrugpolicy.org"),
                license = @License(name = "Code: see repository. Data: CC BY 4.0", url = "https://creativecommons.org/licenses/by/4.0/")),
        // Relative: Swagger UI and generated clients call the host that served the document; clients set their own base.
        servers = @Server(url = "/", description = "The service that serves this document (locally http://localhost:8080)."),
        tags = {
                @Tag(name = "API", description = "Entry point, dataset release and licence."),
                @Tag(name = "Sessions", description = "Sessions of the Commission, CND 60 (2017) to CND 69 (2026)."),
                @Tag(name = "Resolutions", description = "Resolutions, decisions and declarations, by UN document symbol or official number, with their sponsorship claims."),
                @Tag(name = "Scheduling decisions", description = "The Commission's decisions on WHO and INCB recommendations to change the control of substances, with tallies and roll-calls."),
                @Tag(name = "Substances", description = "The substances those decisions concern, with their other names and history."),
                @Tag(name = "Bureaus", description = "Who chaired the Commission and held each bureau office, by session."),
                @Tag(name = "Conflicts", description = "Where sources disagree: each conflict with the claims and their sources, and which claim the record holds."),
                @Tag(name = "Sponsors", description = "Countries and the resolutions they sponsored."),
                @Tag(name = "Side events", description = "Side events, their organizers and ordered co-hosts."),
                @Tag(name = "Organizations", description = "Partner organizations, with every spelling of their names."),
                @Tag(name = "Meetings", description = "Bilateral and institutional meetings."),
                @Tag(name = "Countries", description = "ISO 3166-1 countries with UN M49 regions, UN status, CLDR names in the six UN languages and bureau seats."),
                @Tag(name = "Networks", description = "Who worked with whom: co-hosting and co-sponsorship graphs for force-directed layouts."),
                @Tag(name = "Sources", description = "The documents every fact comes from."),
                @Tag(name = "Topics", description = "The topic vocabulary."),
                @Tag(name = "Exports", description = "Bulk downloads (CSV, JSON, NDJSON, a zipped Frictionless data package) and the DCAT-AP catalogue."),
                @Tag(name = "Releases", description = "Data releases and their changelog.")},
        components = @Components(schemas = {@Schema(name = "Problem", implementation = Problem.class)}))
public class OpenApiDefinition extends Application {}
