package org.nianbao.audit.document;

import java.util.List;
import org.nianbao.audit.model.ParseProblem;

/**
 * A submitted file as every reader delivers it, whatever its format: blocks in reading order (headings,
 * paragraphs, tables as grids), each carrying where it sits in the file, plus what the publishing page
 * says about the report. The parser never asks which format a document came from.
 *
 * <p>When the file could not be read, {@code problem} says why and {@code blocks} is empty.
 * {@code warnings} are extraction problems that did not stop the reading (a guessed charset, a table
 * whose grid could not be rebuilt).
 */
public record Document(String source, String format, String charset, long bytes, List<Block> blocks,
                       PageFacts page, ParseProblem problem, List<ParseProblem> warnings) {
    public Document {
        blocks = List.copyOf(blocks);
        page = page == null ? PageFacts.NONE : page;
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A file that could not be read at all. */
    public static Document failed(String source, String format, long bytes, ParseProblem problem) {
        return new Document(source, format, null, bytes, List.of(), PageFacts.NONE, problem, List.of());
    }

    public boolean readable() {
        return problem == null;
    }
}
