package org.nianbao.audit.render.summary;

import java.io.IOException;
import java.io.OutputStream;

/** Writes one batch-level file (summary.json, index.html, summary.csv, …). */
public interface BatchRenderer {
    /** File name inside the output folder. */
    String fileName();

    void render(BatchSummary summary, OutputStream out) throws IOException;
}
