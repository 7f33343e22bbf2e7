package org.nianbao.audit.cli.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.nianbao.audit.engine.RuleDiagnostic;
import org.nianbao.audit.engine.RuleInfo;
import org.nianbao.audit.engine.cases.CaseKind;
import org.nianbao.audit.engine.cases.RuleCase;
import org.nianbao.audit.engine.cases.RuleCaseException;
import org.nianbao.audit.engine.cases.RuleCaseLoader;
import org.nianbao.audit.engine.compile.DrlOutline;
import org.nianbao.audit.engine.deadlines.DeadlinesFile;

/**
 * Every rule needs a case it fires on and one it passes (fixtures/rules/&lt;ID&gt;/fires|passes): an error
 * at the rule when one is missing; a warning for a case folder, or an .expect line, that names no rule
 * (a renamed rule would otherwise leave a case that silently proves nothing).
 */
final class CoverageCheck {
    private CoverageCheck() {
    }

    /** Every @id written in the files, also of rules that break the contract (their cases are not orphans). */
    private static Set<String> declaredIds(Collection<DrlOutline> outlines) {
        Set<String> ids = new TreeSet<>();
        outlines.forEach(o -> o.rules().forEach(r -> r.annotation("id").ifPresent(a -> ids.add(a.value()))));
        return ids;
    }

    /** Problems of a case folder's own deadlines.properties (rule cases use it in place of the rules folder's). */
    private static List<Problem> caseDeadlines(Path ruleFolder, String shown) {
        Path file = ruleFolder.resolve(DeadlinesFile.FILE);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            return List.of(Problem.error(new RuleDiagnostic(shown + DeadlinesFile.FILE, 0, 0, null, e.toString())));
        }
        return DeadlinesFile.read(Map.of(DeadlinesFile.FILE, text)).problems().stream()
                .map(d -> Problem.error(new RuleDiagnostic(shown + d.file(), d.line(), d.column(), null, d.message())))
                .toList();
    }

    /** Every rule needs a case it fires on and one it passes; case folders must name a rule. */
    static List<Problem> check(List<RuleInfo> rules, Collection<DrlOutline> outlines, Path cases, String casesShown) {
        Set<String> declared = declaredIds(outlines);
        List<Problem> problems = new ArrayList<>();
        List<RuleCase> all;
        try {
            all = Files.isDirectory(cases) ? RuleCaseLoader.load(cases) : List.of();
        } catch (RuleCaseException e) {
            problems.add(Problem.error(new RuleDiagnostic("", 0, 0, null, WorkbenchMessages.caseLayout(e.getMessage()))));
            all = List.of();
        }
        Map<String, Set<CaseKind>> seen = new HashMap<>();
        all.forEach(c -> seen.computeIfAbsent(c.ruleId(), k -> EnumSet.noneOf(CaseKind.class)).add(c.kind()));
        for (RuleInfo rule : rules) {
            Set<CaseKind> kinds = seen.getOrDefault(rule.id(), Set.of());
            List<CaseKind> missing = Arrays.stream(CaseKind.values()).filter(k -> !kinds.contains(k)).toList();
            if (!missing.isEmpty()) {
                problems.add(Problem.error(new RuleDiagnostic(rule.file(), rule.line(), 0, rule.ruleName(),
                        WorkbenchMessages.missingCases(rule.id(), missing, casesShown))));
            }
        }
        for (RuleCase c : all) {
            Set<String> named = new TreeSet<>(c.alsoFires());
            named.addAll(c.mustNotFire());
            named.removeAll(declared);
            if (!named.isEmpty()) {
                problems.add(Problem.warning(new RuleDiagnostic("", 0, 0, null,
                        WorkbenchMessages.unknownInSidecar(casesShown + c.ruleId() + "/" + c.name(), named))));
            }
        }
        for (String folder : new TreeSet<>(seen.keySet())) {
            problems.addAll(caseDeadlines(cases.resolve(folder), casesShown + folder + "/"));
            if (!declared.contains(folder)) {
                problems.add(Problem.warning(new RuleDiagnostic("", 0, 0, null, WorkbenchMessages.orphanCases(folder, casesShown))));
            }
        }
        return problems;
    }
}
