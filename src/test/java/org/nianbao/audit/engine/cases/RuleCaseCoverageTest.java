package org.nianbao.audit.engine.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nianbao.audit.engine.RuleInfo;

/** A rule never seen to fire, or never seen to stay silent, is untested: CI fails on it. */
class RuleCaseCoverageTest {

    @Test
    void should_have_a_fires_and_a_passes_case_for_every_rule() {
        // GIVEN every rule id in rules/ and every case in fixtures/rules
        Set<String> ids = SharedRuleBook.get().rules().stream().map(RuleInfo::id).collect(Collectors.toSet());
        List<RuleCase> cases = RuleCaseLoader.load(SharedRuleBook.CASES);
        // WHEN coverage is checked
        List<String> gaps = CaseCoverage.gaps(ids, cases);
        // THEN there is no rule without both cases and no case folder without its rule
        assertThat(ids).isNotEmpty();
        assertThat(gaps).isEmpty();
    }
}
