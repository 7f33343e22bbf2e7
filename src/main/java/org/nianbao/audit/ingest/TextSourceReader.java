package org.nianbao.audit.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.nianbao.audit.document.Document;
import org.nianbao.audit.ingest.text.TextDecoding;
import org.nianbao.audit.ingest.text.TemplateVocabulary;
import org.nianbao.audit.ingest.text.TextDocuments;

/** Plain-text exports (.txt, .md, .markdown, .text, .tsv) in any charset the detector recognises. */
public final class TextSourceReader implements SourceReader {
    /**
     * Above this a file is refused unread (documented in README.md). Real reports are a few hundred KB and
     * 20 MB must still pass; auditing takes about eight times a file's size in heap (cli.batch.MemoryBudget),
     * so 32 MiB fits the default heap of a 4 GB machine (1 GB) with room for the rest of the batch.
     */
    public static final long MAX_BYTES = 32L << 20;
    private static final Set<String> EXTENSIONS = Set.of("txt", "md", "markdown", "text", "tsv");

    private final TextDecoding decoding = new TextDecoding();
    private final long maxBytes;
    private final TextDocuments documents;

    /** With the template data the text recognisers cut one-line bodies by (read from the rules folder). */
    public TextSourceReader(TemplateVocabulary vocabulary) {
        this(MAX_BYTES, vocabulary);
    }

    /** With a custom size limit (tests use a small one). */
    public TextSourceReader(long maxBytes, TemplateVocabulary vocabulary) {
        this(maxBytes, new TextDocuments(vocabulary));
    }

    private TextSourceReader(long maxBytes, TextDocuments documents) {
        this.maxBytes = maxBytes;
        this.documents = documents;
    }

    @Override
    public String format() {
        return "text";
    }

    @Override
    public boolean accepts(Path file) {
        return EXTENSIONS.contains(FileNames.extension(file).toLowerCase(Locale.ROOT));
    }

    @Override
    public Document read(Path file, String source) {
        long size;
        byte[] bytes;
        try {
            size = Files.size(file);
            if (size > maxBytes) {
                return Document.failed(source, format(), size, IngestMessages.tooLarge(size, maxBytes));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException | SecurityException e) {
            return Document.failed(source, format(), 0, IngestMessages.unreadable(describe(e)));
        }
        TextDecoding.Outcome outcome = decoding.decode(bytes);
        if (outcome.problem() != null) {
            return new Document(source, format(), outcome.charset(), bytes.length, java.util.List.of(), null,
                    outcome.problem(), outcome.warnings());
        }
        return documents.read(source, outcome.charset(), outcome.lines(), bytes.length, outcome.warnings());
    }

    private static String describe(Exception e) {
        String kind = e.getClass().getSimpleName();
        return e.getMessage() == null ? kind : kind + "（" + e.getMessage() + "）";
    }
}
