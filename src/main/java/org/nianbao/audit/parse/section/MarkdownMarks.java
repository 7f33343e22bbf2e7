package org.nianbao.audit.parse.section;

/**
 * Markdown decoration around a heading in a compact line ("##一、总体情况", "**（一）主动公开**"):
 * the span [start, end) that is left for numbering and title.
 */
record MarkdownMarks(int start, int end) {
    private static final String LEADING = "#*>";
    private static final String TRAILING = "*#";

    static MarkdownMarks of(String c) {
        int start = 0;
        while (start < c.length() && LEADING.indexOf(c.charAt(start)) >= 0) {
            start++;
        }
        int end = c.length();
        while (end > start && TRAILING.indexOf(c.charAt(end - 1)) >= 0) {
            end--;
        }
        return new MarkdownMarks(start, end);
    }

    String inner(String c) {
        return c.substring(start, end);
    }
}
