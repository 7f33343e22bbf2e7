package org.nianbao.audit.cli.batch;

import java.io.IOException;
import java.util.List;
import org.nianbao.audit.render.summary.GradeCounts;
import org.nianbao.audit.render.summary.RunFacts;
import org.nianbao.audit.render.summary.SummaryRow;

/**
 * What a batch produced. {@code writeFailure} is set when output could not be written (the batch stopped);
 * {@code failOnReached} when a report reached --fail-on; {@code staleRemoved} counts the previous run's
 * files in the output folder this run did not write again and removed.
 */
public record BatchResult(List<SummaryRow> rows, RunFacts facts, boolean failOnReached, IOException writeFailure,
                          int staleRemoved) {
    /** A batch that removed nothing (it stopped early, or the folder held no stale files). */
    public BatchResult(List<SummaryRow> rows, RunFacts facts, boolean failOnReached, IOException writeFailure) {
        this(rows, facts, failOnReached, writeFailure, 0);
    }

    public GradeCounts grades() {
        return GradeCounts.of(rows);
    }
}
