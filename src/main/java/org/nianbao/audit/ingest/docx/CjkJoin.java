package org.nianbao.audit.ingest.docx;

import java.util.List;

/**
 * Joins pieces of text that a Word layout broke apart (paragraphs of one table cell, a manual line break):
 * Chinese has no spaces between words, so a vertical header typed one character per paragraph
 * ("三" "、" "本" "年" …) or "商业⏎企业" joins with nothing; two Latin or digit pieces keep a space, so the
 * numbers "12" and "3" on two lines of a cell do not become 123.
 */
final class CjkJoin {
    private CjkJoin() {
    }

    static String join(List<String> pieces) {
        StringBuilder sb = new StringBuilder();
        for (String piece : pieces) {
            append(sb, piece.strip());
        }
        return sb.toString();
    }

    /** The text with each line break ('\n') joined as {@link #join} would join the lines. */
    static String joinLines(String text) {
        if (text.indexOf('\n') < 0) {
            return text.strip();
        }
        StringBuilder sb = new StringBuilder();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                append(sb, text.substring(start, i).strip());
                start = i + 1;
            }
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, String piece) {
        if (piece.isEmpty()) {
            return;
        }
        if (sb.length() > 0 && !cjk(sb.charAt(sb.length() - 1)) && !cjk(piece.charAt(0))) {
            sb.append(' ');
        }
        sb.append(piece);
    }

    /** Han characters, CJK and full-width punctuation, and the curly quotes Chinese text uses. */
    static boolean cjk(char c) {
        if (c >= 0x3000 && c <= 0x303F || c >= 0xFF00 && c <= 0xFFEF || c >= 0x2018 && c <= 0x201F) {
            return true;
        }
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
