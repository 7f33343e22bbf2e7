package org.nianbao.audit.render;

/**
 * Makes report text inert in Markdown while keeping it readable when pasted as plain text into a 通报:
 * inline markup characters are backslash-escaped, HTML-significant ones become entities, line breaks
 * become spaces (a value cannot open a new block), and a leading block marker (#, -, +, =, >, "1.") is
 * escaped because some values start a line. Linear, one pass.
 */
public final class MarkdownEscaper {
    private static final String INLINE = "\\`*_[]|~";
    private static final String BLOCK_START = "#-+=>";

    private MarkdownEscaper() {
    }

    public static String escape(String raw) {
        StringBuilder sb = new StringBuilder(raw.length() + 16);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append(i == 0 ? "\\>" : "&gt;");
                case '&' -> sb.append("&amp;");
                case '\r', '\n', '\t' -> sb.append(' ');
                default -> {
                    if (INLINE.indexOf(c) >= 0 || (i == 0 && BLOCK_START.indexOf(c) >= 0)) {
                        sb.append('\\');
                    }
                    if (!Character.isISOControl(c)) {
                        sb.append(c);
                    }
                }
            }
        }
        escapeOrderedListMarker(sb);
        return sb.toString();
    }

    /** "1. text" or "1) text" at the start would become a numbered list. */
    private static void escapeOrderedListMarker(StringBuilder sb) {
        int i = 0;
        while (i < sb.length() && i < 10 && Character.isDigit(sb.charAt(i))) {
            i++;
        }
        if (i > 0 && i < sb.length() && (sb.charAt(i) == '.' || sb.charAt(i) == ')')) {
            sb.insert(i, '\\');
        }
    }
}
