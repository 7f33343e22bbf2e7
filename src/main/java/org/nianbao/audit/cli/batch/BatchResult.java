package org.nianbao.audit.cli.batch;

import java.io.IOException;
import java.util.List;
import org.nianbao.audit.render.summary.GradeCounts;
import org.nianbao.audit.render.summary.RunFacts;
import org.nianbao.audit.render.summary.SummaryRow;

/**
 * What a batch produced. {@code writeFailure} is set when output could not be written (the batch stopped);
 * {@code failOnReached} when a report reached --fail-on.
 */
public record BatchResult(List<SummaryRow> rows, RunFacts facts, boolean failOnReached, IOException writeFailure) {
    public GradeCounts grades() {
        return GradeCounts.of(rows);
    }
}
