package org.opendrugpolicy.api;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.opendrugpolicy.dataset.DatasetLoader;

/**
 * Issues and checks the opaque {@code cursor} tokens of list responses. A token carries the position of the
 * next record, a fingerprint of the query it belongs to (path, filters and sort) and the dataset release,
 * signed with HMAC-SHA256 so that a client cannot forge or alter it.
 *
 * <p>The position is an offset, not a keyset: the dataset is immutable while the service runs (a release
 * means a restart, which the release check catches), so an offset walk cannot skip or repeat records.
 */
@ApplicationScoped
@Unremovable // looked up by Lists, which is static
class Cursors {
    /** Parameters that do not change which records a walk returns, or in what order. */
    private static final Set<String> PRESENTATION = Set.of("page", "size", "cursor", "fields", "include");
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final String FORMAT = "c1";
    private static final String START_AGAIN = "Start a new walk with cursor= (empty)";

    private final CursorConfig config;
    private final DatasetLoader dataset;
    private volatile SecretKeySpec key;

    Cursors(CursorConfig config, DatasetLoader dataset) {
        this.config = config;
        this.dataset = dataset;
    }

    /**
     * odp.cursor.secret when set; otherwise the key stored with the release by the replica that loaded it, so that
     * every replica serving the release accepts the others' cursors (a random key only before the release is loaded).
     */
    private SecretKeySpec key() {
        SecretKeySpec current = key;
        if (current == null) {
            byte[] secret = config.secret().or(() -> Optional.ofNullable(dataset.cursorSecret()))
                    .map(s -> s.getBytes(StandardCharsets.UTF_8)).orElseGet(() -> {
                        byte[] random = new byte[32];
                        new SecureRandom().nextBytes(random);
                        return random;
                    });
            current = new SecretKeySpec(secret, "HmacSHA256");
            if (dataset.isLoaded()) {
                key = current;
            }
        }
        return current;
    }

    /** A token for the walk of this request's query that continues at {@code offset}. */
    String issue(UriInfo uri, int offset) {
        String payload = String.join("|", FORMAT, fingerprint(uri), dataset.version().tag(), Integer.toString(offset));
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(sign(bytes));
    }

    /** The offset a token continues at (0 for the empty token that starts a walk), or a 400 problem naming cursor. */
    int offset(String token, UriInfo uri) {
        if (token.isEmpty()) {
            return 0;
        }
        String[] payload = payload(token);
        if (payload == null) {
            throw invalid("is not a cursor this service issued, or has been modified. " + START_AGAIN);
        }
        // Checked before the signature, which a cursor of another release or of a process since restarted does not pass:
        // the client learns that its walk must start again, not that it sent something forged.
        if (!payload[2].equals(dataset.version().tag())) {
            throw invalid("was issued for dataset release " + Text.quote(payload[2]) + ", and this service now serves " + dataset.version().tag()
                    + ". " + START_AGAIN);
        }
        if (!signed(token)) {
            throw invalid("was not signed with the key this service holds now: the service has restarted since it was issued "
                    + "(without odp.cursor.secret, in-memory releases make a new key at every start), or the cursor was modified. " + START_AGAIN);
        }
        if (!payload[1].equals(fingerprint(uri))) {
            throw invalid("belongs to another query (another collection, filter or sort); a cursor only continues the query that issued it. "
                    + START_AGAIN);
        }
        return Integer.parseInt(payload[3]);
    }

    /** The fields of a token of this service's form (format, query, release, offset), signed or not; null for anything else. */
    private static String[] payload(String token) {
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return null;
        }
        try {
            String[] payload = new String(DECODER.decode(token.substring(0, dot)), StandardCharsets.UTF_8).split("\\|", -1);
            return payload.length == 4 && FORMAT.equals(payload[0]) && payload[3].matches("[0-9]{1,9}") ? payload : null;
        } catch (IllegalArgumentException e) {
            return null; // not base64url
        }
    }

    /** Whether the token's signature is this service's, over its payload. */
    private boolean signed(String token) {
        int dot = token.indexOf('.');
        try {
            return MessageDigest.isEqual(DECODER.decode(token.substring(dot + 1)), sign(DECODER.decode(token.substring(0, dot))));
        } catch (IllegalArgumentException e) {
            return false; // not base64url
        }
    }

    private byte[] sign(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** The path and the query parameters that select and order the records, in a canonical order. */
    private static String fingerprint(UriInfo uri) {
        var selecting = new TreeMap<String, java.util.List<String>>();
        uri.getQueryParameters().forEach((name, values) -> {
            if (!PRESENTATION.contains(name)) {
                selecting.put(name, values);
            }
        });
        String query = uri.getPath() + "?" + selecting;
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(query.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static ProblemException invalid(String reason) {
        return ProblemException.invalidParameter("cursor", reason);
    }
}
