package org.nianbao.audit.cli.batch;

import java.io.IOException;
import java.util.List;
import org.nianbao.audit.render.summary.GradeCounts;
import org.nianbao.audit.render.summary.RunFacts;
import org.nianbao.audit.render.summary.SummaryRow;

/**
 * What a batch produced. {@code writeFailure} is set when output could not be written (the batch stopped);
 * {@code failOnReached} when a report reached --fail-on; {@code staleRemoved} counts the previous run's
 * files in the output folder this run did not write again and removed; {@code reportErrors} are the
 * unexpected errors that made single reports not assessable, in input order (shown with --verbose).
 */
public record BatchResult(List<SummaryRow> rows, RunFacts facts, boolean failOnReached, IOException writeFailure,
                          int staleRemoved, List<ReportError> reportErrors) {
    /** An unexpected error on one input file: the file as given and what was thrown. */
    public record ReportError(String source, Throwable error) {
    }

    public BatchResult {
        reportErrors = reportErrors == null ? List.of() : List.copyOf(reportErrors);
    }

    public BatchResult(List<SummaryRow> rows, RunFacts facts, boolean failOnReached, IOException writeFailure,
                       int staleRemoved) {
        this(rows, facts, failOnReached, writeFailure, staleRemoved, List.of());
    }

    /** A batch that removed nothing (it stopped early, or the folder held no stale files). */
    public BatchResult(List<SummaryRow> rows, RunFacts facts, boolean failOnReached, IOException writeFailure) {
        this(rows, facts, failOnReached, writeFailure, 0);
    }

    public GradeCounts grades() {
        return GradeCounts.of(rows);
    }
}
