package org.nianbao.audit.render.summary;

import org.nianbao.audit.model.finding.Severity;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.audit.render.AuditView;
import org.nianbao.audit.render.RenderMessages;

/** The template context of index.html. All report values stay raw here; the template escapes them. */
final class IndexView {
    static final int TOP_RULES = 20;
    private static final int CHART_HEIGHT = 160;
    /** Room above the tallest bar for its count label. */
    private static final int CHART_TOP = 20;
    private static final int BAR_WIDTH = 60;
    private static final int BAR_GAP = 30;

    private IndexView() {
    }

    static Map<String, Object> of(BatchSummary summary) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("title", RenderMessages.INDEX_TITLE);
        GradeCounts grades = GradeCounts.of(summary.rows());
        v.put("totals", "报告" + summary.rows().size() + "份，不可评估" + grades.notAssessable() + "份");
        v.put("bars", bars(grades));
        v.put("chartWidth", (BAR_WIDTH + BAR_GAP) * (GradeCounts.GRADES.size() + 1) + BAR_GAP);
        v.put("chartHeight", CHART_HEIGHT + CHART_TOP + 40);
        v.put("rows", rows(summary));
        v.put("topRules", topRules(summary.tally()));
        v.put("failures", failures(summary));
        v.put("h", headings());
        return v;
    }

    private static List<Map<String, Object>> bars(GradeCounts grades) {
        List<Map<String, Object>> bars = new ArrayList<>();
        List<String> labels = new ArrayList<>(GradeCounts.GRADES);
        labels.add(RenderMessages.NOT_ASSESSABLE);
        int max = 1;
        for (String g : GradeCounts.GRADES) {
            max = Math.max(max, grades.count(g));
        }
        max = Math.max(max, grades.notAssessable());
        for (int i = 0; i < labels.size(); i++) {
            boolean na = i == GradeCounts.GRADES.size();
            int count = na ? grades.notAssessable() : grades.count(labels.get(i));
            int h = Math.round((float) count * CHART_HEIGHT / max);
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("label", labels.get(i));
            b.put("count", count);
            b.put("x", BAR_GAP + i * (BAR_WIDTH + BAR_GAP));
            b.put("cx", BAR_GAP + i * (BAR_WIDTH + BAR_GAP) + BAR_WIDTH / 2);
            b.put("y", CHART_TOP + CHART_HEIGHT - h);
            b.put("ty", CHART_TOP - 5 + CHART_HEIGHT - h);
            b.put("height", h);
            b.put("width", BAR_WIDTH);
            b.put("labelY", CHART_TOP + CHART_HEIGHT + 20);
            b.put("fill", na ? "#6e7781" : List.of("#1a7f37", "#0969da", "#bf8700", "#cf222e").get(i));
            bars.add(b);
        }
        return bars;
    }

    /** Built row by row while the template runs: a 100k-report index never holds every row's view at once. */
    private static Iterable<Map<String, Object>> rows(BatchSummary summary) {
        return () -> summary.rows().stream().map(r -> row(summary, r)).iterator();
    }

    private static Map<String, Object> row(BatchSummary summary, SummaryRow r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("agency", r.agency() == null ? RenderMessages.UNKNOWN : r.agency());
        m.put("year", r.year() == null ? "" : r.year().toString());
        m.put("grade", RenderMessages.grade(r.grade()));
        m.put("gradeSort", r.grade() == null ? "Z" : r.grade());
        m.put("gradeClass", AuditView.gradeClass(r.grade()));
        m.put("score", r.score() == null ? "—" : r.score().toString());
        m.put("scoreSort", r.score() == null ? -1 : r.score());
        m.put("critical", r.critical());
        m.put("error", r.error());
        m.put("warning", r.warning());
        m.put("info", r.info());
        m.put("source", r.source());
        String html = r.file("html");
        m.put("href", html != null && summary.writes("html") ? href(html) : null);
        return m;
    }

    private static List<Map<String, Object>> topRules(RuleTally tally) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (RuleTally.Entry e : tally.byFrequency()) {
            if (out.size() == TOP_RULES) {
                break;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", e.rule());
            m.put("title", e.title());
            m.put("severity", RenderMessages.severity(Severity.fromId(e.severity())));
            m.put("reports", e.reports());
            m.put("findings", e.findings());
            m.put("basis", e.basis());
            out.add(m);
        }
        return out;
    }

    private static List<Map<String, Object>> failures(BatchSummary summary) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (SummaryRow r : summary.rows()) {
            if (!r.graded()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("source", r.source());
                m.put("reason", r.reason());
                out.add(m);
            }
        }
        return out;
    }

    private static Map<String, String> headings() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("distribution", RenderMessages.HEADING_DISTRIBUTION);
        h.put("agencies", RenderMessages.HEADING_AGENCIES);
        h.put("topRules", RenderMessages.HEADING_TOP_RULES);
        h.put("notAssessable", RenderMessages.HEADING_NOT_ASSESSABLE);
        h.put("sortHint", RenderMessages.SORT_HINT);
        h.put("agency", RenderMessages.LABEL_AGENCY);
        h.put("year", RenderMessages.LABEL_YEAR);
        h.put("grade", RenderMessages.LABEL_GRADE);
        h.put("score", RenderMessages.LABEL_SCORE);
        h.put("source", RenderMessages.LABEL_SOURCE);
        h.put("detail", RenderMessages.LABEL_DETAIL);
        h.put("rule", RenderMessages.LABEL_RULE);
        h.put("title", RenderMessages.LABEL_TITLE);
        h.put("severity", RenderMessages.LABEL_SEVERITY);
        h.put("reports", RenderMessages.LABEL_REPORTS);
        h.put("count", RenderMessages.LABEL_COUNT);
        h.put("basis", RenderMessages.LABEL_BASIS);
        h.put("reason", RenderMessages.LABEL_REASON);
        return h;
    }

    /** A link to a file in the same folder: percent-encoded so '#', '%' or spaces in a name cannot break it. */
    static String href(String fileName) {
        return URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
