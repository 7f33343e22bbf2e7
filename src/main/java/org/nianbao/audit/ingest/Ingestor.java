package org.nianbao.audit.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.nianbao.audit.document.Document;
import org.nianbao.audit.ingest.docx.DocxSourceReader;
import org.nianbao.audit.ingest.html.HtmlSourceReader;
import org.nianbao.audit.ingest.pdf.PdfSourceReader;
import org.nianbao.audit.ingest.text.TemplateVocabulary;

/**
 * Chooses the reader for a file and reads it. A new input format is one more {@link SourceReader} in
 * the list. Never throws for bad content: the problem is recorded in the document. Thread-safe.
 */
public final class Ingestor {
    /** Formats agencies publish reports in that no reader handles (OFD, 版式文档): listed as "not supported", never skipped. */
    private static final Set<String> DOCUMENT_FORMATS = Set.of("ofd");

    private final List<SourceReader> readers;

    /**
     * Every format's reader; text recognisers cut one-line bodies by {@code vocabulary} (the rules' template,
     * or {@link TemplateVocabulary#NONE} where only {@link #isSubmission} is asked).
     */
    public Ingestor(TemplateVocabulary vocabulary) {
        this(List.of(new TextSourceReader(vocabulary), new HtmlSourceReader(), new DocxSourceReader(),
                new PdfSourceReader()));
    }

    public Ingestor(List<SourceReader> readers) {
        this.readers = List.copyOf(readers);
    }

    /**
     * Whether a file met while walking a folder is a submission: a format some reader handles, or a
     * document format no reader handles yet (OFD — recorded as "not supported yet"
     * rather than silently skipped). Documentation next to the reports (README.*) and other files
     * (case sidecars, spreadsheets, images) are not submissions. A file named explicitly is always read.
     */
    public boolean isSubmission(Path file) {
        Path name = file.getFileName();
        if (name == null || name.toString().toLowerCase(Locale.ROOT).startsWith("readme")) {
            return false;
        }
        String ext = FileNames.extension(file).toLowerCase(Locale.ROOT);
        return DOCUMENT_FORMATS.contains(ext) || readers.stream().anyMatch(r -> r.accepts(file));
    }

    /** Reads {@code file}; {@code source} is the name shown in outputs (the path as given). */
    public Document read(Path file, String source) {
        if (!Files.isRegularFile(file)) {
            return Document.failed(source, null, 0, Files.isDirectory(file)
                    ? IngestMessages.isDirectory(source) : IngestMessages.missing(source));
        }
        for (SourceReader reader : readers) {
            if (reader.accepts(file)) {
                return reader.read(file, source);
            }
        }
        return Document.failed(source, null, size(file), IngestMessages.unsupportedFormat(FileNames.extension(file)));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
