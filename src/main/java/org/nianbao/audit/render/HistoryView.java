package org.nianbao.audit.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.audit.grade.Audit;
import org.nianbao.audit.grade.AuditHistory;

/**
 * The agency page's "与以往报告比较" part: last year's grade next to this year's, the key figures of both years
 * with the changed ones marked, and each copied passage side by side with its source. Null (no part) when the
 * report was audited without history.
 */
final class HistoryView {
    private HistoryView() {
    }

    static Map<String, Object> of(Audit audit) {
        AuditHistory h = audit.getHistory();
        if (h == null) {
            return null;
        }
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("title", RenderMessages.HISTORY_TITLE);
        if (h.hasPrior()) {
            Map<String, Object> prior = new LinkedHashMap<>();
            prior.put("line", RenderMessages.priorGrade(h.priorYear(), RenderMessages.grade(h.priorGrade()),
                    h.priorScore(), RenderMessages.grade(audit.getGrade()), audit.getScore()));
            prior.put("gradeClass", AuditView.gradeClass(h.priorGrade()));
            prior.put("grade", RenderMessages.grade(h.priorGrade()));
            prior.put("change", RenderMessages.gradeChange(h.priorGrade(), audit.getGrade()));
            prior.put("source", RenderMessages.priorSource(h.priorAgency(), h.priorSource()));
            v.put("prior", prior);
        } else {
            v.put("noPrior", RenderMessages.NO_PRIOR);
        }
        List<Map<String, Object>> figures = new ArrayList<>();
        for (AuditHistory.Figure f : h.figures()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("label", f.label());
            m.put("before", f.before().isEmpty() ? "—" : f.before());
            m.put("now", f.now().isEmpty() ? "—" : f.now());
            m.put("cls", f.changed() ? "changed" : "");
            m.put("delta", delta(f));
            figures.add(m);
        }
        if (!figures.isEmpty()) {
            v.put("hasFigures", Boolean.TRUE);
            v.put("priorYear", h.priorYear() + "年");
            v.put("year", audit.getYear() + "年");
            v.put("figures", figures);
        }
        List<Map<String, Object>> copies = new ArrayList<>();
        for (AuditHistory.Copy c : h.copies()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("what", RenderMessages.copyHeading(c.what(), c.percent()));
            m.put("mine", RenderMessages.thisReportAt(c.line()));
            m.put("other", RenderMessages.otherReport(c.otherAgency(), c.otherYear(), c.otherSource()));
            m.put("text", c.text());
            m.put("otherText", c.otherText());
            copies.add(m);
        }
        if (!copies.isEmpty()) {
            v.put("copiesTitle", RenderMessages.COPIES_TITLE);
            v.put("copies", copies);
        }
        return v;
    }

    /** "+3", "−2" or "" when a side is missing or the values are equal or not whole numbers. */
    static String delta(AuditHistory.Figure f) {
        if (!f.changed()) {
            return "";
        }
        try {
            java.math.BigDecimal d = new java.math.BigDecimal(f.now()).subtract(new java.math.BigDecimal(f.before()));
            return (d.signum() > 0 ? "+" : "−") + d.abs().stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return "";
        }
    }
}
