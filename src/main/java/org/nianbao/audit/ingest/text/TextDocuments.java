package org.nianbao.audit.ingest.text;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.audit.document.Block;
import org.nianbao.audit.document.Document;
import org.nianbao.audit.document.PageFacts;
import org.nianbao.audit.document.TextBlock;
import org.nianbao.audit.model.ParseProblem;
import org.nianbao.audit.model.SourceSpan;

/**
 * Turns the decoded lines of a text file into a {@link Document}: one paragraph block per line, blank
 * lines included, each spanning its own line — the table layouts of text (one cell per line, tabs, pipes,
 * TSV, space runs) are read from these lines by the parser's tokenizer.
 */
public final class TextDocuments {
    public static final String FORMAT = "text";

    private TextDocuments() {
    }

    public static Document of(String source, String charset, List<String> lines, long bytes,
                              List<ParseProblem> warnings) {
        List<Block> blocks = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            blocks.add(TextBlock.paragraph(lines.get(i), SourceSpan.textLine(i + 1, 0)));
        }
        return new Document(source, FORMAT, charset, bytes, blocks, PageFacts.NONE, null, warnings);
    }

    /** For tests and tools: a text document from its lines. */
    public static Document of(String source, List<String> lines) {
        return of(source, "UTF-8", lines, 0, List.of());
    }
}
