package org.opendrugpolicy.openapi;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.opendrugpolicy.api.Problem;

/**
 * The OpenAPI document's info block and shared schemas. Each tag is declared, with its description, by the resource
 * that owns it ({@code @Tag} on the class), so this lists no kind of record.
 */
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
        components = @Components(schemas = {@Schema(name = "Problem", implementation = Problem.class)}))
public class OpenApiDefinition extends Application {}
