package org.nianbao.audit.render.summary;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.audit.model.finding.Severity;
import org.nianbao.audit.render.RenderMessages;

/**
 * The one-row-per-report columns of summary.csv, in input order and machine-friendly: the source path as
 * given, the page a clerk opens, codes for status, then the top finding and the ids of the rules that fired.
 */
final class SummaryColumns {
    static final List<String> HEADERS = List.of(RenderMessages.LABEL_SOURCE, RenderMessages.LABEL_FILE,
            RenderMessages.LABEL_AGENCY, RenderMessages.LABEL_YEAR, RenderMessages.LABEL_TEMPLATE,
            RenderMessages.LABEL_STATUS, RenderMessages.LABEL_SCORE, RenderMessages.LABEL_GRADE,
            RenderMessages.LABEL_REASON, RenderMessages.severity(Severity.CRITICAL),
            RenderMessages.severity(Severity.ERROR), RenderMessages.severity(Severity.WARNING),
            RenderMessages.severity(Severity.INFO), RenderMessages.LABEL_MAIN_PROBLEM, RenderMessages.LABEL_FIRED_RULES);

    private SummaryColumns() {
    }

    /** Cell values: String for text, Integer for numbers, null for empty. */
    static List<Object> values(SummaryRow row, String file) {
        List<Object> v = new ArrayList<>(HEADERS.size());
        v.add(row.source());
        v.add(file);
        v.add(row.agency());
        v.add(row.year());
        v.add(row.template());
        v.add(RenderMessages.status(row.status()));
        v.add(row.score());
        v.add(row.grade());
        v.add(row.reason());
        v.add(row.critical());
        v.add(row.error());
        v.add(row.warning());
        v.add(row.info());
        v.add(row.topFinding());
        v.add(String.join(" ", row.rules()));
        return v;
    }
}
