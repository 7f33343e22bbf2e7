package org.nianbao.audit.cli;

import java.io.PrintWriter;
import java.util.List;
import org.nianbao.audit.model.finding.Severity;
import org.nianbao.audit.render.RenderMessages;
import org.nianbao.audit.render.ShownSource;
import org.nianbao.audit.render.summary.SummaryRow;

/**
 * When {@code --fail-on} ends the run with exit code 1, which reports did it: one line each (agency, year,
 * file, grade, counts), in input order, the first {@value #SHOWN} of them; the rest are in summary.csv.
 */
final class FailOnReport {
    static final int SHOWN = 20;

    private FailOnReport() {
    }

    static void print(PrintWriter err, List<SummaryRow> rows, Severity level, List<String> inputs) {
        List<SummaryRow> reached = rows.stream().filter(r -> r.reaches(level)).toList();
        err.println(CliMessages.failOnReached(reached.size(), level.id()));
        for (SummaryRow r : reached.subList(0, Math.min(SHOWN, reached.size()))) {
            String agency = r.agency() == null || r.agency().isBlank() ? RenderMessages.UNKNOWN : r.agency();
            err.println(CliMessages.failOnLine(agency, r.year(), ShownSource.of(r.source(), inputs),
                    RenderMessages.grade(r.grade()), r.critical(), r.error(), r.warning(), r.info()));
        }
        if (reached.size() > SHOWN) {
            err.println(CliMessages.failOnMore(reached.size() - SHOWN));
        }
    }
}
