package org.nianbao.audit.ingest;

import java.nio.file.Path;

/** Chooses the reader for a file and reads it. OWNER: ingest/parse helper — replace this stub. */
public final class Ingestor {
    /** Reads {@code file}; {@code source} is the name shown in outputs (the path as given). */
    public SourceDocument read(Path file, String source) {
        throw new UnsupportedOperationException("Ingestor not implemented yet");
    }
}
