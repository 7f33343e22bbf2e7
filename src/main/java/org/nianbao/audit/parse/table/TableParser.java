package org.nianbao.audit.parse.table;

import java.util.List;
import org.nianbao.audit.model.TextLine;

/**
 * Finds the three statistical tables in a document's lines, whatever the layout (one cell per line,
 * tab-prefixed, Markdown pipes, TSV), and reads them into labelled matrices. OWNER: table helper — replace this stub.
 */
public final class TableParser {
    /** Thread-safe; never throws for bad content. {@code lines} are all lines of the document in order. */
    public TableParseResult parse(List<TextLine> lines) {
        // Placeholder until the table helper lands: no tables found (lets the document parser be tested).
        return new TableParseResult(java.util.List.of(), null, java.util.List.of());
    }
}
