package org.nianbao.audit.parse.meta;

import java.util.Optional;

/** Four-digit years (1990–2099) standing alone in text: "2023年", "2023 年度", "2022我局" (year without 年). */
final class YearReader {
    /** A year and where its digits are. */
    record YearAt(int year, int start, int end) {
    }

    private YearReader() {
    }

    /** The first stand-alone four-digit year in {@code s}; digits may be full-width. */
    static Optional<YearAt> firstYear(String s) {
        int i = 0;
        while (i < s.length()) {
            if (!Character.isDigit(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < s.length() && Character.isDigit(s.charAt(i))) {
                i++;
            }
            if (i - start == 4) {
                int year = 0;
                for (int k = start; k < i; k++) {
                    year = year * 10 + Character.digit(s.charAt(k), 10);
                }
                if (year >= 1990 && year <= 2099) {
                    return Optional.of(new YearAt(year, start, i));
                }
            }
        }
        return Optional.empty();
    }
}
