package org.nianbao.audit.cli.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import org.nianbao.audit.engine.RuleBook;
import org.nianbao.audit.engine.RuleDiagnostic;
import org.nianbao.audit.engine.RulesSource;
import org.nianbao.audit.engine.compile.DrlOutline;
import org.nianbao.audit.engine.formats.FormatsFile;
import org.nianbao.audit.engine.formats.FormatsFileException;

/**
 * Everything {@code rules check} reports about a rule set: the engine's compile and metadata-contract
 * diagnostics for all files together, then — only for files that have problems, since Drools already
 * reports every file of one build — the file compiled on its own and, after a syntax error, each of its
 * rules on its own; the grading policy; rules without both kinds of test case; and the jit-crash
 * warnings. Problems seen more than once are reported once. When a syntax error makes other files fail
 * (what it declares goes missing), their errors are the report's cascade, printed last and folded.
 */
public final class RuleSetChecker {
    private static final String DRL = ".drl";

    /**
     * @param cases     the rule-case root (fixtures/rules); a missing folder means no rule has cases; null
     *                  skips the coverage check
     * @param casesShown how that root is named in messages, ending in "/"
     */
    public CheckReport check(RulesSource source, Path cases, String casesShown) {
        SortedMap<String, String> drl = source.filesEndingWith(DRL);
        Map<String, DrlOutline> outlines = new LinkedHashMap<>();
        drl.forEach((file, text) -> outlines.put(file, DrlOutline.of(file, text)));
        RuleBook.Check together = RuleBook.check(source);

        List<RuleDiagnostic> raw = new ArrayList<>(together.problems());
        Set<RuleDiagnostic> followOn = new HashSet<>(together.cascade());
        if (!together.clean()) {
            List<RuleDiagnostic> isolated = new IsolatedCompiles(drl, outlines).find(together.problems());
            // a crash of the whole build, once pinned on its file, is not repeated without one
            raw.removeIf(d -> d.file().isEmpty() && isolated.stream().anyMatch(i -> i.message().equals(d.message())));
            raw.addAll(isolated);
            // a file that also fails compiled on its own (with its package's declarations) has errors of its own
            Set<String> failsAlone = new HashSet<>();
            isolated.forEach(d -> failsAlone.add(d.file()));
            followOn.removeIf(d -> failsAlone.contains(d.file()));
        }
        if (drl.isEmpty()) { // an audit refuses an empty rule set, so the check must not pass it
            raw.add(new RuleDiagnostic("", 0, 0, null, WorkbenchMessages.noRuleFiles(source.describe())));
        }
        raw.addAll(GradingCheck.check(source));
        raw.addAll(formatsProblems(source));
        // the same problem seen together and in isolation is reported once
        Set<RuleDiagnostic> errors = new LinkedHashSet<>();
        Set<RuleDiagnostic> cascadeErrors = new LinkedHashSet<>();
        FunctionClashes clashes = new FunctionClashes(drl, outlines);
        raw.forEach(d -> clashes.locate(d).forEach(located -> (followOn.contains(d) ? cascadeErrors : errors)
                .add(DroolsExplainer.explain(named(located, outlines)))));
        cascadeErrors.removeAll(errors);
        List<Problem> problems = new ArrayList<>();
        errors.forEach(d -> problems.add(Problem.error(d)));
        if (cases != null) {
            problems.addAll(CoverageCheck.check(together.rules(), outlines.values(), cases, casesShown));
        }
        outlines.forEach((file, outline) -> JitLint.scan(outline, drl.get(file)).forEach(w -> problems.add(Problem.warning(w))));
        problems.sort(Problem.BY_PLACE);
        List<Problem> cascade = cascadeErrors.stream().map(Problem::error).sorted(Problem.BY_PLACE).toList();
        int rules = outlines.values().stream().mapToInt(o -> o.rules().size()).sum();
        return new CheckReport(drl.size(), rules, problems, cascade);
    }

    /** Names the rule whose block holds the line, when the diagnostic does not name one yet. */
    private static RuleDiagnostic named(RuleDiagnostic d, Map<String, DrlOutline> outlines) {
        DrlOutline outline = outlines.get(d.file());
        if (d.rule() != null || outline == null || d.line() <= 0) {
            return d;
        }
        return outline.ruleAt(d.line())
                .map(r -> new RuleDiagnostic(d.file(), d.line(), d.column(), r.name(), d.message()))
                .orElse(d);
    }

    /** formats.properties is edited by the same authors and refused by an audit the same way. */
    private static List<RuleDiagnostic> formatsProblems(RulesSource source) {
        try {
            FormatsFile.load(source);
            return List.of();
        } catch (FormatsFileException e) {
            return e.diagnostics();
        }
    }
}
