package org.nianbao.audit.document;

import java.util.Objects;
import org.nianbao.audit.model.SourceSpan;

/** A table found in the file (HTML {@code <table>}, Word table, PDF ruling or column alignment) as a grid. */
public record TableBlock(Grid grid, SourceSpan span) implements Block {
    public TableBlock {
        Objects.requireNonNull(grid);
        span = span == null ? SourceSpan.NONE : span;
    }
}
