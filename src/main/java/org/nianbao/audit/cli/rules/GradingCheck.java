package org.nianbao.audit.cli.rules;

import java.util.List;
import org.nianbao.audit.engine.RuleDiagnostic;
import org.nianbao.audit.engine.RulesSource;
import org.nianbao.audit.grade.GradingPolicy;
import org.nianbao.audit.grade.GradingPolicyException;

/**
 * The grading policy lives in the rules folder and is edited by the same authors, so {@code rules check}
 * loads it as an audit would and reports each of its problems at its line.
 */
final class GradingCheck {
    private GradingCheck() {
    }

    static List<RuleDiagnostic> check(RulesSource source) {
        try {
            GradingPolicy.load(source);
            return List.of();
        } catch (GradingPolicyException e) {
            return e.diagnostics();
        }
    }
}
