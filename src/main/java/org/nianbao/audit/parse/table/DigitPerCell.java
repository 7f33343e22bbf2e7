package org.nianbao.audit.parse.table;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a run of glued digits that holds exactly one digit per cell: "4000004" for seven cells is 4 | 0 | 0 |
 * 0 | 0 | 0 | 4, and so is "20 0 0 0 02", since no cell is printed without a digit. Only for values printed in
 * one piece of text (a single token, or pieces split off one field at single spaces), with no empty field
 * beside them that would show the layout's own cells, and only unsigned integers: any other count of digits
 * needs the table's arithmetic and is left to it.
 */
final class DigitPerCell {
    private DigitPerCell() {
    }

    /**
     * The row's cells one digit each, or null when the printed values are not such a run.
     *
     * @param core      the row's value tokens, first to last value
     * @param items     every token of the row, empty fields included
     * @param expected  the template's cell count
     */
    static List<Token> split(List<Token> core, List<Token> items, int expected) {
        if (core.isEmpty() || core.size() >= expected || !onePiece(core) || hasEmptyField(items, core)) {
            return null;
        }
        int digits = 0;
        for (Token t : core) {
            int n = unsignedDigits(t.raw());
            if (n == 0) {
                return null;
            }
            digits += n;
        }
        if (digits != expected) {
            return null;
        }
        List<Token> cells = new ArrayList<>(expected);
        for (Token t : core) {
            String raw = t.raw();
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (c >= '0' && c <= '9') {
                    cells.add(Token.spaced(String.valueOf(c), t.line()));
                }
            }
        }
        return cells;
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

    /** One token, or pieces split off one field at single spaces (same line). */
    private static boolean onePiece(List<Token> core) {
        if (core.size() == 1) {
            return true;
        }
        int line = core.get(0).line();
        for (Token t : core) {
            if (!t.spaced() || t.line() != line) {
                return false;
            }
        }
        return true;
    }

    /** An empty field on the values' line is a cell the layout draws: the digits then fill cells of their own. */
    private static boolean hasEmptyField(List<Token> items, List<Token> core) {
        int line = core.get(0).line();
        for (Token t : items) {
            if (t.empty() && t.line() == line) {
                return true;
            }
        }
        return false;
    }

    /** Number of ASCII digits when {@code raw} is nothing but ASCII digits (spaces aside), else 0. */
    private static int unsignedDigits(String raw) {
        int n = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '0' && c <= '9') {
                n++;
            } else if (c != ' ' && c != '\u3000' && c != '\u00a0') {
                return 0;
            }
        }
        return n;
    }
}
