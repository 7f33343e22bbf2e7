package org.nianbao.audit.render.summary;

import java.io.IOException;
import java.util.List;

/** The findings of every report, handed out one report at a time in input order. */
public interface FindingSource {
    @FunctionalInterface
    interface Visitor {
        void visit(SummaryRow row, List<FindingRecord> findings) throws IOException;
    }

    void forEach(Visitor visitor) throws IOException;
}
