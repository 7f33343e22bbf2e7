package org.nianbao.audit.render.summary;

import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.audit.grade.GradingPolicy;
import org.nianbao.audit.model.finding.Category;
import org.nianbao.audit.model.finding.Severity;
import org.nianbao.audit.render.RenderMessages;

/**
 * The rule catalogue page ("我们检查什么、为什么、怎么评分"): the grading policy (weights, grade cut-offs, the
 * critical cap, what is not counted), then the rules by category, each with id, title, severity and legal
 * basis; the DRL file and line of each rule stand apart at the end, for rule authors. Self-contained
 * (inline CSS, no script). The audit writes it as rules.html next to the agency pages, which link to its
 * rows by rule id; {@code rules doc} writes the same page as index.html.
 */
public final class RuleCatalogue implements BatchRenderer {
    public static final String FILE_NAME = "rules.html";
    private static final Template TEMPLATE = load();

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    @Override
    public void render(BatchSummary summary, OutputStream out) throws IOException {
        write(summary.ruleSet(), summary.policy(), true, out);
    }

    /**
     * @param policy     the grading policy; null leaves the grading section out (with a note)
     * @param withIndex  link back to the batch's index.html (the audit's copy; {@code rules doc} has none)
     */
    public static void write(List<RuleDescription> rules, GradingPolicy policy, boolean withIndex, OutputStream out)
            throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        TEMPLATE.execute(view(rules, policy, withIndex), w);
        w.flush();
    }

    static Map<String, Object> view(List<RuleDescription> rules, GradingPolicy policy, boolean withIndex) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("title", RenderMessages.CATALOGUE_TITLE);
        v.put("intro", RenderMessages.CATALOGUE_INTRO);
        v.put("index", withIndex ? RenderMessages.LINK_INDEX : null);
        Map<Category, List<RuleDescription>> groups = groups(rules);
        v.put("count", RenderMessages.catalogueCount(rules.size(), groups.size()));
        v.put("policy", policy == null ? null : grading(policy));
        v.put("noPolicy", policy == null ? RenderMessages.CATALOGUE_NO_POLICY : null);
        List<Map<String, Object>> categories = new ArrayList<>();
        groups.forEach((category, list) -> {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("id", category == null ? "other" : category.id());
            c.put("name", category == null ? RenderMessages.UNKNOWN : RenderMessages.category(category));
            c.put("count", RenderMessages.categoryCount(list.size()));
            c.put("rules", list.stream().map(RuleCatalogue::rule).toList());
            categories.add(c);
        });
        v.put("categories", categories);
        v.put("noRules", rules.isEmpty() ? RenderMessages.NONE : null);
        List<Map<String, Object>> authors = rules.stream().filter(r -> !r.location().isEmpty())
                .sorted(Comparator.comparing(RuleDescription::id)).map(RuleCatalogue::rule).toList();
        v.put("authors", authors);
        v.put("hasAuthors", authors.isEmpty() ? null : Boolean.TRUE);
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("contents", RenderMessages.CATALOGUE_CONTENTS);
        h.put("grading", RenderMessages.CATALOGUE_GRADING);
        h.put("weights", RenderMessages.CATALOGUE_WEIGHTS);
        h.put("bands", RenderMessages.CATALOGUE_BANDS);
        h.put("authors", RenderMessages.CATALOGUE_AUTHORS);
        h.put("authorsNote", RenderMessages.CATALOGUE_AUTHORS_NOTE);
        h.put("weightHeaders", RenderMessages.WEIGHT_HEADERS);
        h.put("bandHeaders", RenderMessages.BAND_HEADERS);
        h.put("ruleHeaders", RenderMessages.CATALOGUE_HEADERS);
        h.put("authorHeaders", RenderMessages.AUTHOR_HEADERS);
        v.put("h", h);
        return v;
    }

    /** Weights per severity, the grade bands with their score ranges, the cap and the notes. */
    static Map<String, Object> grading(GradingPolicy policy) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("summary", RenderMessages.gradingSummary(policy.max(), policy.floor(), policy.criticalCap()));
        List<Map<String, Object>> weights = new ArrayList<>();
        for (Severity s : Severity.values()) {
            weights.add(Map.of("id", s.id(), "name", RenderMessages.severity(s), "points", RenderMessages.points(policy.weight(s))));
        }
        g.put("weights", weights);
        List<Map<String, Object>> bands = new ArrayList<>();
        List<GradingPolicy.Band> list = policy.bands();
        for (int i = 0; i < list.size(); i++) {
            Integer upper = i == 0 ? null : list.get(i - 1).min();
            String range = i == 0 ? RenderMessages.band(list.get(i).min(), null)
                    : RenderMessages.band(list.get(i).min(), upper);
            bands.add(Map.of("grade", list.get(i).grade(), "range", range));
        }
        g.put("bands", bands);
        g.put("notes", RenderMessages.GRADING_NOTES);
        return g;
    }

    private static Map<String, Object> rule(RuleDescription r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("title", r.title());
        m.put("severityClass", r.severity() == null ? "" : r.severity());
        m.put("severity", RenderMessages.severity(r.severity()));
        m.put("basis", r.basis());
        m.put("location", r.location());
        return m;
    }

    /** By category in the order of {@link Category}; inside a category by rule id. */
    public static Map<Category, List<RuleDescription>> groups(List<RuleDescription> rules) {
        Map<Category, List<RuleDescription>> groups = new EnumMap<>(Category.class);
        List<RuleDescription> unknown = new ArrayList<>();
        for (RuleDescription r : rules.stream().sorted(Comparator.comparing(RuleDescription::id)).toList()) {
            Category c = r.category() == null ? null : Category.fromId(r.category());
            if (c == null) {
                unknown.add(r);
            } else {
                groups.computeIfAbsent(c, k -> new ArrayList<>()).add(r);
            }
        }
        Map<Category, List<RuleDescription>> ordered = new LinkedHashMap<>(groups);
        if (!unknown.isEmpty()) {
            ordered.put(null, unknown);
        }
        return ordered;
    }

    private static Template load() {
        try (InputStream in = RuleCatalogue.class.getResourceAsStream("/templates/rules.html.mustache");
             Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return Mustache.compiler().withEscaper(Escapers.HTML).defaultValue("").compile(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
