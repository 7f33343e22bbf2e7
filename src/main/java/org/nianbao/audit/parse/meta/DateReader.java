package org.nianbao.audit.parse.meta;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Reads dates from compact text: "2023年1月1日", "2023-01-20", "2023/01/20", "2023.01.20". Linear,
 * no regex. A date-shaped span with an impossible day is read with a null date.
 */
final class DateReader {
    /** A date-shaped span [start, end) of compact text; {@code date} null when it is not a real day. */
    record Span(LocalDate date, int start, int end) {
    }

    private DateReader() {
    }

    /** The first date-shaped span at or after {@code from}, or null. */
    static Span find(String c, int from) {
        for (int i = from; i + 4 <= c.length(); i++) {
            if (isDigit(c, i) && (i == 0 || !isDigit(c, i - 1))) {
                Span span = at(c, i);
                if (span != null) {
                    return span;
                }
            }
        }
        return null;
    }

    /** A date starting exactly at {@code i}, or null. */
    static Span at(String c, int i) {
        int y = digits(c, i);
        if (y - i != 4) {
            return null;
        }
        char sep = y < c.length() ? c.charAt(y) : 0;
        boolean chinese = sep == '年';
        if (!chinese && sep != '-' && sep != '/' && sep != '.') {
            return null;
        }
        int m = digits(c, y + 1);
        if (m == y + 1 || m - y - 1 > 2 || m >= c.length()) {
            return null;
        }
        char sep2 = c.charAt(m);
        if (chinese ? sep2 != '月' : sep2 != sep) {
            return null;
        }
        int d = digits(c, m + 1);
        if (d == m + 1 || d - m - 1 > 2) {
            return null;
        }
        int end = d;
        if (chinese) {
            if (d >= c.length() || (c.charAt(d) != '日' && c.charAt(d) != '号')) {
                return null;
            }
            end = d + 1;
        } else if (d < c.length() && isDigit(c, d)) {
            return null;
        }
        return new Span(date(c.substring(i, y), c.substring(y + 1, m), c.substring(m + 1, d)), i, end);
    }

    private static LocalDate date(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static int digits(String c, int from) {
        int i = from;
        while (i < c.length() && isDigit(c, i)) {
            i++;
        }
        return i;
    }

    private static boolean isDigit(String c, int i) {
        char ch = c.charAt(i);
        return ch >= '0' && ch <= '9';
    }
}
