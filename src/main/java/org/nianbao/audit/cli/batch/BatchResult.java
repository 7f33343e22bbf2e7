package org.nianbao.audit.cli.batch;

import java.io.IOException;
import java.util.List;
import org.nianbao.audit.render.summary.GradeCounts;
import org.nianbao.audit.render.summary.RunFacts;
import org.nianbao.audit.render.summary.SummaryRow;

/**
 * What a batch produced. {@code writeFailure} is set when output could not be written (the batch stopped);
 * {@code outputBusy} when another run holds the output folder (nothing was written); {@code failOnReached}
 * when a report reached --fail-on; {@code staleRemoved} counts the previous run's files in the output
 * folder this run did not write again and removed; {@code recovered} what a killed run had left there;
 * {@code reportErrors} are the unexpected errors that made single reports not assessable, in input order
 * (shown with --verbose).
 */
public record BatchResult(List<SummaryRow> rows, RunFacts facts, boolean failOnReached, IOException writeFailure,
                          int staleRemoved, boolean outputBusy, OutputRecovery.Result recovered,
                          List<ReportError> reportErrors) {
    private static final OutputRecovery.Result NOTHING = new OutputRecovery.Result(0, 0, 0);

    /** An unexpected error on one input file: the file as given and what was thrown. */
    public record ReportError(String source, Throwable error) {
    }

    public BatchResult {
        reportErrors = reportErrors == null ? List.of() : List.copyOf(reportErrors);
    }

    public BatchResult(List<SummaryRow> rows, RunFacts facts, boolean failOnReached, IOException writeFailure,
                       int staleRemoved, List<ReportError> reportErrors) {
        this(rows, facts, failOnReached, writeFailure, staleRemoved, false, NOTHING, reportErrors);
    }

    public BatchResult(List<SummaryRow> rows, RunFacts facts, boolean failOnReached, IOException writeFailure,
                       int staleRemoved) {
        this(rows, facts, failOnReached, writeFailure, staleRemoved, List.of());
    }

    /** A batch that removed nothing (it stopped early, or the folder held no stale files). */
    public BatchResult(List<SummaryRow> rows, RunFacts facts, boolean failOnReached, IOException writeFailure) {
        this(rows, facts, failOnReached, writeFailure, 0);
    }

    static BatchResult failed(RunFacts facts, IOException e) {
        return new BatchResult(List.of(), facts, false, e);
    }

    static BatchResult busy(RunFacts facts) {
        return new BatchResult(List.of(), facts, false, null, 0, true, NOTHING, List.of());
    }

    BatchResult withRecovery(OutputRecovery.Result recovery) {
        return new BatchResult(rows, facts, failOnReached, writeFailure, staleRemoved, outputBusy, recovery, reportErrors);
    }

    /** Files a killed run had left and this run cleaned up or took over. */
    public int recoveredFiles() {
        return recovered.summariesCompleted() + recovered.temporaryRemoved() + recovered.pagesTakenOver();
    }

    public GradeCounts grades() {
        return GradeCounts.of(rows);
    }
}
