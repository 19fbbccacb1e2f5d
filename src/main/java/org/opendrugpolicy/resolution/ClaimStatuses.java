package org.opendrugpolicy.resolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.opendrugpolicy.api.ParameterErrors;
import org.opendrugpolicy.api.Text;

/**
 * Which sponsorship claims count, the one rule of every operation that counts or selects by sponsorship (the sponsors,
 * resolutions by sponsor and their groups, the co-sponsorship network, a country's activity, a resolution's sponsors).
 *
 * <p>A claim is confirmed (a source other than the seeds states it), unconfirmed (only a seed says so) or contradicted
 * (other sources say the country did not sponsor it). By default contradicted claims are left out and the other two
 * count; {@value #PARAMETER} chooses others, comma-separated or repeated ({@code claimStatus=confirmed,contradicted},
 * {@code claimStatus=confirmed&claimStatus=contradicted}). A resolution's own record still lists every claim on it,
 * each with its status.
 */
public final class ClaimStatuses {
    public static final String PARAMETER = "claimStatus";
    public static final List<String> ALL = List.of("confirmed", "unconfirmed", "contradicted");
    public static final List<String> DEFAULT = List.of("confirmed", "unconfirmed");
    /** The parameter's description, the same on every operation that takes it. */
    public static final String DESCRIPTION = "Which sponsorship claims count: confirmed, unconfirmed, contradicted, comma-separated or the "
            + "parameter repeated. Default confirmed,unconfirmed: contradicted claims (a source says the country did not sponsor it) are "
            + "left out unless asked for, the same on every operation that counts or selects by sponsorship.";

    private ClaimStatuses() {}

    /** The statuses asked for (each value may hold several, comma-separated), in canonical order; the default when absent. */
    public static List<String> parse(ParameterErrors errors, List<String> raw) {
        if (raw == null || raw.isEmpty()) {
            return DEFAULT;
        }
        List<String> chosen = new ArrayList<>();
        for (String value : raw) {
            List<String> items = errors.list(PARAMETER, value, ALL.size() * 4);
            if (items == null) {
                return DEFAULT;
            }
            for (String item : items) {
                String status = item.toLowerCase(Locale.ROOT);
                if (!ALL.contains(status)) {
                    errors.add(PARAMETER, "must be one or more of " + String.join(", ", ALL) + ", comma-separated or repeated, got '" + Text.quote(item) + "'");
                    return DEFAULT;
                }
                if (!chosen.contains(status)) {
                    chosen.add(status);
                }
            }
        }
        return ALL.stream().filter(chosen::contains).toList();
    }

    /** The statuses as an SQL/HQL list of literals, for a join or subquery condition: safe, since each is one of {@link #ALL}. */
    public static String literals(List<String> statuses) {
        if (!ALL.containsAll(statuses) || statuses.isEmpty()) {
            throw new IllegalArgumentException("not claim statuses: " + statuses);
        }
        return statuses.stream().map(s -> "'" + s + "'").collect(Collectors.joining(", ", "(", ")"));
    }
}
