package org.nianbao.audit.render;

import com.samskivert.mustache.Escapers;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.nianbao.audit.grade.Audit;
import org.nianbao.audit.model.Origin;
import org.nianbao.audit.model.finding.Finding;
import org.nianbao.audit.model.finding.Severity;

/**
 * The template context of one audit, shared by the HTML and Markdown renderers: header facts, then the
 * findings grouped by section (document order, "全文" last) and, inside a section, by severity. Each finding
 * carries its evidence in words (where, value labels, cells by their labels, rules merged into it). Values
 * are raw strings, escaped by the template engine, except {@code evidenceMarked}: the quote escaped here,
 * piece by piece, with the offending words wrapped for the target format.
 */
public final class AuditView {
    private static final int WHOLE_REPORT_KEY = Integer.MAX_VALUE;

    /** How the offending words are marked in one output format; the pieces are escaped for it first. */
    public record Marker(UnaryOperator<String> escape, String open, String close) {
        public static final Marker HTML = new Marker(Escapers.HTML::escape, "<mark>", "</mark>");
        public static final Marker MARKDOWN = new Marker(MarkdownEscaper::escape, "**", "**");
    }

    private AuditView() {
    }

    public static Map<String, Object> of(Audit audit) {
        return of(audit, PageContext.NONE, Marker.HTML);
    }

    public static Map<String, Object> of(Audit audit, PageContext context, Marker marker) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("documentTitle", RenderMessages.DOCUMENT_TITLE);
        v.put("agency", orUnknown(audit.getAgency()));
        v.put("year", audit.getYear() == null ? RenderMessages.UNKNOWN : audit.getYear().toString());
        v.put("template", audit.getTemplate() == null ? RenderMessages.UNKNOWN : audit.getTemplate());
        v.put("published", audit.getPublished() == null ? RenderMessages.UNKNOWN : audit.getPublished().toString());
        v.put("source", ShownSource.of(audit.getSource(), context.inputs()));
        v.put("grade", RenderMessages.grade(audit.getGrade()));
        v.put("gradeClass", gradeClass(audit.getGrade()));
        v.put("score", audit.getScore() == null ? "—" : audit.getScore().toString());
        v.put("reason", Objects.toString(audit.getGradeReason(), ""));
        v.put("rules", context.rules());
        v.put("tool", ToolVersion.NAME + " " + ToolVersion.get());
        Map<Severity, Integer> counts = audit.countsBySeverity();
        v.put("counts", RenderMessages.countsLine(audit.getFindings().size(), counts.get(Severity.CRITICAL),
                counts.get(Severity.ERROR), counts.get(Severity.WARNING), counts.get(Severity.INFO)));
        List<Map<String, Object>> sections = sections(audit, marker);
        v.put("sections", sections);
        v.put("noFindings", sections.isEmpty() ? RenderMessages.NO_FINDINGS : null);
        v.put("labels", labels());
        v.put("history", HistoryView.of(audit));
        return v;
    }

    /** CSS class of a grade badge; "na" for not assessable. */
    public static String gradeClass(String grade) {
        return grade == null ? "na" : "g" + grade.toLowerCase(Locale.ROOT);
    }

    private static List<Map<String, Object>> sections(Audit audit, Marker marker) {
        Map<Integer, Map<Severity, List<Finding>>> grouped = new TreeMap<>();
        for (Finding f : audit.getFindings()) {
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
                g.put("findings", list.stream().map(f -> finding(f, audit.getTemplate(), marker)).toList());
                groups.add(g);
            });
            s.put("groups", groups);
            out.add(s);
        });
        return out;
    }

    private static Map<String, Object> finding(Finding f, String template, Marker marker) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", f.getRule());
        m.put("ruleHref", ruleHref(f.getRule()));
        m.put("title", f.getTitle());
        m.put("severity", RenderMessages.severity(f.getSeverity()));
        m.put("severityClass", f.getSeverity().id());
        m.put("category", RenderMessages.category(f.getCategory()));
        m.put("message", f.getMessage());
        m.put("basis", f.getBasis());
        String where = FindingText.where(f);
        m.put("where", where.isEmpty() ? RenderMessages.WHOLE_REPORT : where);
        boolean quoted = !f.getEvidence().isEmpty();
        m.put("evidence", quoted ? Boolean.TRUE : null);
        m.put("evidenceMarked", quoted ? Highlights.mark(f.getEvidence(), FindingText.highlights(f),
                marker.escape(), marker.open(), marker.close()) : null);
        m.put("extraction", f.getOrigin() == Origin.EXTRACTION ? RenderMessages.EXTRACTION_MARK : null);
        m.put("compares", f.getReported() != null || f.getExpected() != null ? Boolean.TRUE : null);
        m.put("reported", f.getReported());
        m.put("reportedLabel", FindingText.reportedLabel(f));
        m.put("expected", f.getExpected());
        m.put("expectedLabel", FindingText.expectedLabel(f));
        List<String> cells = FindingText.cells(f);
        m.put("hasCells", cells.isEmpty() ? null : Boolean.TRUE);
        m.put("cells", cells);
        m.put("cellsLine", String.join("；", cells));
        m.put("also", f.getMerged().stream().map(AuditView::also).toList());
        return m;
    }

    private static Map<String, Object> also(Finding merged) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", merged.getRule());
        m.put("ruleHref", ruleHref(merged.getRule()));
        m.put("title", merged.getTitle());
        m.put("message", merged.getMessage());
        return m;
    }

    /** The rule's entry in the catalogue the audit writes next to the pages. */
    static String ruleHref(String rule) {
        return "rules.html#" + URLEncoder.encode(rule, StandardCharsets.UTF_8).replace("+", "%20");
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
        l.put("where", RenderMessages.LABEL_WHERE);
        l.put("cells", RenderMessages.LABEL_CELLS);
        l.put("also", RenderMessages.LABEL_ALSO);
        l.put("rule", RenderMessages.LABEL_RULE);
        l.put("rules", RenderMessages.LABEL_RULES);
        l.put("tool", RenderMessages.LABEL_TOOL);
        l.put("category", RenderMessages.LABEL_CATEGORY);
        l.put("index", RenderMessages.LINK_INDEX);
        l.put("catalogue", RenderMessages.LINK_RULES);
        return l;
    }

    private static String orUnknown(String s) {
        return s == null || s.isBlank() ? RenderMessages.UNKNOWN : s;
    }
}
