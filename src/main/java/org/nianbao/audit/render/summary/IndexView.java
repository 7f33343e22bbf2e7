package org.nianbao.audit.render.summary;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.audit.model.finding.Severity;
import org.nianbao.audit.render.AuditView;
import org.nianbao.audit.render.RenderMessages;

/**
 * The template context of index.html: run context, grade chart, the agencies worst first ({@link TriageOrder})
 * with the reason and top finding of each, the problems by severity then reach with the agencies they hit,
 * and the files that could not be assessed. All report values stay raw here; the template escapes them.
 */
final class IndexView {
    /** Agencies named per problem; the rest are counted ("等N个机关") and found with the filter. */
    static final int AGENCIES_PER_PROBLEM = 20;

    private IndexView() {
    }

    static Map<String, Object> of(BatchSummary summary) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("title", RenderMessages.INDEX_TITLE);
        v.put("run", RunHeader.of(summary.context()));
        GradeCounts grades = GradeCounts.of(summary.rows());
        List<Integer> counts = GradeCounts.GRADES.stream().map(grades::count).toList();
        v.put("totals", RenderMessages.totals(summary.rows().size(), GradeCounts.GRADES, counts, grades.notAssessable()));
        v.put("hasNotAssessable", grades.notAssessable() > 0 ? Boolean.TRUE : null);
        v.put("chart", GradeChart.of(grades));
        List<SummaryRow> ordered = TriageOrder.sort(summary.rows(), summary.policy());
        v.put("rows", rows(summary, ordered));
        v.put("noRows", ordered.isEmpty() ? RenderMessages.NONE : null);
        v.put("shownCount", RenderMessages.shownCount(ordered.size(), ordered.size()));
        List<Map<String, Object>> problems = problems(summary, ordered);
        v.put("problems", problems);
        v.put("noProblems", problems.isEmpty() ? RenderMessages.NONE : null);
        List<Map<String, Object>> failures = failures(summary, ordered);
        v.put("failures", failures);
        v.put("noFailures", failures.isEmpty() ? RenderMessages.NONE : null);
        v.put("generatedBy", RenderMessages.generatedBy(summary.context().toolVersion()));
        v.put("h", headings());
        return v;
    }

    /** Built row by row while the template runs: a 100k-report index never holds every row's view at once. */
    private static Iterable<Map<String, Object>> rows(BatchSummary summary, List<SummaryRow> ordered) {
        return () -> new java.util.Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < ordered.size();
            }

            @Override
            public Map<String, Object> next() {
                SummaryRow r = ordered.get(i);
                return row(summary, r, i++);
            }
        };
    }

    private static Map<String, Object> row(BatchSummary summary, SummaryRow r, int rank) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("agency", agency(r));
        m.put("file", summary.shownSource(r));
        m.put("year", r.year() == null ? "" : r.year().toString());
        m.put("grade", RenderMessages.grade(r.grade()));
        m.put("rank", rank);
        m.put("gradeClass", AuditView.gradeClass(r.grade()));
        if (r.priorYear() != null) {
            String arrow = RenderMessages.gradeArrow(r.priorGrade(), r.grade());
            m.put("change", RenderMessages.priorGradeShort(r.priorGrade()) + (arrow.isEmpty() ? "" : " " + arrow));
            m.put("changeTitle", RenderMessages.priorGradeTitle(r.priorYear(), r.priorGrade(), r.grade()));
        }
        m.put("score", r.score() == null ? "—" : r.score().toString());
        m.put("scoreSort", r.score() == null ? -1 : r.score());
        m.put("critical", r.critical());
        m.put("error", r.error());
        m.put("warning", r.warning());
        m.put("info", r.info());
        m.put("reason", r.reason());
        m.put("top", r.topFinding().isEmpty() ? null : r.topFinding());
        m.put("rules", String.join(" ", r.rules()));
        m.put("href", link(summary, r));
        return m;
    }

    /** Every fired rule, most severe first, then by how many reports it hit; each with its agencies, worst first. */
    private static List<Map<String, Object>> problems(BatchSummary summary, List<SummaryRow> ordered) {
        Map<String, List<SummaryRow>> byRule = new HashMap<>();
        for (SummaryRow r : ordered) {
            for (String rule : r.rules()) {
                byRule.computeIfAbsent(rule, k -> new ArrayList<>()).add(r);
            }
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (RuleTally.Entry e : summary.tally().bySeverityThenReach()) {
            Severity severity = Severity.fromId(e.severity());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", e.rule());
            m.put("ruleHref", "rules.html#" + href(e.rule()));
            m.put("title", e.title());
            m.put("severity", severity == null ? e.severity() : RenderMessages.severity(severity));
            m.put("severityClass", severity == null ? "" : severity.id());
            m.put("reports", e.reports());
            m.put("findings", e.findings());
            List<SummaryRow> hit = byRule.getOrDefault(e.rule(), List.of());
            List<Map<String, Object>> agencies = new ArrayList<>();
            for (SummaryRow r : hit.subList(0, Math.min(AGENCIES_PER_PROBLEM, hit.size()))) {
                Map<String, Object> a = new LinkedHashMap<>();
                a.put("name", agency(r));
                a.put("href", link(summary, r));
                a.put("gradeClass", AuditView.gradeClass(r.grade()));
                a.put("grade", RenderMessages.grade(r.grade()));
                agencies.add(a);
            }
            m.put("agencies", agencies);
            m.put("more", hit.size() > AGENCIES_PER_PROBLEM ? RenderMessages.moreAgencies(hit.size()) : null);
            out.add(m);
        }
        return out;
    }

    private static List<Map<String, Object>> failures(BatchSummary summary, List<SummaryRow> ordered) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (SummaryRow r : ordered) {
            if (!r.graded()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("source", summary.shownSource(r));
                m.put("href", link(summary, r));
                m.put("reason", r.reason());
                out.add(m);
            }
        }
        return out;
    }

    private static String agency(SummaryRow r) {
        return r.agency() == null || r.agency().isBlank() ? RenderMessages.UNKNOWN : r.agency();
    }

    private static String link(BatchSummary summary, SummaryRow r) {
        String html = r.file("html");
        return html != null && summary.writes("html") ? href(html) : null;
    }

    private static Map<String, String> headings() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("distribution", RenderMessages.HEADING_DISTRIBUTION);
        h.put("agencies", RenderMessages.HEADING_AGENCIES);
        h.put("problems", RenderMessages.HEADING_TOP_RULES);
        h.put("notAssessable", RenderMessages.HEADING_NOT_ASSESSABLE);
        h.put("sortHint", RenderMessages.SORT_HINT);
        h.put("sortedWorstFirst", RenderMessages.SORTED_WORST_FIRST);
        h.put("filter", RenderMessages.FILTER_LABEL);
        h.put("filterPlaceholder", RenderMessages.FILTER_PLACEHOLDER);
        h.put("filterNone", RenderMessages.FILTER_NONE);
        h.put("filterThis", RenderMessages.FILTER_THIS);
        h.put("agency", RenderMessages.LABEL_AGENCY);
        h.put("year", RenderMessages.LABEL_YEAR);
        h.put("grade", RenderMessages.LABEL_GRADE);
        h.put("score", RenderMessages.LABEL_SCORE);
        h.put("critical", RenderMessages.severity(Severity.CRITICAL));
        h.put("error", RenderMessages.severity(Severity.ERROR));
        h.put("warning", RenderMessages.severity(Severity.WARNING));
        h.put("info", RenderMessages.severity(Severity.INFO));
        h.put("mainProblem", RenderMessages.LABEL_MAIN_PROBLEM);
        h.put("source", RenderMessages.LABEL_SOURCE);
        h.put("rule", RenderMessages.LABEL_RULE);
        h.put("title", RenderMessages.LABEL_MESSAGE);
        h.put("severity", RenderMessages.LABEL_SEVERITY);
        h.put("reports", RenderMessages.LABEL_AGENCIES);
        h.put("findings", RenderMessages.LABEL_FINDINGS);
        h.put("reason", RenderMessages.LABEL_REASON);
        h.put("rulesLink", RenderMessages.LINK_RULES);
        h.put("shownTemplate", RenderMessages.SHOWN_TEMPLATE);
        h.put("sortAsc", RenderMessages.SORT_ASC_TEMPLATE);
        h.put("sortDesc", RenderMessages.SORT_DESC_TEMPLATE);
        h.put("notAssessableGrade", RenderMessages.NOT_ASSESSABLE);
        return h;
    }

    /** A link to a file in the same folder: percent-encoded so '#', '%' or spaces in a name cannot break it. */
    static String href(String fileName) {
        return URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
