package org.nianbao.audit.ingest.text;

import java.util.List;

/**
 * Finds an HTML table written into a text file, as PDF-to-Markdown converters write tables with merged cells:
 * from a line that opens {@code <table} to the line that closes it. A table that never closes within
 * {@link #MAX_LINES} lines is no table block; its lines stay text.
 */
final class HtmlTableLines {
    static final int MAX_LINES = 5_000;
    private static final int MAX_CHARS = 4 << 20;

    private HtmlTableLines() {
    }

    /** True for a line whose text starts with {@code <table}. */
    static boolean opens(String line) {
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return line.regionMatches(true, i, "<table", 0, 6);
    }

    /** The index of the line that closes the table opened at {@code from}, or -1. */
    static int closing(List<String> lines, int from) {
        long chars = 0;
        int depth = 0;
        for (int i = from; i < lines.size() && i < from + MAX_LINES && chars <= MAX_CHARS; i++) {
            String line = lines.get(i);
            chars += line.length();
            depth += count(line, "<table") - count(line, "</table");
            if (depth <= 0) {
                return i;
            }
        }
        return -1;
    }

    private static int count(String line, String tag) {
        int n = 0;
        for (int at = indexOfIgnoreCase(line, tag, 0); at >= 0; at = indexOfIgnoreCase(line, tag, at + tag.length())) {
            n++;
        }
        return n;
    }

    private static int indexOfIgnoreCase(String s, String tag, int from) {
        for (int i = from; i <= s.length() - tag.length(); i++) {
            if (s.charAt(i) == '<' && s.regionMatches(true, i, tag, 0, tag.length())) {
                return i;
            }
        }
        return -1;
    }
}
