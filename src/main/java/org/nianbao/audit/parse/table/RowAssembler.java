package org.nianbao.audit.parse.table;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.audit.model.Cell;
import org.nianbao.audit.model.LabelMatch;
import org.nianbao.audit.model.ParseProblem;
import org.nianbao.audit.model.ProblemCode;
import org.nianbao.audit.model.TableRow;
import org.nianbao.audit.model.template.RowSpec;
import org.nianbao.audit.parse.table.digits.RowReading;

/**
 * Turns the printed value cells of one row into a {@link TableRow}: cells go to the template columns
 * left to right, never padded; cells beyond the template keep their position as key "extraN". Records
 * ROW_CELL_COUNT when the count differs. Glued digits take the digit solver's reading: the cells it
 * reconstructed (origin reconstructed, the reasoning in their evidence; see {@link ReadingCells}), or CELLS_AMBIGUOUS
 * when several readings fit, or CELLS_UNSEPARATED when none could be made at all.
 */
final class RowAssembler {
    record Assembled(TableRow row, List<ParseProblem> problems) {
    }

    private RowAssembler() {
    }

    /** The cells printed after a row label, as far as they can be placed. */
    static CellRun run(RowSpec spec, LayoutBlanks.Reading printed) {
        return CellRun.of(printed.items(), spec.cellCount(), printed.leadingCells());
    }

    /**
     * @param reading the digit solver's reading when the row's digits are glued, else null
     * @param cutOff  true when the document ends inside this row: a short count is then the truncation's
     *                doing (recorded by the caller), not the report's
     */
    static Assembled assemble(RowSpec spec, String printedLabel, LabelMatch match, int labelLine,
                              LayoutBlanks.Reading printed, CellRun run, RowReading reading, boolean cutOff) {
        return assemble(spec, printedLabel, match, labelLine, run, printed.items(), printed.unreadableGapLine(),
                reading, cutOff);
    }

    /**
     * For cells the caller has already settled (table 3's rows, cut out of one data row).
     *
     * @param unreadableGapLine first line of blank lines in the data row that may hide blank cells, or 0
     */
    static Assembled assembleSettled(RowSpec spec, String printedLabel, LabelMatch match, List<Token> cells,
                                     int unreadableGapLine, boolean cutOff) {
        return assemble(spec, printedLabel, match, 0, CellRun.settled(cells), cells, unreadableGapLine, null, cutOff);
    }

    /** A row whose glued digits the solver read (as printed pieces or reconstructed): table 3's rows. */
    static Assembled assembleRead(RowSpec spec, String printedLabel, LabelMatch match, RowReading reading, int rowLine,
                                  int cellLine) {
        TableRow row = new TableRow(spec.table(), spec.key(), spec.label(), printedLabel, match, rowLine, spec.cellCount(),
                ReadingCells.cells(spec, reading, cellLine));
        return new Assembled(row, List.of());
    }

    /** The extraction problem of a glued row the solver could not read (a short glued row is still unseparated). */
    static ParseProblem unread(RowSpec spec, RowReading reading, String evidence, int line) {
        ParseProblem p = reading == null ? null : ReadingCells.problem(spec, reading, evidence, line);
        return p != null ? p : ReadingCells.unseparated(spec, evidence, line);
    }

    private static Assembled assemble(RowSpec spec, String printedLabel, LabelMatch match, int labelLine, CellRun run,
                                      List<Token> items, int unreadableGapLine, RowReading reading, boolean cutOff) {
        int expected = spec.cellCount();
        if (run.glued() && reading != null && reading.isRead()) {
            int cellLine = GluedRows.firstLine(run, labelLine);
            return assembleRead(spec, printedLabel, match, reading, labelLine > 0 ? labelLine : cellLine, cellLine);
        }
        List<Cell> cells = new ArrayList<>();
        List<Token> tokens = run.cells();
        for (int i = 0; i < tokens.size(); i++) {
            cells.add(cell(spec, i, tokens.get(i)));
        }
        int line = labelLine > 0 ? labelLine : (tokens.isEmpty() ? 0 : tokens.get(0).line());
        List<ParseProblem> problems = new ArrayList<>();
        if (run.glued()) {
            problems.add(unread(spec, reading, run.gluedEvidence(), lineOf(tokens, items, labelLine)));
        } else if (cells.size() != expected && !(cutOff && cells.size() < expected)) {
            problems.add(ParseProblem.inTable(ProblemCode.ROW_CELL_COUNT,
                    TableMessages.cellCount(expected, cells.size(), run.strayEmptyFields(), unreadableGapLine), line,
                    printedLabel, spec.table(), spec.key()));
        }
        TableRow row = new TableRow(spec.table(), spec.key(), spec.label(), printedLabel, match, line, expected, cells);
        return new Assembled(row, problems);
    }

    private static int lineOf(List<Token> cells, List<Token> items, int fallback) {
        for (Token t : items) {
            if (!t.empty()) {
                return t.line();
            }
        }
        return cells.isEmpty() ? fallback : cells.get(0).line();
    }

    private static Cell cell(RowSpec spec, int index, Token token) {
        CellReader.Reading reading = CellReader.read(token.raw(), token.compact());
        return new Cell(spec.table(), spec.key(), TemplateColumns.key(spec, index), spec.label(),
                TemplateColumns.label(spec, index), reading.kind(), reading.value(), token.raw(), token.line());
    }
}
