package org.nianbao.audit.ingest;

import java.util.List;
import org.nianbao.audit.model.ParseProblem;

/**
 * A submitted file turned into text: the charset it was decoded with and its original lines (no line
 * terminators, no BOM), kept verbatim for evidence. When the file could not be read as text,
 * {@code problem} says what and where and {@code lines} is empty. {@code warnings} are extraction
 * problems that did not stop the reading (e.g. a guessed charset).
 */
public record SourceDocument(String source, String format, String charset, List<String> lines, long bytes,
                             ParseProblem problem, List<ParseProblem> warnings) {
    public SourceDocument {
        lines = List.copyOf(lines);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public SourceDocument(String source, String format, String charset, List<String> lines, long bytes,
                          ParseProblem problem) {
        this(source, format, charset, lines, bytes, problem, List.of());
    }

    /** A document that could not be read at all. */
    public static SourceDocument failed(String source, String format, long bytes, ParseProblem problem) {
        return new SourceDocument(source, format, null, List.of(), bytes, problem, List.of());
    }

    public boolean readable() {
        return problem == null;
    }
}
