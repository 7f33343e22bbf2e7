package org.nianbao.audit.cli.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.nianbao.audit.grade.GradingPolicy;
import org.nianbao.audit.model.finding.Category;
import org.nianbao.audit.model.finding.Severity;
import org.nianbao.audit.render.MarkdownEscaper;

/**
 * The publishable catalogue ("我们检查什么、为什么"): rules grouped by category in the order of
 * {@link Category}, each with its id, title, severity and legal basis. index.html is self-contained
 * (inline CSS, no script, no external resource) and every value from the DRL is escaped.
 */
final class RuleDocument {
    private static final String CSS = "body{font-family:\"PingFang SC\",\"Microsoft YaHei\",\"Noto Sans CJK SC\",sans-serif;"
            + "max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.6}"
            + "h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:2px solid #c00;padding-bottom:.2rem}"
            + "table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:.4rem;vertical-align:top;text-align:left}"
            + "th{background:#f4f4f4}code{font-family:monospace;white-space:nowrap}.sev{white-space:nowrap;font-weight:bold}"
            + ".critical{color:#a00}.error{color:#c50}.warning{color:#886600}.info{color:#555}.where{color:#777;font-size:.85em}";

    private RuleDocument() {
    }

    /** @param policy the grading policy for the severity legend; null leaves the legend out */
    static String html(List<CatalogueRow> rows, GradingPolicy policy) {
        Map<Category, List<CatalogueRow>> groups = group(rows);
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(e(WorkbenchMessages.DOC_TITLE)).append("</title>\n<style>").append(CSS).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(e(WorkbenchMessages.DOC_TITLE)).append("</h1>\n<p>").append(e(WorkbenchMessages.DOC_INTRO))
                .append("</p>\n<p>").append(e(WorkbenchMessages.docCount(rows.size(), groups.size()))).append("</p>\n")
                .append("<h2>").append(e(WorkbenchMessages.DOC_CONTENTS)).append("</h2>\n<ul>\n");
        groups.forEach((category, list) -> h.append("<li><a href=\"#").append(e(category.id())).append("\">")
                .append(e(WorkbenchMessages.categoryLabel(category.id()))).append("</a>（")
                .append(e(WorkbenchMessages.docCategoryCount(list.size()))).append("）</li>\n"));
        h.append("</ul>\n");
        if (policy != null) {
            h.append("<h2>").append(e(WorkbenchMessages.DOC_SEVERITY_LEGEND)).append("</h2>\n<p>")
                    .append(e(WorkbenchMessages.legendNote(policy.max(), policy.criticalCap()))).append("</p>\n<table>\n<tr><th>")
                    .append(e(WorkbenchMessages.LEGEND_HEADERS.get(0))).append("</th><th>")
                    .append(e(WorkbenchMessages.LEGEND_HEADERS.get(1))).append("</th></tr>\n");
            for (Severity sev : Severity.values()) {
                h.append("<tr><td class=\"sev ").append(e(sev.id())).append("\">").append(e(WorkbenchMessages.severityLabel(sev.id())))
                        .append("</td><td>").append(e(WorkbenchMessages.points(policy.weight(sev)))).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        List<String> head = WorkbenchMessages.CATALOGUE_HEADERS;
        groups.forEach((category, list) -> {
            h.append("<h2 id=\"").append(e(category.id())).append("\">").append(e(WorkbenchMessages.categoryLabel(category.id())))
                    .append("</h2>\n<table>\n<tr><th>").append(e(head.get(0))).append("</th><th>").append(e(head.get(1)))
                    .append("</th><th>").append(e(head.get(2))).append("</th><th>").append(e(head.get(4))).append("</th></tr>\n");
            for (CatalogueRow r : list) {
                h.append("<tr id=\"").append(e(r.id())).append("\"><td><code>").append(e(r.id())).append("</code></td><td>")
                        .append(e(r.title())).append("<div class=\"where\">").append(e(r.location())).append("</div></td>")
                        .append("<td class=\"sev ").append(e(r.severity())).append("\">").append(e(WorkbenchMessages.severityLabel(r.severity())))
                        .append("</td><td>").append(e(r.basis())).append("</td></tr>\n");
            }
            h.append("</table>\n");
        });
        return h.append("</body>\n</html>\n").toString();
    }

    static String markdown(List<CatalogueRow> rows, GradingPolicy policy) {
        Map<Category, List<CatalogueRow>> groups = group(rows);
        StringBuilder m = new StringBuilder(8192);
        m.append("# ").append(WorkbenchMessages.DOC_TITLE).append("\n\n").append(md(WorkbenchMessages.DOC_INTRO)).append("\n\n")
                .append(md(WorkbenchMessages.docCount(rows.size(), groups.size()))).append("\n");
        if (policy != null) {
            m.append("\n## ").append(WorkbenchMessages.DOC_SEVERITY_LEGEND).append("\n\n")
                    .append(md(WorkbenchMessages.legendNote(policy.max(), policy.criticalCap()))).append("\n\n| ")
                    .append(WorkbenchMessages.LEGEND_HEADERS.get(0)).append(" | ").append(WorkbenchMessages.LEGEND_HEADERS.get(1))
                    .append(" |\n|---|---|\n");
            for (Severity sev : Severity.values()) {
                m.append("| ").append(WorkbenchMessages.severityLabel(sev.id())).append(" | ")
                        .append(WorkbenchMessages.points(policy.weight(sev))).append(" |\n");
            }
        }
        List<String> head = WorkbenchMessages.CATALOGUE_HEADERS;
        groups.forEach((category, list) -> {
            m.append("\n## ").append(md(WorkbenchMessages.categoryLabel(category.id()))).append("\n\n| ")
                    .append(head.get(0)).append(" | ").append(head.get(1)).append(" | ").append(head.get(2)).append(" | ")
                    .append(head.get(4)).append(" | ").append(head.get(5)).append(" |\n|---|---|---|---|---|\n");
            for (CatalogueRow r : list) {
                m.append("| ").append(md(r.id())).append(" | ").append(md(r.title())).append(" | ")
                        .append(md(WorkbenchMessages.severityLabel(r.severity()))).append(" | ").append(md(r.basis()))
                        .append(" | ").append(md(r.location())).append(" |\n");
            }
        });
        return m.toString();
    }

    private static Map<Category, List<CatalogueRow>> group(List<CatalogueRow> rows) {
        Map<Category, List<CatalogueRow>> groups = new EnumMap<>(Category.class);
        for (CatalogueRow r : rows) {
            groups.computeIfAbsent(Category.fromId(r.category()), k -> new ArrayList<>()).add(r);
        }
        return groups;
    }

    private static String e(String text) {
        return HtmlText.escape(text == null ? "" : text);
    }

    private static String md(String text) {
        return MarkdownEscaper.escape(text);
    }
}
