package org.nianbao.audit.render.summary;

import java.nio.file.Path;
import java.util.List;

/**
 * What the batch-level outputs render: the summary rows in input order, the rule tally and, for the
 * outputs that list every finding, a source that streams them back report by report. {@code scratch} is
 * the folder renderers may put temporary files in (inside the output folder: nothing is written elsewhere).
 * {@code ruleSet} is every rule that was run, fired or not (SARIF describes them all).
 */
public record BatchSummary(List<SummaryRow> rows, RuleTally tally, FindingSource findings,
                           List<String> perReportExtensions, Path scratch, List<RuleDescription> ruleSet) {
    public BatchSummary {
        rows = List.copyOf(rows);
        perReportExtensions = List.copyOf(perReportExtensions);
        ruleSet = List.copyOf(ruleSet);
    }

    /** The per-report file the summaries point at (the first format written: json, else html, else md). */
    public String fileOf(SummaryRow row) {
        return perReportExtensions.isEmpty() ? null : row.file(perReportExtensions.get(0));
    }

    /** True when every report has its own file with this extension (e.g. the agency pages index.html links). */
    public boolean writes(String extension) {
        return perReportExtensions.contains(extension);
    }
}
