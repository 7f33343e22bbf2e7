package org.nianbao.audit.parse.text;

/**
 * Reads numbers written in Chinese numerals (三, 十二, 一百零五, 两千零三十, 一万二千) or ASCII digits.
 * Linear scan, no regex.
 */
public final class ChineseNumerals {
    private ChineseNumerals() {
    }

    /** True for a character that can be part of a Chinese numeral. */
    public static boolean isNumeral(char c) {
        return digit(c) >= 0 || unit(c) > 0;
    }

    /** The value of one digit character 零〇一二两三四五六七八九, -1 otherwise. */
    public static int digit(char c) {
        switch (c) {
            case '零': case '〇': return 0;
            case '一': return 1;
            case '二': case '两': return 2;
            case '三': return 3;
            case '四': return 4;
            case '五': return 5;
            case '六': return 6;
            case '七': return 7;
            case '八': return 8;
            case '九': return 9;
            default: return -1;
        }
    }

    private static int unit(char c) {
        switch (c) {
            case '十': return 10;
            case '百': return 100;
            case '千': return 1000;
            case '万': return 10000;
            default: return 0;
        }
    }

    /**
     * Value of a whole Chinese numeral string, or -1 when it is not one (or is absurdly large).
     * "十" = 10, "十二" = 12, "二十" = 20, "一百零五" = 105, "三〇" = 30 (digit by digit).
     */
    public static long value(CharSequence s) {
        if (s.length() == 0 || s.length() > 12) {
            return -1;
        }
        boolean hasUnit = false;
        for (int i = 0; i < s.length(); i++) {
            if (!isNumeral(s.charAt(i))) {
                return -1;
            }
            hasUnit |= unit(s.charAt(i)) > 0;
        }
        if (!hasUnit) {
            long v = 0;
            for (int i = 0; i < s.length(); i++) {
                v = v * 10 + digit(s.charAt(i));
            }
            return v;
        }
        long total = 0;
        long section = 0;
        long pending = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                pending = d;
                continue;
            }
            int u = unit(c);
            if (u == 10000) {
                section += Math.max(pending, 0);
                total += (section == 0 ? 1 : section) * 10000;
                section = 0;
            } else {
                section += (pending < 0 ? 1 : pending) * u;
            }
            pending = -1;
        }
        return total + section + Math.max(pending, 0);
    }
}
