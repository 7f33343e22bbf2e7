package org.nianbao.audit.parse.table;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the blank cells a short row's layout shows, by comparing the row with the complete rows of its
 * table ({@link RowLayout}), never by guessing from the values:
 * <ul>
 * <li>more empty fields between the label and the first value than the complete rows print there (merged
 * label cells) are blank leading cells (a blank 自然人);</li>
 * <li>in a one-cell-per-line row, more blank lines before a cell than the complete rows print there (between
 * their cells, or between their label and first cell) are blank cells printed as empty lines, one per cell
 * line and its usual spacing.</li>
 * </ul>
 * Blank lines after the last value cannot be told from the blank line between rows and are never read as
 * cells. When the blank lines inside a row do not add up to whole cells, the blanks they show do not make
 * up exactly the missing cells, or no complete row tells how many blank lines follow a label, nothing is
 * inserted and the gap is reported with the short row.
 */
final class LayoutBlanks {
    /**
     * The row's tokens with the blank cells printed as empty lines inserted, how many of its leading empty
     * fields are cells, and the first line of a gap that could not be read (0 if none).
     */
    record Reading(List<Token> items, int leadingCells, int unreadableGapLine) {
    }

    /**
     * The spacing a one-cell-per-line row is read against: blank lines between its anchor (label or first
     * value) and the next cell line ({@link RowLayout#UNKNOWN} if no row shows it), between two cell lines,
     * and, for table 3's data row, the size of its groups (0 for rows read against complete rows).
     */
    private record Spacing(int first, int gap, int group) {
        /**
         * Lines before {@code t} beyond the usual spacing after {@code prev}; an unknown spacing counts as none,
         * so that every blank line there shows as a gap.
         */
        int extra(Token prev, Token t, boolean first) {
            int usual = first ? this.first : gap;
            return t.line() - prev.line() - 1 - (usual == RowLayout.UNKNOWN ? 0 : usual);
        }
    }

    private LayoutBlanks() {
    }

    /** Index of the first non-empty item; {@code items.size()} when there is none. */
    private static int firstValue(List<Token> items) {
        int first = 0;
        while (first < items.size() && items.get(first).empty()) {
            first++;
        }
        return first;
    }

    /** Index of the last non-empty item; call only when there is one. */
    private static int lastValue(List<Token> items) {
        int last = items.size() - 1;
        while (items.get(last).empty()) {
            last--;
        }
        return last;
    }

    static Reading read(Token label, List<Token> items, int expected, RowLayout layout) {
        int first = firstValue(items);
        if (first == items.size()) {
            return blankRow(label, items, expected, layout);
        }
        int last = lastValue(items);
        int missing = expected - (last - first + 1);
        if (missing <= 0) {
            return new Reading(items, 0, 0);
        }
        int leading = leadingCells(label, items, first, missing, layout);
        if (!label.wholeLine()) {
            return new Reading(items, leading, 0);
        }
        if (layout.cellGap() == RowLayout.UNKNOWN) {
            // blank lines after the label beyond what complete rows print there (any, if they show nothing) may
            // hide blank cells, but there is no cell spacing to count them by
            int spacing = items.get(0).line() - label.line() - 1;
            return new Reading(items, leading, spacing > Math.max(0, layout.labelGap()) ? label.line() + 1 : 0);
        }
        return lineGaps(label, items, 0, last, missing - leading, new Spacing(layout.labelGap(), layout.cellGap(), 0),
                leading);
    }

    /**
     * Table 3's data row, which has no label and no complete row to learn from: blank lines between its
     * values, against the spacing of its own other values. Read only when that evidence is unambiguous: every
     * other spacing of the row is exactly the common one, and each gap lies inside one group of
     * {@code group} cells (a gap between two groups may be the exporter's break between them). Blank lines
     * before the first value cannot be told from the break after the header.
     */
    static Reading readDataRow(List<Token> items, int expected, int group) {
        int first = firstValue(items);
        if (first == items.size()) {
            return new Reading(items, 0, 0);
        }
        int last = lastValue(items);
        int missing = expected - (last - first + 1);
        int gap = RowLayout.cellGapOf(items);
        if (missing <= 0 || gap == RowLayout.UNKNOWN || !items.get(first).wholeLine()) {
            return new Reading(items, 0, 0);
        }
        return lineGaps(items.get(first), items, first + 1, last, missing, new Spacing(gap, gap, group), 0);
    }

