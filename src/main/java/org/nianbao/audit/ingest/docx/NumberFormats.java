package org.nianbao.audit.ingest.docx;

import java.util.Locale;

/**
 * Renders a list counter the way Word prints it for a numbering format (OOXML {@code w:numFmt}; the binary
 * .doc format numbers the same formats in the same order). Chinese reports number their parts 一、二、,
 * their sub-heads （一）（二）, and items 1. 2. or ⑴ ①; the formats they use are all here.
 */
final class NumberFormats {
    private static final String DIGITS = "〇一二三四五六七八九";
    private static final String COUNTING = "零一二三四五六七八九";
    private static final String LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final String BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

    private NumberFormats() {
    }

    /** The counter {@code n} in format {@code fmt} (an OOXML ST_NumberFormat name); decimal for unknown formats. */
    static String format(String fmt, int n) {
        if (fmt == null) {
            return Integer.toString(n);
        }
        return switch (fmt) {
            case "none", "bullet" -> "";
            case "decimalZero" -> n < 10 ? "0" + n : Integer.toString(n);
            case "upperRoman" -> roman(n);
            case "lowerRoman" -> roman(n).toLowerCase(Locale.ROOT);
            case "upperLetter" -> letters(n, 'A');
            case "lowerLetter" -> letters(n, 'a');
            case "ordinal" -> n + ordinalSuffix(n);
            case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
                 "taiwaneseCountingThousand" -> chinese(n, COUNTING, "十百千", true);
            case "chineseLegalSimplified", "ideographLegalTraditional" -> chinese(n, LEGAL_DIGITS, "拾佰仟", false);
            case "ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand" -> digitByDigit(n);
            case "ideographTraditional" -> cyclic(STEMS, n);
            case "ideographZodiac" -> cyclic(BRANCHES, n);
            case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(n);
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" -> enclosed(n, 0x2460, 20);
            case "decimalEnclosedParen" -> enclosed(n, 0x2474, 20);
            case "decimalEnclosedFullstop" -> enclosed(n, 0x2488, 20);
            case "ideographEnclosedCircle" -> enclosed(n, 0x3280, 10);
            default -> Integer.toString(n);
        };
    }

    /**
     * 一 … 十 … 九十九, 一百零一: Word's Chinese counting. Below twenty "十" stands alone (十一, not 一十一);
     * the legal form (壹拾壹) always writes the leading digit.
     */
    static String chinese(int n, String digits, String units, boolean bareTen) {
        if (n <= 0 || n >= 10000) {
            return Integer.toString(n);
        }
        StringBuilder sb = new StringBuilder();
        int[] powers = {1000, 100, 10};
        boolean zeroPending = false;
        int rest = n;
        for (int i = 0; i < powers.length; i++) {
            int d = rest / powers[i];
            rest %= powers[i];
            if (d == 0) {
                zeroPending = sb.length() > 0;
                continue;
            }
            if (zeroPending) {
                sb.append(digits.charAt(0));
                zeroPending = false;
            }
            boolean omitOne = bareTen && powers[i] == 10 && d == 1 && sb.length() == 0;
            if (!omitOne) {
                sb.append(digits.charAt(d));
            }
            sb.append(units.charAt(2 - i));
        }
        if (rest > 0) {
            if (zeroPending) {
                sb.append(digits.charAt(0));
            }
            sb.append(digits.charAt(rest));
        }
        return sb.toString();
    }

    private static String digitByDigit(int n) {
        StringBuilder sb = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            sb.append(c == '-' ? c : DIGITS.charAt(c - '0'));
        }
        return sb.toString();
    }

    private static String cyclic(String symbols, int n) {
        return n <= 0 ? Integer.toString(n) : String.valueOf(symbols.charAt((n - 1) % symbols.length()));
    }

    private static String fullWidth(int n) {
        StringBuilder sb = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            sb.append(Character.isDigit(c) ? (char) (c - '0' + '０') : c);
        }
        return sb.toString();
    }

    /** ①…⑳ and their kin exist for the first {@code count} numbers only; Word falls back to digits too. */
    private static String enclosed(int n, int first, int count) {
        return n >= 1 && n <= count ? String.valueOf((char) (first + n - 1)) : Integer.toString(n);
    }

    private static String roman(int n) {
        if (n <= 0 || n >= 4000) {
            return Integer.toString(n);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder sb = new StringBuilder();
        int rest = n;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                sb.append(symbols[i]);
                rest -= values[i];
            }
        }
        return sb.toString();
    }

    /** A, B, … Z, AA, BB: Word repeats the letter rather than counting in base 26. */
    private static String letters(int n, char a) {
        if (n <= 0) {
            return Integer.toString(n);
        }
        char c = (char) (a + (n - 1) % 26);
        return String.valueOf(c).repeat((n - 1) / 26 + 1);
    }

    private static String ordinalSuffix(int n) {
        int mod100 = n % 100;
        if (mod100 >= 11 && mod100 <= 13) {
            return "th";
        }
        return switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}
