package org.nianbao.audit.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.nianbao.audit.grade.Audit;
import org.nianbao.audit.model.Origin;
import org.nianbao.audit.model.finding.Finding;
import org.nianbao.audit.model.finding.Severity;

/**
 * The template context of one audit, shared by the HTML and Markdown renderers: header facts, then the
 * findings grouped by section (document order, "全文" last) and, inside a section, by severity. Values are
 * raw strings; the template engine's escaper makes them safe for the target format.
 */
public final class AuditView {
    private static final int WHOLE_REPORT_KEY = Integer.MAX_VALUE;

    private AuditView() {
    }

    public static Map<String, Object> of(Audit audit) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("documentTitle", RenderMessages.DOCUMENT_TITLE);
        v.put("agency", orUnknown(audit.getAgency()));
        v.put("year", audit.getYear() == null ? RenderMessages.UNKNOWN : audit.getYear().toString());
        v.put("template", audit.getTemplate() == null ? RenderMessages.UNKNOWN : audit.getTemplate());
        v.put("published", audit.getPublished() == null ? RenderMessages.UNKNOWN : audit.getPublished().toString());
        v.put("source", audit.getSource());
        v.put("grade", RenderMessages.grade(audit.getGrade()));
        v.put("gradeClass", gradeClass(audit.getGrade()));
        v.put("score", audit.getScore() == null ? "—" : audit.getScore().toString());
        v.put("reason", Objects.toString(audit.getGradeReason(), ""));
        Map<Severity, Integer> counts = audit.countsBySeverity();
        v.put("counts", RenderMessages.countsLine(audit.getFindings().size(), counts.get(Severity.CRITICAL),
                counts.get(Severity.ERROR), counts.get(Severity.WARNING), counts.get(Severity.INFO)));
        List<Map<String, Object>> sections = sections(audit.getFindings());
        v.put("sections", sections);
        v.put("noFindings", sections.isEmpty() ? RenderMessages.NO_FINDINGS : null);
        v.put("labels", labels());
        return v;
    }

    /** CSS class of a grade badge; "na" for not assessable. */
    public static String gradeClass(String grade) {
        return grade == null ? "na" : "g" + grade.toLowerCase(java.util.Locale.ROOT);
    }

    private static List<Map<String, Object>> sections(List<Finding> findings) {
        Map<Integer, Map<Severity, List<Finding>>> grouped = new TreeMap<>();
        for (Finding f : findings) {
            int key = f.getSection() == null ? WHOLE_REPORT_KEY : f.getSection();
            grouped.computeIfAbsent(key, k -> new TreeMap<>()).computeIfAbsent(f.getSeverity(), k -> new ArrayList<>()).add(f);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        grouped.forEach((key, bySeverity) -> {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("heading", RenderMessages.section(key == WHOLE_REPORT_KEY ? null : key));
            List<Map<String, Object>> groups = new ArrayList<>();
            bySeverity.forEach((severity, list) -> {
                Map<String, Object> g = new LinkedHashMap<>();
                g.put("severity", RenderMessages.severity(severity));
                g.put("severityClass", severity.id());
                g.put("findings", list.stream().map(AuditView::finding).toList());
                groups.add(g);
            });
            s.put("groups", groups);
            out.add(s);
        });
        return out;
    }

    private static Map<String, Object> finding(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", f.getRule());
        m.put("title", f.getTitle());
        m.put("severity", RenderMessages.severity(f.getSeverity()));
        m.put("severityClass", f.getSeverity().id());
        m.put("category", RenderMessages.category(f.getCategory()));
        m.put("message", f.getMessage());
        m.put("basis", f.getBasis());
        m.put("evidence", f.getEvidence().isEmpty() ? null : f.getEvidence());
        m.put("line", RenderMessages.location(f.getLine(), f.getSpan()));
        m.put("extraction", f.getOrigin() == Origin.EXTRACTION ? RenderMessages.EXTRACTION_MARK : null);
        boolean compares = f.getReported() != null || f.getExpected() != null;
        m.put("compares", compares ? Boolean.TRUE : null);
        m.put("reported", Objects.toString(f.getReported(), "—"));
        m.put("expected", Objects.toString(f.getExpected(), "—"));
        m.put("cells", f.getCells().isEmpty() ? null : String.join("，", f.getCells()));
        return m;
    }

    private static Map<String, String> labels() {
        Map<String, String> l = new LinkedHashMap<>();
        l.put("agency", RenderMessages.LABEL_AGENCY);
        l.put("year", RenderMessages.LABEL_YEAR);
        l.put("template", RenderMessages.LABEL_TEMPLATE);
        l.put("published", RenderMessages.LABEL_PUBLISHED);
        l.put("source", RenderMessages.LABEL_SOURCE);
        l.put("score", RenderMessages.LABEL_SCORE);
        l.put("grade", RenderMessages.LABEL_GRADE);
        l.put("reason", RenderMessages.LABEL_REASON);
        l.put("message", RenderMessages.LABEL_MESSAGE);
        l.put("basis", RenderMessages.LABEL_BASIS);
        l.put("evidence", RenderMessages.LABEL_EVIDENCE);
        l.put("reported", RenderMessages.LABEL_REPORTED);
        l.put("expected", RenderMessages.LABEL_EXPECTED);
        l.put("cells", RenderMessages.LABEL_CELLS);
        l.put("rule", RenderMessages.LABEL_RULE);
        l.put("category", RenderMessages.LABEL_CATEGORY);
        return l;
    }

    private static String orUnknown(String s) {
        return s == null || s.isBlank() ? RenderMessages.UNKNOWN : s;
    }
}
