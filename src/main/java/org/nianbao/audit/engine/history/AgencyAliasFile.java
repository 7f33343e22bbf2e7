package org.nianbao.audit.engine.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.audit.engine.RuleDiagnostic;
import org.nianbao.audit.engine.RulesSource;
import org.nianbao.audit.engine.template.TsvRows;
import org.nianbao.audit.history.AgencyAliases;
import org.nianbao.audit.history.AgencyNames;

/**
 * Reads rules/history/agency-aliases.tsv, the names an office states to be one agency: four tab-separated
 * columns {@code kind name canonical note}. Kinds: {@code word} (a word inside any name: 科委 → 科学技术委员会),
 * {@code drop} (a word removed from every name: （本级）), {@code name} (a whole name: a renamed agency), and
 * {@code distinct} (two whole names that look alike but are two agencies, so they are never shown as
 * "可能为同一机关"). A rules folder without the file reads the jar's copy; every problem points at its line.
 */
public final class AgencyAliasFile {
    public static final String FILE = "history/agency-aliases.tsv";
    private static final List<String> HEADER = List.of("kind", "name", "canonical", "note");

    private AgencyAliasFile() {
    }

    public record Result(AgencyAliases aliases, List<RuleDiagnostic> problems) {
    }

    /** The aliases of {@code source}, falling back on the jar's file; none when both lack it. */
    public static AgencyAliases load(RulesSource source) {
        return read(source.files()).aliases();
    }

    public static Result read(Map<String, String> files) {
        String text = files.get(FILE);
        if (text == null) {
            text = RulesSource.bundled().files().get(FILE);
        }
        if (text == null) {
            return new Result(AgencyAliases.none(), List.of());
        }
        return parse(text);
    }

    static Result parse(String text) {
        List<RuleDiagnostic> problems = new ArrayList<>();
        AgencyAliases.Builder b = new AgencyAliases.Builder();
        Map<String, Integer> seen = new HashMap<>();
        for (TsvRows.Row r : TsvRows.parse(FILE, text, HEADER, problems).rows()) {
            String kind = r.get(0);
            String name = r.get(1);
            String canonical = r.get(2);
            if (name.isEmpty()) {
                problems.add(at(r, HistoryRuleMessages.empty("name")));
                continue;
            }
            boolean needsCanonical = !"drop".equals(kind);
            if (needsCanonical && canonical.isEmpty()) {
                problems.add(at(r, HistoryRuleMessages.empty("canonical")));
                continue;
            }
            if (needsCanonical && AgencyNames.fold(name).equals(AgencyNames.fold(canonical))) {
                problems.add(at(r, HistoryRuleMessages.sameAsName(name)));
                continue;
            }
            Integer first = seen.putIfAbsent(kind + '\u0000' + AgencyNames.fold(name), r.line());
            if (first != null) {
                problems.add(at(r, HistoryRuleMessages.duplicate(name, first)));
                continue;
            }
            switch (kind) {
                case "word" -> b.word(name, canonical);
                case "drop" -> b.drop(name);
                case "name" -> b.name(name, canonical);
                case "distinct" -> b.distinct(name, canonical);
                default -> problems.add(at(r, HistoryRuleMessages.unknownKind(kind)));
            }
        }
        return new Result(problems.isEmpty() ? b.build() : AgencyAliases.none(), problems);
    }

    private static RuleDiagnostic at(TsvRows.Row r, String message) {
        return new RuleDiagnostic(FILE, r.line(), 1, null, message);
    }
}
