package org.nianbao.audit.parse.table;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.audit.model.Cell;
import org.nianbao.audit.model.CellOrigin;
import org.nianbao.audit.model.ParseProblem;
import org.nianbao.audit.model.ProblemCode;
import org.nianbao.audit.model.template.RowSpec;
import org.nianbao.audit.parse.table.digits.RowReading;

/**
 * The model's side of a digit-solver reading, for every reader that hands rows to the solver: the cells of a
 * read row (reconstructed ones with their evidence), or the extraction problem of a row left unread.
 */
public final class ReadingCells {
    private ReadingCells() {
    }

    /**
     * The row's cells in template column order: as printed, or reconstructed with the reading's evidence as their
     * quote. Empty unless the reading {@link RowReading#isRead() is read}.
     */
    public static List<Cell> cells(RowSpec spec, RowReading reading, int line) {
        List<Cell> cells = new ArrayList<>();
        if (!reading.isRead()) {
            return cells;
        }
        boolean reconstructed = reading.isReconstructed();
        for (int i = 0; i < reading.cells().size(); i++) {
            String raw = reading.cells().get(i);
            CellReader.Reading value = CellReader.read(raw);
            cells.add(new Cell(spec.table(), spec.key(), TemplateColumns.key(spec, i), spec.label(),
                    TemplateColumns.label(spec, i), value.kind(), value.value(), raw, line,
                    reconstructed ? CellOrigin.RECONSTRUCTED : CellOrigin.PRINTED, reconstructed ? reading.evidence() : null));
        }
        return cells;
    }

    /**
     * The extraction problem of a row the solver could not read: CELLS_AMBIGUOUS (its readings listed) when
     * several fit, else CELLS_UNSEPARATED quoting {@code evidence}; null for a row that was read or printed fewer
     * values than cells (a short row is the report's, recorded as such by the caller).
     */
    public static ParseProblem problem(RowSpec spec, RowReading reading, String evidence, int line) {
        return switch (reading.status()) {
            case AS_PRINTED, RECONSTRUCTED, FEWER_THAN_CELLS -> null;
            case AMBIGUOUS, TOO_MANY -> ParseProblem.inTable(ProblemCode.CELLS_AMBIGUOUS,
                    TableMessages.ambiguous(spec.cellCount(), reading.printed(), reading.reasoning()), line,
                    reading.printed(), spec.table(), spec.key());
            case UNSPLITTABLE -> unseparated(spec, evidence, line);
        };
    }

    static ParseProblem unseparated(RowSpec spec, String evidence, int line) {
        return ParseProblem.inTable(ProblemCode.CELLS_UNSEPARATED, TableMessages.unseparated(spec.cellCount(), evidence),
                line, evidence, spec.table(), spec.key());
    }
}
