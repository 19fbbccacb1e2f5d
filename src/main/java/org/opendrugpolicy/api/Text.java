package org.opendrugpolicy.api;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text helpers shared by every collection. */
public final class Text {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("[\u2018\u2019\u02BC`\u00B4]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Text() {}

    /**
     * Folds text for searching: no accents, lower case, one kind of apostrophe, single spaces.
     * "Côte d’Ivoire" and "cote d'ivoire" fold to the same string.
     */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String plain = MARKS.matcher(decomposed).replaceAll("");
        plain = APOSTROPHES.matcher(plain).replaceAll("'");
        return SPACES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** Folds several fields into one searchable string. */
    public static String foldAll(Iterable<String> parts) {
        StringBuilder all = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                all.append(fold(part)).append(" | ");
            }
        }
        return all.toString();
    }

    /** Makes client input safe to quote in an error message: bounded length, control characters shown as '?'. */
    public static String quote(String raw) {
        return quote(raw, 60);
    }

    /** Like {@link #quote(String)}, with a given length limit. */
    public static String quote(String raw, int maxLength) {
        String shown = raw.length() > maxLength ? raw.substring(0, maxLength) + "…" : raw;
        return shown.replaceAll("[\\p{Cc}\\p{Cf}<>\"]", "?");
    }

    /** The first 128 bits of the SHA-256 of the bytes, in hex: what the ETags of answers are made of. */
    public static String digest(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
