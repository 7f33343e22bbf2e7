package org.nianbao.audit.ingest;

import java.util.List;
import org.nianbao.audit.model.ParseProblem;

/**
 * A submitted file turned into text: the charset it was decoded with and its original lines (no line
 * terminators, no BOM), kept verbatim for evidence. When the file could not be read as text,
 * {@code problem} says what and where and {@code lines} is empty.
 */
public record SourceDocument(String source, String format, String charset, List<String> lines, long bytes,
                             ParseProblem problem) {
    public SourceDocument {
        lines = List.copyOf(lines);
    }

    public boolean readable() {
        return problem == null;
    }
}
