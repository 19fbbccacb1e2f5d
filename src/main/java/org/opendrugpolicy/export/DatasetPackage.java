package org.opendrugpolicy.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.opendrugpolicy.dataset.DataPackage;
import org.opendrugpolicy.dataset.DatasetFiles;

/**
 * The whole release as one zip: every table as CSV, its datapackage.json completed with each resource's
 * bytes and sha256 hash (Frictionless Data Package), the data README and the licence. The same release
 * always gives the same bytes: entries carry the release date, not the time of the download.
 */
final class DatasetPackage {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DatasetPackage() {}

    /** Renders the zip, once per release, when it is loaded; {@code digests} gives each table file's size and hash. */
    static void render(DatasetFiles files, DataPackage pkg, Map<String, ExportCatalog.Digest> digests, Instant released, OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (DataPackage.Resource table : pkg.resources()) {
                entry(zip, table.path(), released);
                TableWriter.render(files, table, ExportFormat.CSV, zip);
                zip.closeEntry();
            }
            entry(zip, "datapackage.json", released);
            zip.write(descriptor(files, digests));
            zip.closeEntry();
            entry(zip, "README.md", released);
            try (var readme = files.open("README.md")) {
                readme.transferTo(zip);
            } catch (java.nio.file.NoSuchFileException e) {
                zip.write(("# " + pkg.title() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            zip.closeEntry();
            entry(zip, "LICENSE.txt", released);
            zip.write(licence(pkg).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    /** datapackage.json as published, with bytes and hash added to every resource. */
    static byte[] descriptor(DatasetFiles files, Map<String, ExportCatalog.Digest> digests) throws IOException {
        ObjectNode descriptor = (ObjectNode) JSON.readTree(files.read("datapackage.json"));
        for (var resource : (ArrayNode) descriptor.get("resources")) {
            ExportCatalog.Digest digest = digests.get(resource.get("name").asText());
            ((ObjectNode) resource).put("bytes", digest.bytes()).put("hash", "sha256:" + digest.sha256());
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(descriptor);
    }

    private static void entry(ZipOutputStream zip, String name, Instant released) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        FileTime time = FileTime.from(released);
        entry.setLastModifiedTime(time);
        entry.setCreationTime(time);
        entry.setLastAccessTime(time);
        zip.putNextEntry(entry);
    }

    private static String licence(DataPackage pkg) {
        StringBuilder text = new StringBuilder(pkg.title() + ", release " + pkg.version() + "\n\n");
        for (DataPackage.License licence : pkg.licenses()) {
            text.append("Licensed under ").append(licence.title()).append(" (").append(licence.name()).append("): ").append(licence.path()).append('\n');
        }
        text.append("\nCredit \"Open Drug Policy\" when you reuse the data. Each row names its sources in source_ids (see sources.csv).\n");
        return text.toString();
    }
}
