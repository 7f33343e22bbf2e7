package org.nianbao.audit.document;

import java.util.Objects;
import org.nianbao.audit.model.SourceSpan;

/**
 * A heading or a paragraph as printed, on one line. A text file gives one block per line, blank lines
 * included (the one-cell-per-line table layouts need them); other formats give one per paragraph.
 * {@code kind} is what the file itself marks (an HTML {@code <h2>}, a Word heading style); text files
 * mark nothing, so every line is a {@link Kind#PARAGRAPH} and headings are found from their wording.
 */
public record TextBlock(Kind kind, String text, SourceSpan span) implements Block {
    public enum Kind { HEADING, PARAGRAPH }

    public TextBlock {
        Objects.requireNonNull(kind);
        text = text == null ? "" : text;
        span = span == null ? SourceSpan.NONE : span;
    }

    public static TextBlock paragraph(String text, SourceSpan span) {
        return new TextBlock(Kind.PARAGRAPH, text, span);
    }

    public static TextBlock heading(String text, SourceSpan span) {
        return new TextBlock(Kind.HEADING, text, span);
    }
}
