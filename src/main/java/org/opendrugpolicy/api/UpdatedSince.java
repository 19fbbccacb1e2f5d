package org.opendrugpolicy.api;

import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code updatedSince} query parameter of every list (as a {@code @BeanParam}): only the records whose
 * last change is in a release that came out strictly after the given instant.
 */
public class UpdatedSince {
    @QueryParam("updatedSince")
    @Parameter(description = "Only records created or changed in a release that came out strictly after this instant: an ISO 8601 date "
            + "(2026-11-23, read as 2026-11-23T00:00:00Z) or an RFC 3339 date-time with an offset (2026-11-23T00:00:00Z, "
            + "2026-11-23T09:30:00+01:00). A release's instant is its date at 00:00:00Z, so passing back the largest updatedAt "
            + "you hold returns only what later releases changed. Deleted records are listed by /api/v1/changes." + RequestNormalization.DOCS,
            example = "2026-11-23T00:00:00Z")
    String updatedSince;

    /** The instant, or null when absent; a malformed value is added to the request's errors. */
    public Instant instant(ParameterErrors errors) {
        return instant(errors, "updatedSince", updatedSince);
    }

    /** The forms {@link #parse} reads, as a problem names them. */
    public static final String FORMS = "an ISO 8601 date (2026-11-23) or an RFC 3339 date-time with an offset (2026-11-23T00:00:00Z)";

    /** An ISO 8601 date (its start, UTC) or an RFC 3339 date-time with offset; null when absent. */
    public static Instant instant(ParameterErrors errors, String name, String raw) {
        if (raw == null) {
            return null;
        }
        Instant instant = parse(raw);
        if (instant == null) {
            errors.add(name, "must be " + FORMS + ", got '" + Text.quote(raw) + "'" + hint(raw));
        }
        return instant;
    }

    /** What a malformed value most likely meant, from the two mistakes clients make (new users' trials made both). */
    private static String hint(String raw) {
        if (raw.matches("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+ \\d{2}:\\d{2}")) {
            return "; a + in a query string is read as a space: encode the offset's + as %2B";
        }
        if (raw.matches("\\d{4}\\.\\d{2}\\.\\d{2}")) {
            return "; that is a release version: pass the updatedAt you hold (an instant), or ask /api/v1/changes?since=" + raw;
        }
        return "";
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
