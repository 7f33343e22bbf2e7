package org.nianbao.audit.ingest.html;

import java.util.List;

/**
 * White space as a browser renders Chinese text: runs collapse to one space, a source line break between two
 * Chinese characters disappears (CSS Text 3 segment-break rule: Word exports wrap "本年新\n收" in the
 * middle of words), NBSP indents are no indent at all, zero-width characters are nothing.
 */
final class HtmlText {
    private HtmlText() {
    }

    /** The text as rendered on one line, stripped at both ends (ideographic spaces included). */
    static String collapse(CharSequence raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        int i = 0;
        int n = raw.length();
        while (i < n) {
            char c = raw.charAt(i);
            if (isInvisible(c)) {
                i++;
                continue;
            }
            if (!isCollapsible(c)) {
                sb.append(c);
                i++;
                continue;
            }
            boolean lineBreak = false;
            int j = i;
            while (j < n && (isCollapsible(raw.charAt(j)) || isInvisible(raw.charAt(j)))) {
                lineBreak |= raw.charAt(j) == '\n' || raw.charAt(j) == '\r';
                j++;
            }
            boolean wideBefore = sb.length() > 0 && isWide(sb.charAt(sb.length() - 1));
            boolean wideAfter = j < n && isWide(raw.charAt(j));
            if (sb.length() > 0 && j < n && !(lineBreak && wideBefore && wideAfter)) {
                sb.append(' ');
            }
            i = j;
        }
        return strip(sb);
    }

    /**
     * Lines of one cell or heading joined into one label: "商业" + "企业" and the one-character-per-line
     * vertical header "自" "然" "人" join without a gap; Latin words and numbers keep a space between them.
     */
    static String joinLines(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            if (sb.length() > 0 && !isWide(sb.charAt(sb.length() - 1)) && !isWide(line.charAt(0))) {
                sb.append(' ');
            }
            sb.append(line);
        }
        return sb.toString();
    }

    /** Chinese characters, CJK punctuation and full-width forms: scripts written without spaces. */
    static boolean isWide(char c) {
        return (c >= '\u2e80' && c <= '\u9fff') || (c >= '\uf900' && c <= '\ufaff') || (c >= '\uff00' && c <= '\uffef')
                || (c >= '\u3000' && c <= '\u303f') || c == '\u201c' || c == '\u201d' || c == '\u2018' || c == '\u2019'
                || c == '\u2014' || c == '\u2026';
    }

    /** Spaces a browser collapses; NBSP included because agencies' pages use it only as an indent or a gap. */
    private static boolean isCollapsible(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00a0';
    }

    private static boolean isInvisible(char c) {
        return c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\ufeff' || c == '\u00ad' || c == '\u2060';
    }

    static String strip(CharSequence s) {
        int b = 0;
        int e = s.length();
        while (b < e && isBlankChar(s.charAt(b))) {
            b++;
        }
        while (e > b && isBlankChar(s.charAt(e - 1))) {
            e--;
        }
        return s.subSequence(b, e).toString();
    }

    private static boolean isBlankChar(char c) {
        return isCollapsible(c) || c == '\u3000' || isInvisible(c) || Character.isWhitespace(c);
    }

    /** Characters other than white space: how much a reader sees. */
    static int visibleLength(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!isBlankChar(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
