package org.nianbao.audit.parse.table;

import java.util.ArrayList;
import java.util.List;

/**
 * The value cells printed after one row label, with layout artefacts removed: empty fields before the
 * first value (merged label cells) are dropped and counted, unless the layout shows them to be blank cells
 * ({@link LayoutBlanks}); empty fields between values are real blank cells. Empty fields after the last
 * value are blank cells too where the layout shows them to belong to the row (a blank 总计): a field of the
 * last value's own delimited line, or a lone-tab line right below it. They are kept only while the row has fewer cells than the template, since a full row's trailing
 * field is the exporter's; the others are dropped and counted. When digits look glued, only the cells
 * left of the first doubtful token are kept, because nothing after it can be placed with certainty.
 */
final class CellRun {
    private final List<Token> cells;
    private final List<Token> printed;
    private final int strayEmptyFields;
    private final String gluedEvidence;

    private CellRun(List<Token> cells, List<Token> printed, int strayEmptyFields, String gluedEvidence) {
        this.cells = List.copyOf(cells);
        this.printed = List.copyOf(printed);
        this.strayEmptyFields = strayEmptyFields;
        this.gluedEvidence = gluedEvidence;
    }

    /**
     * The cells after a row label: leading empty fields are the label's merged cells, except the last
     * {@code leadingCells} of them, which the layout shows to be blank cells of the row (see
     * {@link LayoutBlanks}).
     */
    static CellRun of(List<Token> items, int expected, int leadingCells) {
        int first = 0;
        while (first < items.size() && items.get(first).empty()) {
            first++;
        }
        if (first == items.size() && leadingCells > 0) {
            // a row of blank cells, as the layout shows (LayoutBlanks): each empty field is one
            List<Token> blanks = items.subList(first - leadingCells, first);
            return new CellRun(blanks, blanks, 0, null);
        }
        return build(items, expected, first - leadingCells);
    }

    /**
     * The cells of a data row printed without a label (table 3): the caller passes only empty fields that
     * belong to the row, so a leading one is a blank cell too.
     */
    static CellRun unlabelled(List<Token> items, int expected) {
        // with no value at all there is no row, and its empty fields are no cells
        return build(items, expected, hasValue(items) ? 0 : items.size());
    }

    /**
     * Cells already settled by the caller (one template row cut out of table 3's data row): kept as they
     * are, blanks included; glued digits were judged on the whole row.
     */
    static CellRun settled(List<Token> cells) {
        return new CellRun(cells, cells, 0, null);
    }

    private static boolean hasValue(List<Token> items) {
        for (Token t : items) {
            if (!t.empty()) {
                return true;
            }
        }
        return false;
    }

    private static CellRun build(List<Token> items, int expected, int first) {
        int last = items.size() - 1;
        while (last >= first && items.get(last).empty()) {
            last--;
        }
        List<Token> core = new ArrayList<>(items.subList(first, last + 1));
        int kept = last + 1;
        int line = core.isEmpty() ? 0 : core.get(core.size() - 1).line();
        while (!core.isEmpty() && kept < items.size() && core.size() < expected && belongsToRow(items.get(kept), line)) {
            line = items.get(kept).line();
            core.add(items.get(kept++));
        }
        int strays = core.isEmpty() ? 0 : strays(items.subList(0, first), core.get(0).line())
                + strays(items.subList(kept, items.size()), core.get(core.size() - 1).line());
        int doubtful = firstDoubtful(core, expected, core.isEmpty() ? 0 : blanksBefore(items.subList(0, first), core.get(0)));
        if (doubtful < 0) {
            return new CellRun(core, core, strays, null);
        }
        return new CellRun(core.subList(0, doubtful), core, strays, evidence(core));
    }

    /**
     * Dropped leading empty fields that may be blank cells of this very row: on the first value's own line,
     * or lone-tab lines right above it. They may explain a short row; the next row's fields may not.
     */
    private static int blanksBefore(List<Token> empties, Token firstValue) {
        int n = 0;
        int line = firstValue.line();
        for (int k = empties.size() - 1; k >= 0; k--) {
            Token t = empties.get(k);
            if (t.ownLine() ? t.line() != line - 1 : t.line() != line) {
                break;
            }
            line = t.line();
            n++;
        }
        return n;
    }

    /**
     * A trailing empty field is a cell of the row when it is printed on the line of the cell before it (a
     * delimited row), or as a lone-tab line right below it (one cell per line; after a blank line it is
     * the next row's merged label cell).
     */
    private static boolean belongsToRow(Token empty, int previousLine) {
        return empty.ownLine() ? empty.line() == previousLine + 1 : empty.line() == previousLine;
    }

    /**
     * Empty fields dropped next to the values that may have been blank cells: those on the values' own
     * line or the adjacent one. Lone tabs further away are the next row's merged label cells.
     */
    private static int strays(List<Token> empties, int valueLine) {
        int n = 0;
        for (Token t : empties) {
            if (Math.abs(t.line() - valueLine) <= 1) {
                n++;
            }
        }
        return n;
    }

    /**
     * Index of the first token that may hold several glued values, or -1. A multi-digit integer with a
     * leading zero is never a single count, nor are digits with spaces inside one cell. In a short row, a
     * multi-digit value split off at a single space, or any multi-digit integer when the row's digits would
     * fill every column, cannot be trusted either — unless dropped empty fields account for the shortage,
     * since a row short of a blank is no sign of glued digits.
     */
    private static int firstDoubtful(List<Token> core, int expected, int blanks) {
        for (int i = 0; i < core.size(); i++) {
            String raw = core.get(i).raw();
            if (CellReader.hasLeadingZeroCompact(core.get(i).compact()) || (core.get(i).valueLike() && CellReader.hasInnerSpace(raw))) {
                return i;
            }
        }
        if (core.size() >= expected) {
            return -1;
        }
        for (int i = 0; i < core.size(); i++) {
            if (CellReader.signsBetweenDigits(core.get(i).raw())) {
                return i; // "1-10" in a short row: 1 | -1 | 0 with the separators lost, not a word
            }
        }
        int digits = 0;
        for (Token t : core) {
            digits += CellReader.integerDigitsCompact(t.compact());
        }
        boolean blanksExplainShortage = core.size() + blanks >= expected;
        for (int i = 0; i < core.size(); i++) {
            Token t = core.get(i);
            boolean multiDigit = CellReader.integerDigitsCompact(t.compact()) > 1;
            if ((t.spaced() && multiDigit) || (multiDigit && digits >= expected && !blanksExplainShortage)) {
                return i;
            }
        }
        return -1;
    }

    private static String evidence(List<Token> core) {
        StringBuilder s = new StringBuilder();
        for (Token t : core) {
            if (!s.isEmpty()) {
                s.append(' ');
            }
            s.append(t.raw());
        }
        return s.toString();
    }

    /** The cells that can be placed: all of them, or for glued digits those left of the first doubtful token. */
    List<Token> cells() {
        return cells;
    }

    /** Every token of the row as printed, the doubtful ones included: what the digit solver reads. */
    List<Token> printed() {
        return printed;
    }

    int strayEmptyFields() {
        return strayEmptyFields;
    }

    boolean glued() {
        return gluedEvidence != null;
    }

    String gluedEvidence() {
        return gluedEvidence;
    }
}
