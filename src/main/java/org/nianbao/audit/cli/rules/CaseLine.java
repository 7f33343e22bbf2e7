package org.nianbao.audit.cli.rules;

import java.nio.file.Path;
import org.nianbao.audit.engine.cases.RuleCase;
import org.nianbao.audit.engine.cases.RuleCaseResult;

/** One line of {@code rules test}: "✓ ID fires ID/fires/x.txt — 触发了 ID" or "✗ … — why it failed". */
final class CaseLine {
    private static final String PASS = "✓";
    private static final String FAIL = "✗";

    private CaseLine() {
    }

    static String of(RuleCaseResult result, Path casesRoot) {
        RuleCase c = result.ruleCase();
        String file = file(c, casesRoot);
        String why = result.passed()
                ? WorkbenchMessages.casePassed(c.kind(), c.ruleId(), result.fired())
                : String.join("；", result.failures().stream().map(f -> withoutPrefix(f, c)).toList());
        return (result.passed() ? PASS : FAIL) + " " + c.ruleId() + " " + c.kind().folder() + " " + file + " — " + why;
    }

    /** The case file as the author names it, relative to the cases folder when inside it. */
    private static String file(RuleCase c, Path casesRoot) {
        Path f = c.file();
        Path shown = f.startsWith(casesRoot) ? casesRoot.relativize(f) : f;
        return shown.toString().replace('\\', '/');
    }

    /** The runner's failure lines repeat "FAIL ID fires/x.txt: "; this line already says so. */
    private static String withoutPrefix(String failure, RuleCase c) {
        String prefix = "FAIL " + c.ruleId() + " " + c.name() + ": ";
        return failure.startsWith(prefix) ? failure.substring(prefix.length()) : failure;
    }
}
