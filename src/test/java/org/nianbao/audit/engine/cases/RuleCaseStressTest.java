package org.nianbao.audit.engine.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.audit.engine.formats.ProjectFormats;

/**
 * Drools 10.2's classic engine compiles a constraint to bytecode after about 20 evaluations and some
 * constructs only crash then. Running every case several times through one KieBase makes every rule
 * see well over 50 reports in one set-up (surefire also sets -Ddrools.jittingThreshold=0).
 */
class RuleCaseStressTest {
    private static final int ROUNDS = 3;

    @Test
    void should_give_the_same_results_when_all_cases_run_repeatedly_in_one_kiebase() {
        // GIVEN all cases and one rule book
        List<RuleCase> cases = RuleCaseLoader.load(SharedRuleBook.CASES);
        RuleCaseRunner runner = new RuleCaseRunner(SharedRuleBook.get(), ProjectFormats.get());
        List<List<String>> first = fired(runner.run(cases));
        // WHEN every case runs again, round after round
        List<RuleCaseResult> last = List.of();
        for (int round = 1; round < ROUNDS; round++) {
            last = runner.run(cases);
            // THEN no rule faults and each case fires exactly the same rules as in the first round
            assertThat(fired(last)).as("round %d", round + 1).isEqualTo(first);
        }
        assertThat(cases.size() * ROUNDS).isGreaterThanOrEqualTo(50);
        assertThat(last).noneMatch(r -> r.failures().stream().anyMatch(f -> f.contains("failed on this input")));
    }

    private static List<List<String>> fired(List<RuleCaseResult> results) {
        List<List<String>> out = new ArrayList<>();
        results.forEach(r -> out.add(r.fired()));
        return out;
    }
}
