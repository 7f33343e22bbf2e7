package org.nianbao.audit.render.summary;

import java.nio.file.Path;
import java.util.List;

/**
 * What the batch-level outputs render: the summary rows in input order, the rule tally and, for the
 * outputs that list every finding, a source that streams them back report by report. {@code scratch} is
 * the folder renderers may put temporary files in (inside the output folder: nothing is written elsewhere).
 */
public record BatchSummary(List<SummaryRow> rows, RuleTally tally, FindingSource findings,
                           String perReportExtension, Path scratch) {
    public BatchSummary {
        rows = List.copyOf(rows);
    }

    /** The per-report file the summaries link to ("json" or "html"), null when none is written. */
    public String fileOf(SummaryRow row) {
        return perReportExtension == null ? null : row.file(perReportExtension);
    }
}
