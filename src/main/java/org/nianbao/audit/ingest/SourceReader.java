package org.nianbao.audit.ingest;

import java.nio.file.Path;
import org.nianbao.audit.document.Document;

/** Reads one input format into the document model. A new format (HTML, DOCX, PDF) is one new implementation. */
public interface SourceReader {
    /** Format name shown in diagnostics, e.g. "text". */
    String format();

    /** True when this reader handles the file (by its name). */
    boolean accepts(Path file);

    /** Reads the file; never throws for bad content: the problem is recorded in the document. */
    Document read(Path file, String source);
}
