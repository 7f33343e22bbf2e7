package org.nianbao.audit.render.summary;

import java.nio.file.Path;
import java.util.List;
import org.nianbao.audit.grade.GradingPolicy;
import org.nianbao.audit.render.ShownSource;

/**
 * What the batch-level outputs render: the summary rows in input order, the rule tally and, for the
 * outputs that list every finding, a source that streams them back report by report. {@code scratch} is
 * the folder renderers may put temporary files in (inside the output folder: nothing is written elsewhere).
 * {@code ruleSet} is every rule that was run, fired or not (SARIF and the rule catalogue describe them all).
 * {@code context} says when, on what and with which rules the batch ran; {@code policy} is the grading policy
 * the catalogue explains (null when unknown).
 */
public record BatchSummary(List<SummaryRow> rows, RuleTally tally, FindingSource findings,
                           List<String> perReportExtensions, Path scratch, List<RuleDescription> ruleSet,
                           RunContext context, GradingPolicy policy) {
    public BatchSummary {
        rows = List.copyOf(rows);
        perReportExtensions = List.copyOf(perReportExtensions);
        ruleSet = List.copyOf(ruleSet);
        context = context == null ? RunContext.unknown() : context;
    }

    /** A summary without run context or policy (renderer tests). */
    public BatchSummary(List<SummaryRow> rows, RuleTally tally, FindingSource findings,
                        List<String> perReportExtensions, Path scratch, List<RuleDescription> ruleSet) {
        this(rows, tally, findings, perReportExtensions, scratch, ruleSet, null, null);
    }

    /** The per-report file the summaries point at (the first format written: json, else html, else md). */
    public String fileOf(SummaryRow row) {
        return perReportExtensions.isEmpty() ? null : row.file(perReportExtensions.get(0));
    }

    /** The file a clerk opens for one report: its page when pages were written, else {@link #fileOf}. */
    public String pageOf(SummaryRow row) {
        return writes("html") ? row.file("html") : fileOf(row);
    }

    /** True when every report has its own file with this extension (e.g. the agency pages index.html links). */
    public boolean writes(String extension) {
        return perReportExtensions.contains(extension);
    }

    /** The input file as a clerk should see it: relative to the input folder it was found in, never absolute. */
    public String shownSource(SummaryRow row) {
        return ShownSource.of(row.source(), context.inputs());
    }
}
