package org.nianbao.audit.parse.text;

import java.text.Normalizer.Form;

/**
 * The matching view of text: NFKC (full-width → half-width, （一）→(一), ﹝﹞→〔〕, １．→1.), every kind of
 * white space unified (NBSP, EN SPACE, ideographic space, zero-width), quotes dropped. Only for
 * matching: evidence always quotes the original text.
 */
public final class Normalizer {
    private Normalizer() {
    }

    /** NFKC with all white space and quotes removed: "结果 维持" → "结果维持", "（一） 予以公开" → "(一)予以公开". */
    public static String compact(String s) {
        String n = nfkc(s);
        StringBuilder out = null;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            boolean drop = isSpace(c) || isQuote(c);
            if (drop && out == null) {
                out = new StringBuilder(n.length()).append(n, 0, i);
            } else if (!drop && out != null) {
                out.append(c);
            }
        }
        return out == null ? n : out.toString();
    }

    /** NFKC with runs of white space collapsed to one ASCII space and the ends trimmed; quotes kept. */
    public static String collapse(String s) {
        String n = nfkc(s);
        StringBuilder out = new StringBuilder(n.length());
        boolean pendingSpace = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (isSpace(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** {@link #compactChar}: compacting drops the character. */
    public static final int DROPPED = -1;
    /** {@link #compactChar}: only the full normaliser can tell (the character may map to several). */
    public static final int NOT_SIMPLE = -2;

    /**
     * The compact form of one character when it is the common case of at most one character out: the
     * character itself or its half-width form, {@link #DROPPED} for white space and quotes, else
     * {@link #NOT_SIMPLE}. Agrees with {@link #compact} on the one-character string.
     */
    public static int compactChar(char c) {
        char m;
        if (isNfkcStable(c)) {
            m = c;
        } else if (c >= 0xff01 && c <= 0xff5e) {
            m = (char) (c - 0xfee0);
        } else if (c == 0x3000) {
            m = ' ';
        } else {
            return NOT_SIMPLE;
        }
        return isSpace(m) || isQuote(m) ? DROPPED : m;
    }

    /** True for any white space or invisible separator, including NBSP, EN SPACE, U+3000, U+200B, BOM. */
    public static boolean isSpace(char c) {
        // fast paths for ASCII and CJK ideographs: the JDK's character tables are the hot spot of tokenising
        if (c < 0x80) {
            return c == ' ' || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
        }
        if (c >= 0x4e00 && c <= 0x9fff) {
            return false;
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\u2060' || c == '\ufeff';
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'' || c == '\u201c' || c == '\u201d' || c == '\u2018' || c == '\u2019'
                || c == '\u300c' || c == '\u300d' || c == '\u300e' || c == '\u300f';
    }

    /**
     * NFKC. Government reports are almost all ASCII, CJK ideographs, common punctuation and full-width
     * ASCII forms; those are mapped here in one pass (full-width U+FF01–FF5E → ASCII, U+3000 → space, the
     * rest unchanged, exactly as NFKC does). Anything else goes through the JDK normaliser, whose cost
     * otherwise dominates parsing.
     */
    private static String nfkc(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        StringBuilder mapped = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char m;
            if (isNfkcStable(c)) {
                m = c;
            } else if (c >= 0xff01 && c <= 0xff5e) {
                m = (char) (c - 0xfee0);
            } else if (c == 0x3000) {
                m = ' ';
            } else {
                return java.text.Normalizer.normalize(s, Form.NFKC);
            }
            if (m != c && mapped == null) {
                mapped = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (mapped != null) {
                mapped.append(m);
            }
        }
        return mapped == null ? s : mapped.toString();
    }

    private static boolean isNfkcStable(char c) {
        return (c < 0x80 && c != 0)
                || (c >= 0x4e00 && c <= 0x9fff)
                || c == 0x3001 || c == 0x3002
                || (c >= 0x3008 && c <= 0x3011)
                || c == 0x2014 || (c >= 0x2018 && c <= 0x201d)
                || c == '\t' || c == '\n';
    }
}
