package org.nianbao.audit.parse;

import org.nianbao.audit.ingest.SourceDocument;
import org.nianbao.audit.model.AnnualReport;

/** Turns a document's text into the annual-report model. OWNER: parse helper — replace this stub. */
public final class ReportParser {
    /** Never throws for bad content: problems are recorded in the model. Thread-safe. */
    public AnnualReport parse(SourceDocument document) {
        throw new UnsupportedOperationException("ReportParser not implemented yet");
    }
}
