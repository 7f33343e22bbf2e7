package org.nianbao.audit.render;

/**
 * Makes report text inert in Markdown: characters Markdown or embedded HTML give meaning to are
 * backslash-escaped or turned into entities, and line breaks become spaces so a value cannot open a new
 * block (heading, list, table row). Linear, one pass.
 */
public final class MarkdownEscaper {
    private static final String BACKSLASHED = "\\`*_{}[]()#+-.!|~=";

    private MarkdownEscaper() {
    }

    public static String escape(String raw) {
        StringBuilder sb = new StringBuilder(raw.length() + 16);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '\r', '\n', '\t' -> sb.append(' ');
                default -> {
                    if (BACKSLASHED.indexOf(c) >= 0) {
                        sb.append('\\');
                    }
                    if (!Character.isISOControl(c)) {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
