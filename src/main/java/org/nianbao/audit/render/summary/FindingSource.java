package org.nianbao.audit.render.summary;

import java.io.IOException;
import java.util.List;

/** The findings of every report, handed out one report at a time, in whatever order an output needs. */
@FunctionalInterface
public interface FindingSource {
    @FunctionalInterface
    interface Visitor {
        void visit(SummaryRow row, List<FindingRecord> findings) throws IOException;
    }

    /** The findings of one report (by its input index), in their written order. */
    List<FindingRecord> of(SummaryRow row) throws IOException;

    /** Visits the reports in the order of {@code rows} (input order for SARIF, worst first for the workbook). */
    default void forEach(List<SummaryRow> rows, Visitor visitor) throws IOException {
        for (SummaryRow row : rows) {
            visitor.visit(row, of(row));
        }
    }
}
