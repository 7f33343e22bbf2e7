package org.nianbao.audit.render;

import java.io.IOException;
import java.io.OutputStream;
import org.nianbao.audit.grade.Audit;

/** Writes one report's audit in one format. Implementations are stateless and thread-safe. */
public interface ReportRenderer {
    OutputFormat format();

    /** File name extension without the dot, e.g. "html". */
    default String extension() {
        return format().id();
    }

    void render(Audit audit, OutputStream out) throws IOException;
}
