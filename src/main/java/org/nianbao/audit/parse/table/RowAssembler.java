package org.nianbao.audit.parse.table;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.audit.model.Cell;
import org.nianbao.audit.model.LabelMatch;
import org.nianbao.audit.model.ParseProblem;
import org.nianbao.audit.model.ProblemCode;
import org.nianbao.audit.model.TableRow;
import org.nianbao.audit.model.template.ColumnSpec;
import org.nianbao.audit.model.template.RowSpec;

/**
 * Turns the printed value cells of one row into a {@link TableRow}: cells go to the template columns
 * left to right, never padded; cells beyond the template keep their position as key "extraN". Records
 * ROW_CELL_COUNT when the count differs and CELLS_UNSEPARATED when digits are glued.
 */
final class RowAssembler {
    record Assembled(TableRow row, List<ParseProblem> problems) {
    }

    private RowAssembler() {
    }

    /**
     * @param cutOff true when the document ends inside this row: a short count is then the truncation's
     *               doing (recorded by the caller), not the report's
     */
    static Assembled assemble(RowSpec spec, String printedLabel, LabelMatch match, int labelLine,
                              LayoutBlanks.Reading printed, boolean cutOff) {
        CellRun run = CellRun.of(printed.items(), spec.cellCount(), printed.leadingCells());
        return assemble(spec, printedLabel, match, labelLine, run, printed.items(), printed.unreadableGapLine(), cutOff);
    }

    /**
     * For cells the caller has already settled (table 3's rows, cut out of one data row).
     *
     * @param unreadableGapLine first line of blank lines in the data row that may hide blank cells, or 0
     */
    static Assembled assembleSettled(RowSpec spec, String printedLabel, LabelMatch match, List<Token> cells,
                                     int unreadableGapLine, boolean cutOff) {
        return assemble(spec, printedLabel, match, 0, CellRun.settled(cells), cells, unreadableGapLine, cutOff);
    }

    private static Assembled assemble(RowSpec spec, String printedLabel, LabelMatch match, int labelLine, CellRun run,
                                      List<Token> items, int unreadableGapLine, boolean cutOff) {
        int expected = spec.cellCount();
        List<Cell> cells = new ArrayList<>();
        List<Token> tokens = run.cells();
        for (int i = 0; i < tokens.size(); i++) {
            cells.add(cell(spec, i, tokens.get(i)));
        }
        int line = labelLine > 0 ? labelLine : (tokens.isEmpty() ? 0 : tokens.get(0).line());
        List<ParseProblem> problems = new ArrayList<>();
        if (run.glued()) {
            problems.add(ParseProblem.inTable(ProblemCode.CELLS_UNSEPARATED,
                    TableMessages.unseparated(expected, run.gluedEvidence()), lineOf(tokens, items, labelLine),
                    run.gluedEvidence(), spec.table(), spec.key()));
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
        List<ColumnSpec> columns = spec.columns();
        String column = index < columns.size() ? columns.get(index).key() : "extra" + (index + 1);
        String label = index < columns.size() ? columns.get(index).label() : TableMessages.extraColumn(index + 1);
        CellReader.Reading reading = CellReader.read(token.raw());
        return new Cell(spec.table(), spec.key(), column, spec.label(), label, reading.kind(), reading.value(), token.raw(), token.line());
    }
}
