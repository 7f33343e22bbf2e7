package org.nianbao.audit.cli.rules;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.nianbao.audit.grade.GradingPolicy;
import org.nianbao.audit.model.finding.Category;
import org.nianbao.audit.model.finding.Severity;
import org.nianbao.audit.render.MarkdownEscaper;
import org.nianbao.audit.render.RenderMessages;
import org.nianbao.audit.render.summary.RuleCatalogue;
import org.nianbao.audit.render.summary.RuleDescription;

/**
 * The publishable catalogue ("我们检查什么、为什么"): the page the audit writes next to its agency pages
 * ({@link RuleCatalogue}, here as index.html) and the same content as Markdown: the grading policy, the rules
 * grouped by category in the order of {@link Category}, and the DRL locations in a section of their own for
 * rule authors. Every value from the DRL is escaped.
 */
final class RuleDocument {
    private RuleDocument() {
    }

    /** @param policy the grading policy; null leaves the grading section out */
    static String html(List<CatalogueRow> rows, GradingPolicy policy) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16_384);
        try {
            RuleCatalogue.write(descriptions(rows), policy, false, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    static String markdown(List<CatalogueRow> rows, GradingPolicy policy) {
        Map<Category, List<RuleDescription>> groups = RuleCatalogue.groups(descriptions(rows));
        StringBuilder m = new StringBuilder(8192);
        m.append("# ").append(RenderMessages.CATALOGUE_TITLE).append("\n\n").append(md(RenderMessages.CATALOGUE_INTRO))
                .append("\n\n").append(md(RenderMessages.catalogueCount(rows.size(), groups.size()))).append("\n");
        m.append("\n## ").append(RenderMessages.CATALOGUE_GRADING).append("\n\n");
        if (policy == null) {
            m.append(md(RenderMessages.CATALOGUE_NO_POLICY)).append("\n");
        } else {
            grading(m, policy);
        }
        List<String> head = RenderMessages.CATALOGUE_HEADERS;
        groups.forEach((category, list) -> {
            m.append("\n## ").append(md(category == null ? RenderMessages.UNKNOWN : RenderMessages.category(category)))
                    .append("\n\n| ").append(String.join(" | ", head)).append(" |\n|---|---|---|---|\n");
            for (RuleDescription r : list) {
                m.append("| ").append(md(r.id())).append(" | ").append(md(r.title())).append(" | ")
                        .append(md(RenderMessages.severity(r.severity()))).append(" | ").append(md(r.basis())).append(" |\n");
            }
        });
        m.append("\n## ").append(RenderMessages.CATALOGUE_AUTHORS).append("\n\n").append(md(RenderMessages.CATALOGUE_AUTHORS_NOTE))
                .append("\n\n| ").append(String.join(" | ", RenderMessages.AUTHOR_HEADERS)).append(" |\n|---|---|\n");
        for (CatalogueRow r : rows) {
            m.append("| ").append(md(r.id())).append(" | ").append(md(r.location())).append(" |\n");
        }
        return m.toString();
    }

    private static void grading(StringBuilder m, GradingPolicy policy) {
        m.append(md(RenderMessages.gradingSummary(policy.max(), policy.floor(), policy.criticalCap()))).append("\n\n| ")
                .append(String.join(" | ", RenderMessages.WEIGHT_HEADERS)).append(" |\n|---|---|\n");
        for (Severity sev : Severity.values()) {
            m.append("| ").append(RenderMessages.severity(sev)).append(" | ").append(RenderMessages.points(policy.weight(sev))).append(" |\n");
        }
        m.append("\n| ").append(String.join(" | ", RenderMessages.BAND_HEADERS)).append(" |\n|---|---|\n");
        List<GradingPolicy.Band> bands = policy.bands();
        for (int i = 0; i < bands.size(); i++) {
            m.append("| ").append(md(bands.get(i).grade())).append(" | ")
                    .append(RenderMessages.band(bands.get(i).min(), i == 0 ? null : bands.get(i - 1).min())).append(" |\n");
        }
        m.append('\n');
        RenderMessages.GRADING_NOTES.forEach(n -> m.append("- ").append(md(n)).append('\n'));
    }

    private static List<RuleDescription> descriptions(List<CatalogueRow> rows) {
        return rows.stream().map(r -> new RuleDescription(r.id(), r.title(), r.severity(), r.category(), r.basis(),
                r.file(), r.line())).toList();
    }

    private static String md(String text) {
        return MarkdownEscaper.escape(text == null ? "" : text);
    }
}
