package org.nianbao.audit.engine.cases;

import java.util.List;

/**
 * The outcome of one rule case: the rule ids that fired (sorted, distinct) and, when the case failed,
 * one line per broken expectation (empty when it passed).
 */
public record RuleCaseResult(RuleCase ruleCase, List<String> fired, List<String> failures) {
    public RuleCaseResult {
        fired = List.copyOf(fired);
        failures = List.copyOf(failures);
    }

    public boolean passed() {
        return failures.isEmpty();
    }

    /** The line a runner prints for this case: "PASS ID fires/x.txt" or the first failure. */
    public String line() {
        return passed() ? CaseMessages.passed(ruleCase) : String.join(System.lineSeparator(), failures);
    }
}
