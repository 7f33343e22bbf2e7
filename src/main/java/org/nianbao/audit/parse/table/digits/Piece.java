package org.nianbao.audit.parse.table.digits;

import java.util.Objects;

/**
 * One piece of a row's printed value text: a {@link Kind#RUN} of number characters that may hold one cell
 * or several glued ones ("15130000154", "1-10", "1973601627.4" with its unit "元"), or a {@link Kind#CELL}
 * that is exactly one cell whatever it holds (a separated field, a blank, "/", "未统计").
 */
public record Piece(Kind kind, String text, String unit) {
    public enum Kind {
        /** Digits, '.', '+' or '-': one or more cells whose separators were lost. */
        RUN,
        /** Exactly one cell, as printed. */
        CELL
    }

    public Piece {
        Objects.requireNonNull(kind);
        text = text == null ? "" : text;
        unit = unit == null ? "" : unit;
        if (kind == Kind.RUN && !isRunText(text)) {
            throw new IllegalArgumentException("not a run of number characters: " + text);
        }
    }

    /** A run of number characters (digits, '.', '+', '-') holding one or more cells. */
    public static Piece run(String text) {
        return new Piece(Kind.RUN, text, "");
    }

    /** A run followed by a unit ("元"), which stays with the run's last cell. */
    public static Piece run(String text, String unit) {
        return new Piece(Kind.RUN, text, unit);
    }

    /** A separated cell, kept exactly as printed (it may be blank). */
    public static Piece cell(String raw) {
        return new Piece(Kind.CELL, raw, "");
    }

    public boolean isRun() {
        return kind == Kind.RUN;
    }

    /** The piece as printed. */
    public String printed() {
        return text + unit;
    }

    /** True for a non-empty text of digits, '.', '+' and '-' that holds at least one digit. */
    static boolean isRunText(String s) {
        boolean digit = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c != '.' && c != '+' && c != '-') {
                return false;
            }
        }
        return digit;
    }

    /** Number of digits in a run: the most cells it can hold. */
    int digits() {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                n++;
            }
        }
        return n;
    }
}
