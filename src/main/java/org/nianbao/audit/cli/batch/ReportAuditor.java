package org.nianbao.audit.cli.batch;

import java.nio.file.Path;
import org.nianbao.audit.grade.Audit;

/** The whole pipeline for one file, behind one call so the batch can be tested without Drools. Thread-safe. */
@FunctionalInterface
public interface ReportAuditor {
    /** @param source the name shown in outputs (the path as given) */
    Audit audit(Path file, String source);
}