    /** Leading empty fields beyond the complete rows' merged label cells, when they fit the shortage. */
    /**
     * A delimited row of nothing but empty fields: when it prints, on the label's own line, the merged label
     * fields complete rows show there (none if no complete row shows it) and then exactly one empty field per
     * template cell ("| 2.其他… | | | | | | | |" in a grid whose other rows print values there), those empty fields
     * are the row's blank cells; any other count shows none. Empty fields of the next line are the next row's.
     */
    private static Reading blankRow(Token label, List<Token> items, int expected, RowLayout layout) {
        int labelFields = layout.labelFields(label);
        int merged = labelFields == RowLayout.UNKNOWN ? 0 : labelFields;
        int onLine = 0;
        while (onLine < items.size() && items.get(onLine).line() == label.line()) {
            onLine++;
        }
        if (label.field() < 0 || onLine != merged + expected) {
            return new Reading(items, 0, 0);
        }
        return new Reading(items.subList(0, onLine), expected, 0);
    }

    private static int leadingCells(Token label, List<Token> items, int first, int missing, RowLayout layout) {
        int labelFields = layout.labelFields(label);
        boolean sameLine = label.wholeLine() || items.get(first).line() == label.line();
        if (labelFields == RowLayout.UNKNOWN || first <= labelFields || !sameLine) {
            return 0;
        }
        int cells = first - labelFields;
        return cells <= missing ? cells : 0;
    }

    /**
     * Blank cells printed as empty lines between {@code anchor} (the label, or the first value) and the last
     * value of a one-cell-per-line row; {@code from} is the first item after the anchor, and an item's index
     * is its cell position (table 3's row keeps its leading empty fields as cells).
     */
    private static Reading lineGaps(Token anchor, List<Token> items, int from, int last, int missing, Spacing spacing,
                                    int leading) {
        int cellLines = spacing.gap() + 1;
        int blanks = 0;
        int gapLine = 0;
        boolean whole = true;
        Token prev = anchor;
        for (int k = from; k <= last; k++) {
            Token t = items.get(k);
            whole &= t.wholeLine();
            int extra = spacing.extra(prev, t, k == from);
            if (extra > 0) {
                gapLine = gapLine == 0 ? prev.line() + 1 : gapLine;
                int cells = extra / cellLines;
                // a blank cell takes its own line plus the usual spacing; any other count is no cell, and with
                // no usual spacing known there is nothing to count by
                boolean wholeCells = extra % cellLines == 0 && (k > from || spacing.first() != RowLayout.UNKNOWN);
                boolean oneGroup = spacing.group() == 0
                        || sameGroup(k - 1 + blanks, k + blanks + cells, spacing.group());
                blanks = blanks >= 0 && wholeCells && oneGroup ? blanks + cells : -1;
            } else if (extra < 0 && spacing.group() > 0) {
                // the row's own spacing is the only evidence; a row that varies it gives none
                blanks = -1;
            }
            prev = t;
        }
        if (!whole || gapLine == 0) {
            return new Reading(items, leading, 0);
        }
        if (blanks != missing) {
            return new Reading(items, leading, gapLine);
        }
        // blank lines between the label and the first cell line are leading cells, not merged label cells
        int before = from == 0 ? Math.max(0, spacing.extra(anchor, items.get(0), true)) / cellLines : 0;
        return new Reading(withBlankLines(anchor, items, from, last, spacing), leading + before, 0);
    }

    /** Two cell positions of table 3's data row fall in the same template row. */
    private static boolean sameGroup(int a, int b, int group) {
        return a / group == b / group;
    }

    /** A copy of the row with a blank token for each blank cell line, on the line it stands for. */
    private static List<Token> withBlankLines(Token anchor, List<Token> items, int from, int last, Spacing spacing) {
        int cellLines = spacing.gap() + 1;
        List<Token> out = new ArrayList<>(items.size() + 2);
        Token prev = anchor;
        for (int k = 0; k < items.size(); k++) {
            Token t = items.get(k);
            int extra = k >= from && k <= last ? spacing.extra(prev, t, k == from) : 0;
            // the first blank line follows the usual spacing after prev, each further one a cell's lines later
            int firstBlank = t.line() - extra;
            for (int j = 0; j < extra / cellLines; j++) {
                out.add(Token.blankLine(firstBlank + j * cellLines));
            }
            out.add(t);
            prev = t;
        }
        return out;
    }
}
