package org.nianbao.audit.parse.table.digits;

import java.math.BigDecimal;
import org.nianbao.audit.model.template.ValueKind;

/**
 * Which pieces of a glued run can be one cell of a given column: no leading zero except a lone 0, a sign
 * only where the column may be signed (2019 本年增/减), a decimal point only in an amount (万元, 采购总金额).
 * A count has at most {@link #MAX_DIGITS} digits, so values fit a long; a longer candidate is never silently
 * dropped (the splitter reports its enumeration incomplete instead).
 */
final class CellSyntax {
    /** Digits of the largest count handled: 18 digits always fit a long, also summed over a row. */
    static final int MAX_DIGITS = 18;
    /** Marks a cell without an integer value (blank, text, amount with a fraction): no identity can use it. */
    static final long NO_COUNT = Long.MIN_VALUE;

    enum Verdict {
        /** A valid cell of the column. */
        VALID,
        /** Never a cell of the column (leading zero, misplaced sign or point). */
        INVALID,
        /** Well-formed but longer than {@link #MAX_DIGITS}: not enumerated, so the enumeration is incomplete. */
        TOO_LONG
    }

    private CellSyntax() {
    }

    /** Whether {@code s[from, to)} can be one cell of a column of {@code kind}. */
    static Verdict check(String s, int from, int to, ValueKind kind) {
        int i = from;
        if (i < to && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            if (kind != ValueKind.SIGNED_COUNT) {
                return Verdict.INVALID;
            }
            i++;
        }
        int intStart = i;
        while (i < to && isDigit(s.charAt(i))) {
            i++;
        }
        int intDigits = i - intStart;
        if (intDigits == 0 || (intDigits > 1 && s.charAt(intStart) == '0')) {
            return Verdict.INVALID;
        }
        int fraction = 0;
        if (i < to) {
            boolean amount = kind == ValueKind.AMOUNT || kind == ValueKind.AMOUNT_WAN;
            if (!amount || s.charAt(i) != '.') {
                return Verdict.INVALID;
            }
            int fracStart = ++i;
            while (i < to && isDigit(s.charAt(i))) {
                i++;
            }
            fraction = i - fracStart;
            if (fraction == 0 || i < to) {
                return Verdict.INVALID;
            }
        }
        return intDigits + fraction > MAX_DIGITS ? Verdict.TOO_LONG : Verdict.VALID;
    }

    /** The integer value of a valid cell text, or {@link #NO_COUNT} when it has a fraction. */
    static long count(String cell) {
        if (cell.indexOf('.') >= 0) {
            return NO_COUNT;
        }
        int i = cell.startsWith("+") || cell.startsWith("-") ? 1 : 0;
        long v = Long.parseLong(cell.substring(i));
        return cell.startsWith("-") ? -v : v;
    }

    /** The integer value of a separated cell as printed (blank, "/", text: {@link #NO_COUNT}). */
    static long countOfPrinted(String raw) {
        String s = raw.strip();
        if (s.isEmpty() || s.length() > MAX_DIGITS) {
            return NO_COUNT;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isDigit(s.charAt(i))) {
                return NO_COUNT;
            }
        }
        return Long.parseLong(s);
    }

    /** The numeric value of a cell text for comparing with a narrative number; null when not a number. */
    static BigDecimal decimal(String cell) {
        String s = cell.strip();
        int end = s.length();
        while (end > 0 && !isDigit(s.charAt(end - 1))) {
            end--; // a unit kept with the run's last cell ("3601627.4元")
        }
        try {
            return end == 0 ? null : new BigDecimal(s.substring(0, end));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
