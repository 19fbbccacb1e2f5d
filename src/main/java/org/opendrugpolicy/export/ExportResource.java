package org.opendrugpolicy.export;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.Variant;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendrugpolicy.api.IndexLink;
import org.opendrugpolicy.api.ProblemException;
import org.opendrugpolicy.api.ProblemType;
import org.opendrugpolicy.api.Text;
import org.opendrugpolicy.dataset.DatasetLoader;
import org.opendrugpolicy.http.ResponseCache;

@Path(ExportResource.PATH)
@Tag(name = "Exports", description = "Bulk downloads (CSV, JSON, NDJSON, a zipped Frictionless data package) and the DCAT-AP catalogue.")
@IndexLink(name = "exports")
@IndexLink(name = "dataset", path = "dataset.zip")
@IndexLink(name = "data-package", path = ExportCatalog.DESCRIPTOR)
public class ExportResource {
    static final String PATH = "/api/v1/exports";

    @Inject DatasetLoader dataset;
    @Inject ExportCatalog catalog;
    @Inject ResponseCache cache;
    @Inject ExportStore store;
    @Inject HttpServerRequest request;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listExports", summary = "List bulk exports",
            description = "Every table of the release as CSV (byte for byte as published in data/), JSON and NDJSON, and the whole release as a "
                    + "Frictionless data package (dataset.zip), each with media type, size, SHA-256, row count and URL. The package's "
                    + "descriptor on its own is at " + PATH + "/" + ExportCatalog.DESCRIPTOR + " (not listed here: it is no table).")
    public ExportView list() {
        return new ExportView(dataset.version(), catalog.entries().exports().stream().map(ExportView.Item::from).toList());
    }

    @GET
    @Path(ExportCatalog.DESCRIPTOR)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getDataPackageDescriptor", summary = "Get the data package's descriptor",
            description = "The release's Frictionless Data Package descriptor on its own: datapackage.json as in dataset.zip, each resource with "
                    + "its bytes and sha256 hash. Its resources' paths are the CSV exports' file names, so a tool that reads a package by URL "
                    + "(frictionless, a harvester) finds every table next to it, under " + PATH + ". Sent like the exports, with the release "
                    + "in the file name and its SHA-256 as ETag. 404 problem where a PostgreSQL replica serves a release that an earlier build "
                    + "loaded (before the descriptor was stored with the exports).")
    @APIResponse(responseCode = "200", description = "The descriptor.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT,
                    // any property: without it generators read an object with no properties as one that may have none
                    additionalProperties = Schema.True.class,
                    description = "A Frictionless Data Package descriptor (https://specs.frictionlessdata.io/data-package/): name, title, "
                            + "licenses, resources (each with path, schema, bytes and hash), and the package's other properties.")))
    public Response descriptor() {
        return send(find(ExportCatalog.DESCRIPTOR), ExportCatalog.DESCRIPTOR);
    }

    @GET
    @Path("{file}")
    @Produces({"text/csv", MediaType.APPLICATION_JSON, "application/x-ndjson", "application/zip"})
    @Operation(operationId = "getExport", summary = "Download an export",
            description = "One table as {table}.csv, {table}.json or {table}.ndjson, or the whole release as dataset.zip. Sent from a file on the "
                    + "server's disk (over HTTP/1.1 with its Content-Length when not compressed): memory does not grow with the table; a small file is kept in memory once sent and served from there. The file name in Content-Disposition carries the release version; the ETag is the SHA-256 of the "
                    + "uncompressed bytes (with the content coding appended when compressed), as listed in /api/v1/exports.")
    @APIResponse(responseCode = "200", description = "The file.", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            @Content(mediaType = "application/x-ndjson", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            @Content(mediaType = "application/zip", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY,
                    implementation = Object.class))})
    public Response download(@Parameter(description = "The file: a table name with .csv, .json or .ndjson, or dataset.zip.", example = "side_events.csv")
            @PathParam("file") String file, @Context Request negotiation) {
        ExportCatalog.Export export = find(file);
        // The framework matched Accept against every type this operation produces; the file has one of them.
        if (negotiation.selectVariant(Variant.mediaTypes(MediaType.valueOf(export.mediaType())).build()) == null) {
            throw new ProblemException(ProblemType.NOT_ACCEPTABLE, "This file is available as "
                    + export.mediaType() + " only; the Accept header asks for something else. " + PATH + " lists each table in every format.", List.of());
        }
        return send(export, file);
    }

    /** The export named {@code file}, or a 404 problem. */
    private ExportCatalog.Export find(String file) {
        ExportCatalog.Export export = catalog.entries().find(file);
        if (export == null) {
            throw ProblemException.notFound("No export is named '" + Text.quote(file) + "'; see " + PATH + " for the list.");
        }
        return export;
    }

    /** The export's bytes as stored when the release was loaded, named after the release in Content-Disposition. */
    private Response send(ExportCatalog.Export export, String file) {
        // As rendered when the release was loaded. A small file is rendered into bytes, which the response cache keeps. A
        // larger one, over HTTP/1.x, is answered with its path on local disk, which Vert.x sends as it is (sendfile where no
        // compression applies) with its length: neither the heap nor a copy loop holds it. Over HTTP/2 it is copied with
        // backpressure instead: Vert.x's HTTP/2 sendFile reads the file ahead of the stream's flow control, and held 30 MB of
        // heap for a 17 MB file (LargeExportTest).
        StreamingOutput copy = out -> store.copy(export.file(), out);
        Object body = cache.keeps(export.bytes()) ? render(copy)
                : request.version() == HttpVersion.HTTP_2 ? copy : local(export.file());
        String name = "cnd-" + dataset.version().version() + "-" + file;
        return Response.ok(body, export.mediaType() + (export.mediaType().startsWith("text/") ? "; charset=UTF-8" : ""))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .header(HttpHeaders.ETAG, "\"" + export.sha256() + "\"")
                .build();
    }

    private java.nio.file.Path local(String file) {
        try {
            return store.local(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small export is rendered into bytes, so that it is kept in memory and served from there next time. */
    private static byte[] render(StreamingOutput body) {
        var out = new ByteArrayOutputStream();
        try {
            body.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
