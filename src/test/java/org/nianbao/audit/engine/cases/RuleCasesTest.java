package org.nianbao.audit.engine.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.nianbao.audit.engine.formats.ProjectFormats;

/** Every rule case under fixtures/rules, one dynamic test each, through the real pipeline. */
class RuleCasesTest {

    @TestFactory
    Stream<DynamicTest> should_meet_every_rule_case_expectation() {
        // GIVEN the rule cases authors keep as data and one rule book compiled for all of them
        List<RuleCase> cases = RuleCaseLoader.load(SharedRuleBook.CASES);
        RuleCaseRunner runner = new RuleCaseRunner(SharedRuleBook.get(), ProjectFormats.get());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.toString(), c.file().toUri(), () -> {
            // WHEN the case's input is audited
            RuleCaseResult result = runner.run(c);
            // THEN every expectation of the case holds
            assertThat(result.failures()).as(c.toString()).isEmpty();
        }));
    }
}
