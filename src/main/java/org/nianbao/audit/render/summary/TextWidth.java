package org.nianbao.audit.render.summary;

/** Column widths for the workbook, in Excel's units (one Latin character; a CJK character takes two). */
final class TextWidth {
    static final double MIN = 6;

    private TextWidth() {
    }

    /** The display width of the longest line of {@code text}. */
    static int of(String text) {
        if (text == null) {
            return 0;
        }
        int widest = 0;
        int current = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                widest = Math.max(widest, current);
                current = 0;
            } else {
                current += wide(cp) ? 2 : 1;
            }
        }
        return Math.max(widest, current);
    }

    /** The width a column needs for {@code widest}, kept between {@link #MIN} and {@code max} (then it wraps). */
    static double fit(int widest, double max) {
        return Math.max(MIN, Math.min(max, widest + 2));
    }

    private static boolean wide(int cp) {
        Character.UnicodeBlock b = Character.UnicodeBlock.of(cp);
        return b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A
                || b == Character.UnicodeBlock.GENERAL_PUNCTUATION && (cp == 0x201C || cp == 0x201D);
    }
}
