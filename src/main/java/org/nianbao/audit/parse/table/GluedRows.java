package org.nianbao.audit.parse.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.nianbao.audit.model.template.RowSpec;
import org.nianbao.audit.parse.table.digits.GluedRowSolver;
import org.nianbao.audit.parse.table.digits.NarrativeHints;
import org.nianbao.audit.parse.table.digits.Piece;
import org.nianbao.audit.parse.table.digits.PrintedRow;
import org.nianbao.audit.parse.table.digits.RowReading;

/**
 * Hands a table's rows to the {@link GluedRowSolver} once all of them are read: the glued ones as runs, the
 * others as the separated cells they printed, so that the column identities can couple them.
 */
final class GluedRows {
    private static final GluedRowSolver SOLVER = new GluedRowSolver();

    private GluedRows() {
    }

    /** Readings by row key when some row is glued; empty when none is (the solver is not called). */
    static Map<String, RowReading> solve(List<RowSpec> specs, Map<String, CellRun> runs, Supplier<NarrativeHints> hints) {
        if (runs.values().stream().noneMatch(CellRun::glued)) {
            return Map.of();
        }
        Map<String, PrintedRow> printed = new LinkedHashMap<>();
        for (Map.Entry<String, CellRun> e : runs.entrySet()) {
            printed.put(e.getKey(), printedRow(e.getValue()));
        }
        return SOLVER.solve(specs, printed, hints.get());
    }

    /** Readings of table 3's rows printed as one glued data row. */
    static Map<String, RowReading> solveSpanning(List<RowSpec> specs, CellRun run, Supplier<NarrativeHints> hints) {
        return SOLVER.solve(specs, Map.of(specs.get(0).key(), printedRow(run).spanning(specs.size())), hints.get());
    }

    private static PrintedRow printedRow(CellRun run) {
        if (!run.glued()) {
            List<String> raws = new ArrayList<>();
            for (Token t : run.cells()) {
                raws.add(t.raw());
            }
            return PrintedRow.cells(raws);
        }
        List<Piece> pieces = new ArrayList<>();
        List<Token> printed = run.printed();
        int end = printed.size();
        while (end > 0 && printed.get(end - 1).empty()) {
            // an empty field after glued digits cannot be told from the exporter's trailing delimiter: how many
            // cells the digits hold is for the solver to find, not for the field count to suggest
            end--;
        }
        for (Token t : printed.subList(0, end)) {
            if (t.empty()) {
                pieces.add(Piece.cell(""));
            } else if (CellReader.hasInnerSpace(t.raw())) {
                PrintedRow.parse(t.raw()).pieces().forEach(pieces::add);
            } else {
                pieces.add(PrintedRow.piece(t.raw()));
            }
        }
        return PrintedRow.of(pieces);
    }

    /** The line of a glued row's first printed value. */
    static int firstLine(CellRun run, int fallback) {
        for (Token t : run.printed()) {
            if (!t.empty()) {
                return t.line();
            }
        }
        return fallback;
    }
}
