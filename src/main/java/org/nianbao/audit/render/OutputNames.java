package org.nianbao.audit.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * Output file stems from agency + year, safe on every file system: no path separators, no "..", no
 * control or Windows-reserved characters or device names, no leading/trailing dot or space, bounded
 * length. The name only ever lands inside the output folder.
 */
public final class OutputNames {
    /** Code points, not bytes: 80 CJK characters stay well under the usual 255-byte limit. */
    public static final int MAX_STEM = 80;
    private static final String RESERVED = "<>:\"/\\|?*";
    private static final Set<String> DEVICES = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");
    /**
     * Stems of the batch files (index.html, rules.html, summary.*, run.json): a report named so (an input
     * file "index.txt" without a readable agency) would overwrite them.
     */
    private static final Set<String> BATCH_STEMS = Set.of("INDEX", "RULES", "SUMMARY", "RUN");

    private OutputNames() {
    }

    /**
     * The stem for a report: "AGENCY-YEAR" when the agency is known, else the input file's name without
     * its extension; "report" when nothing usable is left.
     */
    public static String stem(String agency, Integer year, String inputFileName) {
        String base;
        if (agency != null && !agency.isBlank()) {
            base = year == null ? agency : agency + "-" + year;
        } else {
            base = stripExtension(inputFileName == null ? "" : inputFileName);
        }
        String safe = sanitize(base);
        return safe.isEmpty() ? "report" : safe;
    }

    /** The stem with a short, stable hash of the source path: used when two reports share a stem. */
    public static String disambiguated(String stem, String source) {
        String suffix = "-" + shortHash(source);
        return truncate(stem, MAX_STEM - suffix.length()) + suffix;
    }

    /** Key under which two stems collide: case-insensitive file systems see "A" and "a" as one file. */
    public static String collisionKey(String stem) {
        return stem.toLowerCase(Locale.ROOT);
    }

    public static String shortHash(String source) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sanitize(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        raw.codePoints().forEach(cp -> {
            boolean bad = Character.isISOControl(cp) || RESERVED.indexOf(cp) >= 0
                    || Character.getType(cp) == Character.FORMAT || Character.isWhitespace(cp) || cp == 0x3000;
            sb.appendCodePoint(bad ? '_' : cp);
        });
        String s = collapse(sb.toString());
        s = truncate(s, MAX_STEM);
        s = trimDotsAndUnderscores(s);
        String upper = s.toUpperCase(Locale.ROOT);
        int dot = upper.indexOf('.');
        String head = dot < 0 ? upper : upper.substring(0, dot);
        if (DEVICES.contains(head) || BATCH_STEMS.contains(head)) {
            s = "_" + s;
        }
        return s;
    }

    /** Runs of '.' become one (so ".." cannot survive) and runs of '_' become one. */
    private static String collapse(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        char prev = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '.' || c == '_') && c == prev) {
                continue;
            }
            sb.append(c);
            prev = c;
        }
        return sb.toString();
    }

    private static String trimDotsAndUnderscores(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (s.charAt(start) == '.' || s.charAt(start) == '_' || s.charAt(start) == '-')) {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == '_')) {
            end--;
        }
        return s.substring(start, end);
    }

    private static String truncate(String s, int maxCodePoints) {
        if (s.codePointCount(0, s.length()) <= maxCodePoints) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, maxCodePoints));
    }

    private static String stripExtension(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        String file = name.substring(slash + 1);
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }
}
