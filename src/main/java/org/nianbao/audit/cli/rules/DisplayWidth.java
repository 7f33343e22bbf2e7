package org.nianbao.audit.cli.rules;

/**
 * Terminal columns a text takes: Chinese characters and full-width forms take two, so a caret under a
 * line with Chinese, or a table column of Chinese titles, still lines up.
 */
final class DisplayWidth {
    private DisplayWidth() {
    }

    static int of(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += of(cp);
            i += Character.charCount(cp);
        }
        return width;
    }

    static int of(int cp) {
        return wide(cp) ? 2 : 1;
    }

    /** East Asian Wide and Full-width blocks that occur in reports and rules. */
    static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    /** {@code text} padded with spaces to {@code width} columns. */
    static String pad(String text, int width) {
        int missing = width - of(text);
        return missing > 0 ? text + " ".repeat(missing) : text;
    }
}
