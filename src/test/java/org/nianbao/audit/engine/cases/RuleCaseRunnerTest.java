package org.nianbao.audit.engine.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nianbao.audit.engine.formats.ProjectFormats;

/** A wrong case must fail with one clear line naming the rule, the case and what fired instead. */
class RuleCaseRunnerTest {
    private static final Path CONSISTENT = SharedRuleBook.CASES.resolve("AR-T2-ROWTOT/passes/consistent-2021.txt");
    private static final Path BROKEN_TOTAL = SharedRuleBook.CASES.resolve("AR-T2-ROWTOT/fires/r1-total-printed-18.txt");

    private final RuleCaseRunner runner = new RuleCaseRunner(SharedRuleBook.get(), ProjectFormats.get());

    @Test
    void should_fail_a_fires_case_whose_rule_stays_silent_and_say_what_fired() {
        // GIVEN a consistent report filed as a case the row-total rule must fire on
        RuleCase wrong = new RuleCase("AR-T2-ROWTOT", CaseKind.FIRES, CONSISTENT, Set.of(), Set.of());
        // WHEN it runs
        RuleCaseResult result = runner.run(wrong);
        // THEN it fails with the expected line
        assertThat(result.passed()).isFalse();
        assertThat(result.failures()).singleElement().asString()
                .startsWith("FAIL AR-T2-ROWTOT fires/consistent-2021.txt: expected AR-T2-ROWTOT to fire, fired: [");
    }

    @Test
    void should_fail_a_passes_case_whose_rule_fires_and_quote_the_finding() {
        // GIVEN a report with a wrong printed total filed as a case the rule must pass
        RuleCase wrong = new RuleCase("AR-T2-ROWTOT", CaseKind.PASSES, BROKEN_TOTAL, Set.of(), Set.of());
        // WHEN it runs
        RuleCaseResult result = runner.run(wrong);
        // THEN the failure names the rule and carries its message
        assertThat(result.failures()).singleElement().asString()
                .contains("expected AR-T2-ROWTOT not to fire").contains("总计为18");
    }

    @Test
    void should_check_the_sidecar_ids_both_ways() {
        // GIVEN a broken total with a correct and a wrong sidecar expectation
        RuleCase c = new RuleCase("AR-T2-ROWTOT", CaseKind.FIRES, BROKEN_TOTAL, Set.of("AR-T2-BAL"), Set.of("AR-T2-ROWTOT"));
        // WHEN it runs
        RuleCaseResult result = runner.run(c);
        // THEN the fired ids are listed sorted and only the contradictory "not" fails
        assertThat(result.fired()).contains("AR-T2-BAL", "AR-T2-ROWTOT").isSorted();
        assertThat(result.failures()).singleElement().asString().contains("expected AR-T2-ROWTOT not to fire");
    }

    @Test
    void should_summarise_passed_and_failed_cases() {
        // GIVEN one passing and one failing case
        List<RuleCaseResult> results = runner.run(List.of(
                new RuleCase("AR-T2-ROWTOT", CaseKind.PASSES, CONSISTENT, Set.of(), Set.of()),
                new RuleCase("AR-T2-ROWTOT", CaseKind.FIRES, CONSISTENT, Set.of(), Set.of())));
        // WHEN / THEN the closing line counts both
        assertThat(RuleCaseRunner.summary(results)).startsWith("1 passed, 1 failed");
        assertThat(results.get(0).line()).isEqualTo("PASS AR-T2-ROWTOT passes/consistent-2021.txt");
    }
}
