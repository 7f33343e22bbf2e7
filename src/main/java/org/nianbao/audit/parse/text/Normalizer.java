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
        StringBuilder out = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (isSpace(c) || isQuote(c)) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
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

    /** True for any white space or invisible separator, including NBSP, EN SPACE, U+3000, U+200B, BOM. */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\u2060' || c == '\ufeff';
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'' || c == '\u201c' || c == '\u201d' || c == '\u2018' || c == '\u2019'
                || c == '\u300c' || c == '\u300d' || c == '\u300e' || c == '\u300f';
    }

    private static String nfkc(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        return java.text.Normalizer.isNormalized(s, Form.NFKC) ? s : java.text.Normalizer.normalize(s, Form.NFKC);
    }
}
