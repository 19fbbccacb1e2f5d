package org.opendrugpolicy.api;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.opendrugpolicy.dataset.DatasetLoader;
import org.opendrugpolicy.dataset.RecordHistory;

/**
 * The {@code updatedSince} query parameter of every list (as a {@code @BeanParam}): only the records whose
 * last change is in a release that came out strictly after the given instant or release. The change feed's
 * {@code since} reads the same forms ({@link #instant(ParameterErrors, String, String, RecordHistory)}).
 */
public class UpdatedSince {
    @QueryParam("updatedSince")
    @Parameter(description = "Only records created or changed in a release that came out strictly after this instant or release: a release "
            + "version (2026.11.23: what came after the release you hold; 400 for a version no release has), an ISO 8601 date "
            + "(2026-11-23, read as 2026-11-23T00:00:00Z) or an RFC 3339 date-time with an offset (2026-11-23T00:00:00Z, "
            + "2026-11-23T09:30:00+01:00, its + encoded as %2B). A release's instant is its date at 00:00:00Z, so passing back the "
            + "largest updatedAt you hold returns only what later releases changed. Deleted records are listed by /api/v1/changes."
            + RequestNormalization.DOCS,
            example = "2026-11-23T00:00:00Z")
    String updatedSince;

    /** The instant, or null when absent; a malformed value or an unknown release is added to the request's errors. */
    public Instant instant(ParameterErrors errors) {
        if (updatedSince == null) {
            return null; // most lists: no container lookup on their path
        }
        // a @BeanParam is no CDI bean: the releases come from the loader, as the release being served holds them
        return instant(errors, "updatedSince", updatedSince, CDI.current().select(DatasetLoader.class).get().history());
    }

    /** The forms {@link #instant(ParameterErrors, String, String, RecordHistory)} reads, as a problem names them. */
    public static final String FORMS = "a release version (2026.11.23), an ISO 8601 date (2026-11-23) or an RFC 3339 date-time with an offset "
            + "(2026-11-23T00:00:00Z)";
    private static final Pattern VERSION = Pattern.compile("[0-9]{4}\\.[0-9]{2}\\.[0-9]{2}");
    private static final Pattern SPACE_FOR_PLUS = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+ \\d{2}:\\d{2}");

    /**
     * A release's instant (its date at 00:00:00Z), the start of an ISO 8601 date (UTC), or an RFC 3339 date-time with
     * offset; null when absent. A malformed value, or a version no release has, is added to the errors under this name.
     *
     * @param history the releases served (null for a dataset without a history: no version is known)
     */
    public static Instant instant(ParameterErrors errors, String name, String raw, RecordHistory history) {
        if (raw == null) {
            return null;
        }
        String value = raw.strip();
        if (VERSION.matcher(value).matches()) {
            List<RecordHistory.Release> releases = history == null ? List.of() : history.releases();
            for (RecordHistory.Release release : releases) {
                if (release.version().equals(value)) {
                    return release.instant();
                }
            }
            errors.add(name, "no release has the version '" + Text.quote(raw) + "'; see /api/v1/releases" + later(value, releases));
            return null;
        }
        Instant instant = parse(value);
        if (instant == null) {
            errors.add(name, "must be " + FORMS + ", got '" + Text.quote(raw) + "'"
                    + (SPACE_FOR_PLUS.matcher(raw).matches() ? "; a + in a query string is read as a space: encode the offset's + as %2B" : ""));
        }
        return instant;
    }

    /**
     * Said of a version later than every release held: while replicas of a new release roll out, a harvester may hold
     * a release that the replica it reaches does not have yet (versions are dates, so they sort as text).
     */
    private static String later(String version, List<RecordHistory.Release> releases) {
        String latest = releases.stream().map(RecordHistory.Release::version).max(String::compareTo).orElse(null);
        return latest != null && version.compareTo(latest) > 0 ? ". This service serves releases up to " + latest
                + ": a later one may be rolling out to other replicas of the service, so ask again later" : "";
    }

    /** An ISO 8601 date (its start, UTC) or an RFC 3339 date-time with offset; null when the text is neither. */
    public static Instant parse(String raw) {
        String value = raw.strip();
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
