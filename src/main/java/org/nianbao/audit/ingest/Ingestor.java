package org.nianbao.audit.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Chooses the reader for a file and reads it. A new input format is one more {@link SourceReader} in
 * the list. Never throws for bad content: the problem is recorded in the document. Thread-safe.
 */
public final class Ingestor {
    private final List<SourceReader> readers;

    public Ingestor() {
        this(List.of(new TextSourceReader()));
    }

    public Ingestor(List<SourceReader> readers) {
        this.readers = List.copyOf(readers);
    }

    /** Reads {@code file}; {@code source} is the name shown in outputs (the path as given). */
    public SourceDocument read(Path file, String source) {
        if (!Files.isRegularFile(file)) {
            return SourceDocument.failed(source, null, 0, Files.isDirectory(file)
                    ? IngestMessages.isDirectory(source) : IngestMessages.missing(source));
        }
        for (SourceReader reader : readers) {
            if (reader.accepts(file)) {
                return reader.read(file, source);
            }
        }
        return SourceDocument.failed(source, null, size(file), IngestMessages.unsupportedFormat(FileNames.extension(file)));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
