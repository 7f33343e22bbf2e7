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
        if (s == null || s.isEmpty()) {
            return "";
        }
        // every line and cell of every report passes here: one pass, no copy when nothing changes
        char[] out = null;
        int k = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int m = compactChar(c);
            if (m == NOT_SIMPLE) {
                return compactSlowly(s);
            }
            if (m != c && out == null) {
                out = new char[s.length()];
                s.getChars(0, i, out, 0);
                k = i;
            }
            if (out != null && m != DROPPED) {
                out[k++] = (char) m;
            }
        }
        return out == null ? s : new String(out, 0, k);
    }

    /** {@link #compact} through the JDK normaliser: for text with characters that may map to several. */
    private static String compactSlowly(String s) {
        String n = java.text.Normalizer.normalize(s, Form.NFKC);
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
        if (c >= 0x4e00 && c <= 0x9fff) {
            return c; // most of a report: an ideograph is its own NFKC form and neither a space nor a quote
        }
        int m = nfkcChar(c);
        if (m == NOT_SIMPLE) {
            return NOT_SIMPLE;
        }
        return isSpace((char) m) || isQuote((char) m) ? DROPPED : m;
    }

    /**
     * NFKC of one character when it is one character that composes with nothing around it, else
     * {@link #NOT_SIMPLE}: the character itself for ASCII, CJK ideographs and common punctuation, the ASCII
     * form of a full-width one, a space for the typographic spaces (NBSP, EN SPACE …, U+3000), 〔〕 for ﹝﹞.
     */
    private static int nfkcChar(char c) {
        if (isNfkcStable(c)) {
            return c;
        }
        if (c >= 0xff01 && c <= 0xff5e) {
            return c - 0xfee0;
        }
        if (c == 0x3000 || c == 0x00a0 || (c >= 0x2000 && c <= 0x200a) || c == 0x202f || c == 0x205f) {
            return ' ';
        }
        if (c == 0xfe5d || c == 0xfe5e) {
            return c - 0xfe5d + 0x3014; // ﹝﹞ → 〔〕
        }
        return NOT_SIMPLE;
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
            int m = nfkcChar(c);
            if (m == NOT_SIMPLE) {
                return java.text.Normalizer.normalize(s, Form.NFKC);
            }
            if (m != c && mapped == null) {
                mapped = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (mapped != null) {
                mapped.append((char) m);
            }
        }
        return mapped == null ? s : mapped.toString();
    }

    private static boolean isNfkcStable(char c) {
        return (c < 0x80 && c != 0)
                || (c >= 0x4e00 && c <= 0x9fff)
                || c == 0x3001 || c == 0x3002
                || (c >= 0x3008 && c <= 0x3011) || (c >= 0x3014 && c <= 0x3017)
                || c == 0x2014 || (c >= 0x2018 && c <= 0x201d)
                || c == 0x00a5 || c == 0x00b7 || c == 0x00d7
                || c == '\t' || c == '\n';
    }
}
