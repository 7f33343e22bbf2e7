package org.nianbao.audit.parse.table;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.nianbao.audit.model.CellKind;
import org.nianbao.audit.parse.text.Normalizer;

/**
 * Reads one printed cell: a number (integer, decimal, signed, optionally with a unit such as "251000元",
 * the unit kept in the raw text for the rules to judge), a not-applicable placeholder, a blank or other
 * text. Hand-written scanner, no regular expressions.
 */
final class CellReader {
    /** Placeholders for "not applicable", in their NFKC form ("／" → "/", "－" → "-"). */
    private static final Set<String> NA = Set.of("/", "-", "--", "—", "——", "–", "―", "无", "不适用");
    /** Units a value may carry; longest first so "万元" wins over "元". */
    private static final List<String> UNITS = List.of("万元", "元", "件", "个", "项", "条", "次", "份", "笔");

    record Reading(CellKind kind, BigDecimal value) {
    }

    private CellReader() {
    }

    static Reading read(String raw) {
        return read(raw, Normalizer.compact(raw));
    }

    /** {@link #read(String)} of a cell whose compact form is known. */
    static Reading read(String raw, String c) {
        if (c.isEmpty()) {
            return new Reading(CellKind.BLANK, null);
        }
        if (NA.contains(c)) {
            return new Reading(CellKind.NA, null);
        }
        String number = numberPart(c);
        if (number != null && !hasInnerSpace(raw)) {
            return new Reading(CellKind.NUMBER, new BigDecimal(number));
        }
        return new Reading(CellKind.TEXT, null);
    }

    static boolean isNumber(String raw) {
        return numberPart(Normalizer.compact(raw)) != null;
    }

    /** A number or a placeholder: what may follow a label as a value cell. */
    static boolean isValueLike(String raw) {
        return isValueLikeCompact(Normalizer.compact(raw));
    }

    static boolean isValueLikeCompact(String compact) {
        return NA.contains(compact) || numberPart(compact) != null;
    }

    /**
     * True for digits with white space between them inside one cell ("12 3405"): several values whose
     * separators were lost, never one number.
     */
    static boolean hasInnerSpace(String raw) {
        String s = LineTokenizer.strip(raw);
        for (int i = 0; i < s.length(); i++) {
            if (Normalizer.isSpace(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the printed digits cannot be a single count: a multi-digit integer with a leading zero
     * ("00", "0000000") is how glued cells look, since no count is printed that way.
     */
    static boolean hasLeadingZero(String raw) {
        return hasLeadingZeroCompact(Normalizer.compact(raw));
    }

    /** {@link #hasLeadingZero} of a cell's compact form. */
    static boolean hasLeadingZeroCompact(String compact) {
        String n = numberPart(compact);
        if (n == null) {
            return false;
        }
        String digits = n.startsWith("+") || n.startsWith("-") ? n.substring(1) : n;
        return digits.length() > 1 && digits.charAt(0) == '0' && digits.indexOf('.') < 0;
    }

    /** Count of integer digits, for telling multi-digit values apart. */
    static int integerDigits(String raw) {
        return integerDigitsCompact(Normalizer.compact(raw));
    }

    /** {@link #integerDigits} of a cell's compact form. */
    static int integerDigitsCompact(String compact) {
        String n = numberPart(compact);
        if (n == null) {
            return 0;
        }
        int count = 0;
        for (int i = 0; i < n.length() && n.charAt(i) != '.'; i++) {
            if (Character.isDigit(n.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    /** The plain number ("+1036", "0.5", "1036") inside a compact cell, or null if the cell is not a number. */
    private static String numberPart(String c) {
        if (!startsLikeNumber(c)) {
            return null; // most tokens are labels and sentences: reject them before any copying
        }
        String body = stripUnit(c);
        if (isPlainNumber(body)) {
            return body; // "12", "-3", "0.5": already in the form returned below, no copy needed
        }
        int i = 0;
        int n = body.length();
        if (n == 0) {
            return null;
        }
        StringBuilder out = new StringBuilder(n);
        if (body.charAt(0) == '+' || body.charAt(0) == '-') {
            out.append(body.charAt(0));
            i++;
        }
        int digits = 0;
        int groupDigits = 0;
        boolean grouped = false;
        while (i < n && (Character.isDigit(body.charAt(i)) || body.charAt(i) == ',')) {
            char ch = body.charAt(i);
            if (ch == ',') {
                // thousands separator only in its proper place ("1,036"), never "1,0"
                if (digits == 0 || (grouped && groupDigits != 3) || (!grouped && digits > 3)) {
                    return null;
                }
                grouped = true;
                groupDigits = 0;
            } else {
                out.append(ch);
                digits++;
                groupDigits++;
            }
            i++;
        }
        if (digits == 0 || (grouped && groupDigits != 3) || !isAsciiDigits(out)) {
            return null;
        }
        if (i < n && body.charAt(i) == '.') {
            int fractionStart = ++i;
            while (i < n && isAsciiDigit(body.charAt(i))) {
                i++;
            }
            if (i == fractionStart) {
                return null;
            }
            out.append('.').append(body, fractionStart, i);
        }
        return i == n ? out.toString() : null;
    }

    /** An optional sign, ASCII digits and at most one '.' between digits; no thousands separator. */
    private static boolean isPlainNumber(String body) {
        int i = !body.isEmpty() && (body.charAt(0) == '+' || body.charAt(0) == '-') ? 1 : 0;
        int digitsBefore = 0;
        while (i < body.length() && isAsciiDigit(body.charAt(i))) {
            i++;
            digitsBefore++;
        }
        if (digitsBefore == 0) {
            return false;
        }
        if (i == body.length()) {
            return true;
        }
        if (body.charAt(i) != '.') {
            return false;
        }
        int fractionStart = ++i;
        while (i < body.length() && isAsciiDigit(body.charAt(i))) {
            i++;
        }
        return i > fractionStart && i == body.length();
    }

    private static boolean startsLikeNumber(String c) {
        if (c.isEmpty()) {
            return false;
        }
        char first = c.charAt(0);
        if ((first == '+' || first == '-') && c.length() > 1) {
            first = c.charAt(1);
        }
        return Character.isDigit(first);
    }

    private static String stripUnit(String c) {
        if (isAsciiDigit(c.charAt(c.length() - 1))) {
            return c; // the usual value ("12"): no unit is a digit
        }
        for (String unit : UNITS) {
            if (c.length() > unit.length() && c.endsWith(unit)) {
                return c.substring(0, c.length() - unit.length());
            }
        }
        return c;
    }

    private static boolean isAsciiDigits(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch != '+' && ch != '-' && !isAsciiDigit(ch)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * True for digits with a sign or 增/减 between them and nothing else ("1-10", "16减12", "3+2"): values of
     * a signed column whose separators were lost, never one printed number or a word.
     */
    static boolean signsBetweenDigits(String raw) {
        boolean digitBefore = false;
        boolean signBetween = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '0' && c <= '9') {
                digitBefore = true;
            } else if ((c == '-' || c == '+' || c == '减' || c == '增') && digitBefore && i + 1 < raw.length()
                    && raw.charAt(i + 1) >= '0' && raw.charAt(i + 1) <= '9') {
                signBetween = true;
            } else {
                return false;
            }
        }
        return signBetween;
    }
}
