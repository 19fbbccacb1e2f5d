package org.opendrugpolicy.export;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendrugpolicy.api.IndexLink;
import org.opendrugpolicy.api.PublicBaseUrl;
import org.opendrugpolicy.dataset.DataPackage;
import org.opendrugpolicy.dataset.DatasetLoader;
import org.opendrugpolicy.session.Session;

/** The dataset described for data portals: DCAT-AP in JSON-LD, with the exports as its distributions. */
@Path("/api/v1/catalog")
@Tag(name = "Exports")
@IndexLink(name = "catalog")
public class CatalogResource {
    static final String JSON_LD = "application/ld+json";

    @Inject DatasetLoader dataset;
    @Inject ExportCatalog exports;
    @Inject PublicBaseUrl publicBase;

    /** The EU Publications Office's file-type authority table, which DCAT-AP asks dct:format to use. */
    static final String FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/";
    private static final Map<String, String> FILE_TYPES = Map.of("csv", "CSV", "json", "JSON", "zip", "ZIP");

    @GET
    @Produces({JSON_LD, MediaType.APPLICATION_JSON})
    @Operation(operationId = "getCatalog", summary = "DCAT-AP catalogue",
            description = "The dataset as a DCAT-AP catalogue in JSON-LD (application/ld+json, or application/json), for CKAN and other data-portal "
                    + "harvesters: publisher, contact point, licence, temporal and spatial coverage, version, issue and modification dates, one "
                    + "distribution per export with its download URL, media type, format (EU file-type vocabulary), size and SHA-256 checksum, "
                    + "and this API as a data service. Identifiers are stable: the dataset's is the data package's id, whatever host serves it; "
                    + "only the download and endpoint URLs start with the public base URL (odp.public-base-url, else the host that answered).")
    public Map<String, Object> catalog(@Context HttpServerRequest request) {
        String base = publicBase.of(request);
        DataPackage pkg = dataset.dataPackage();
        String datasetId = pkg.id() != null ? pkg.id() : "urn:dataset:" + pkg.name();
        String home = pkg.homepage() != null ? pkg.homepage().replaceAll("/$", "") : datasetId;
        String serviceId = home + "/api/v1";
        String modified = dataset.version().created();
        String licence = pkg.licenses().get(0).path();
        Map<String, Object> publisher = map("@id", home, "@type", "foaf:Agent", "foaf:name", "Open Drug Policy", "foaf:homepage", map("@id", home));
        Map<String, Object> contact = map("@type", "vcard:Organization", "vcard:fn", "Open Drug Policy", "vcard:hasURL", map("@id", home));

        Object[] coverage = Session.getEntityManager()
                .createQuery("select min(s.startDate), max(s.endDate) from Session s", Object[].class).getSingleResult();
        Object firstRelease = Session.getEntityManager().createNativeQuery("select min(released_on) from releases").getSingleResult();
        String issued = firstRelease == null ? modified : firstRelease.toString();
        Map<String, TableDates> tableDates = tableDates();
        List<Map<String, Object>> distributions = new ArrayList<>();
        for (ExportCatalog.Export export : exports.entries().exports()) {
            String url = base + ExportResource.PATH + "/" + export.file();
            // a table's file: when its rows were first published and last changed; the data package and the zip change with every release
            Optional<TableDates> dates = Optional.ofNullable(export.table()).map(tableDates::get);
            Map<String, Object> distribution = map(
                    "@id", datasetId + "/distributions/" + export.file(),
                    "@type", "dcat:Distribution",
                    "dct:title", export.table() == null ? "Whole dataset as a Frictionless data package" : export.table() + " as " + export.format().toUpperCase(),
                    "dcat:accessURL", map("@id", base + ExportResource.PATH),
                    "dcat:downloadURL", map("@id", url),
                    "dcat:mediaType", map("@id", "https://www.iana.org/assignments/media-types/" + export.mediaType()));
            String fileType = FILE_TYPES.get(export.format().toLowerCase(java.util.Locale.ROOT));
            if (fileType != null) { // NDJSON has no entry in the EU vocabulary: its media type says what it is
                distribution.put("dct:format", map("@id", FILE_TYPE + fileType));
            }
            distribution.putAll(map(
                    "dcat:byteSize", map("@value", String.valueOf(export.bytes()), "@type", "xsd:nonNegativeInteger"),
                    "spdx:checksum", map("@type", "spdx:Checksum", "spdx:algorithm", map("@id", "spdx:checksumAlgorithm_sha256"),
                            "spdx:checksumValue", export.sha256()),
                    "dcat:accessService", map("@id", serviceId),
                    "dct:license", map("@id", licence),
                    "dct:issued", map("@value", dates.map(TableDates::issued).orElse(issued), "@type", "xsd:date"),
                    "dct:modified", map("@value", dates.map(TableDates::modified).orElse(modified), "@type", "xsd:dateTime")));
            distributions.add(distribution);
        }
        Map<String, Object> set = map(
                "@id", datasetId,
                "@type", "dcat:Dataset",
                "dct:identifier", datasetId,
                "dct:title", pkg.title(),
                // the data package's own words: a description typed here again went stale when the dataset grew to 2017
                "dct:description", pkg.description(),
                "dcat:keyword", pkg.keywords(),
                "dct:publisher", publisher,
                "dcat:contactPoint", contact,
                "dct:license", map("@id", licence),
                "dct:accessRights", map("@id", "http://publications.europa.eu/resource/authority/access-right/PUBLIC"),
                "dct:temporal", map("@type", "dct:PeriodOfTime", "dcat:startDate", map("@value", coverage[0].toString(), "@type", "xsd:date"),
                        "dcat:endDate", map("@value", coverage[1].toString(), "@type", "xsd:date")),
                "dct:spatial", map("@id", "http://publications.europa.eu/resource/authority/continent/WORLD"),
                "dcat:version", pkg.version(),
                "owl:versionInfo", dataset.version().tag(),
                "dct:issued", map("@value", issued, "@type", "xsd:date"),
                "dct:modified", map("@value", modified, "@type", "xsd:dateTime"),
                "dcat:landingPage", map("@id", home),
                "dcat:distribution", distributions);
        Map<String, Object> service = map(
                "@id", serviceId,
                "@type", "dcat:DataService",
                "dct:title", "Open Drug Policy API",
                "dct:description", "A JSON API over the dataset: lists with filters, sorting, paging and CSV downloads, records, aggregates and networks.",
                "dcat:endpointURL", map("@id", base + "/api/v1"),
                "dcat:endpointDescription", map("@id", base + "/q/openapi"),
                "dcat:servesDataset", map("@id", datasetId),
                "dct:publisher", publisher,
                "dcat:contactPoint", contact,
                "dct:license", map("@id", licence),
                "dct:accessRights", map("@id", "http://publications.europa.eu/resource/authority/access-right/PUBLIC"));
        return map(
                "@context", map("dcat", "http://www.w3.org/ns/dcat#", "dct", "http://purl.org/dc/terms/", "foaf", "http://xmlns.com/foaf/0.1/",
                        "vcard", "http://www.w3.org/2006/vcard/ns#", "spdx", "http://spdx.org/rdf/terms#", "owl", "http://www.w3.org/2002/07/owl#",
                        "xsd", "http://www.w3.org/2001/XMLSchema#"),
                "@id", home + "/catalog",
                "@type", "dcat:Catalog",
                "dct:title", "Open Drug Policy data catalogue",
                "dct:description", "The open datasets of Open Drug Policy, and the API that serves them.",
                "dct:publisher", publisher,
                "dct:license", map("@id", licence),
                "dct:issued", map("@value", issued, "@type", "xsd:date"),
                "dct:modified", map("@value", modified, "@type", "xsd:dateTime"),
                "dcat:dataset", List.of(set),
                "dcat:service", List.of(service));
    }

    /** The date of the release that first published a table's rows (xsd:date), and the instant of the last that changed one (xsd:dateTime). */
    private record TableDates(String issued, String modified) {}

    /** Each table with a history, from the record history: the releases of its first and of its last record change. */
    private static Map<String, TableDates> tableDates() {
        Map<String, TableDates> dates = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Session.getEntityManager().createNativeQuery("select c.table_name, min(r.released_on), max(r.released_on) "
                + "from record_changes c join releases r on r.version = c.release group by c.table_name").getResultList();
        for (Object[] row : rows) {
            dates.put((String) row[0], new TableDates(row[1].toString(), row[2] + "T00:00:00Z"));
        }
        return dates;
    }

    /** An ordered map from alternating keys and values, so the document reads in a stable order. */
    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
