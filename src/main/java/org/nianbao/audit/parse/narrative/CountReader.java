package org.nianbao.audit.parse.narrative;

import org.nianbao.audit.parse.text.ChineseNumerals;

/**
 * Reads a count at a position of compact text: digits or Chinese numerals (三, 十二, 一百零五, 两)
 * directly followed by a measure word. Linear, no regex.
 */
final class CountReader {
    /** A number and the index just after its measure word. */
    record Count(long value, int end) {
    }

    static final String PIECES = "件份起条";
    static final String YUAN = "元";

    private CountReader() {
    }

    /** A count starting exactly at {@code i} and ending in one of {@code units}, or null. */
    static Count at(String c, int i, String units) {
        if (i > 0 && (isAsciiDigit(c.charAt(i - 1)) || ChineseNumerals.isNumeral(c.charAt(i - 1)))) {
            return null;
        }
        int j = i;
        if (j < c.length() && isAsciiDigit(c.charAt(j))) {
            while (j < c.length() && j - i < 12 && isAsciiDigit(c.charAt(j))) {
                j++;
            }
            if (j < c.length() && c.charAt(j) == '.') {
                return null;
            }
            return unit(c, j, units) ? new Count(Long.parseLong(c.substring(i, j)), j + 1) : null;
        }
        while (j < c.length() && j - i < 12 && ChineseNumerals.isNumeral(c.charAt(j))) {
            j++;
        }
        if (j == i || !unit(c, j, units)) {
            return null;
        }
        long v = ChineseNumerals.value(c.substring(i, j));
        return v < 0 ? null : new Count(v, j + 1);
    }

    private static boolean unit(String c, int j, String units) {
        return j < c.length() && units.indexOf(c.charAt(j)) >= 0;
    }

    private static boolean isAsciiDigit(char ch) {
        return ch >= '0' && ch <= '9';
    }
}
