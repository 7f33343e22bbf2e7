package org.nianbao.audit.engine.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nianbao.audit.engine.EngineResult;
import org.nianbao.audit.engine.RuleFault;
import org.nianbao.audit.model.finding.Category;
import org.nianbao.audit.model.finding.Finding;
import org.nianbao.audit.model.finding.Severity;

class EngineAgreementTest {
    private static final RuleCase CASE = new RuleCase("AR-T2-BAL", CaseKind.FIRES, Path.of("AR-T2-BAL/fires/x.txt"), Set.of(), Set.of());

    private static Finding finding(String rule, int line, String message) {
        return Finding.builder().rule(rule).category(Category.ARITHMETIC).severity(Severity.ERROR).title("t")
                .message(message).basis("b").evidence("原文").line(line).build();
    }

    @Test
    void should_agree_on_equal_findings_in_any_firing_order() {
        // GIVEN the same two findings, raised in another order
        EngineResult classic = new EngineResult(List.of(finding("A", 3, "m"), finding("B", 1, "n")), null);
        EngineResult executable = new EngineResult(List.of(finding("B", 1, "n"), finding("A", 3, "m")), null);
        // THEN no difference
        assertThat(EngineAgreement.compare(CASE, classic, executable)).isEmpty();
    }

    @Test
    void should_name_the_first_difference_with_both_sides() {
        // GIVEN a finding only the executable model raised, and one whose message differs
        EngineResult classic = new EngineResult(List.of(finding("A", 3, "m")), null);
        EngineResult extra = new EngineResult(List.of(finding("A", 3, "m"), finding("X", 0, "多出")), null);
        EngineResult other = new EngineResult(List.of(finding("A", 3, "m2")), null);
        // THEN each is reported with what each engine gave
        assertThat(EngineAgreement.compare(CASE, classic, extra)).hasValueSatisfying(d -> assertThat(d)
                .startsWith("DIFF AR-T2-BAL fires/x.txt: classic engine gave (none), executable model gave X@0 多出"));
        assertThat(EngineAgreement.compare(CASE, classic, other)).hasValueSatisfying(d -> assertThat(d)
                .contains("classic engine gave A@3 m [原文]").contains("executable model gave A@3 m2 [原文]"));
    }

    @Test
    void should_differ_on_a_fault_or_a_crash_on_one_side_only() {
        // GIVEN equal findings, but a rule fault or a crash on one side
        EngineResult ok = new EngineResult(List.of(), null);
        EngineResult faulted = new EngineResult(List.of(), new RuleFault("A", "boom"));
        // THEN both are differences; two crashes are not
        assertThat(EngineAgreement.compare(CASE, ok, faulted)).hasValueSatisfying(d -> assertThat(d).contains("A: boom"));
        assertThat(EngineAgreement.compare(CASE, ok, null)).hasValueSatisfying(d -> assertThat(d).contains("(the pipeline threw)"));
        assertThat(EngineAgreement.compare(CASE, null, null)).isEmpty();
    }
}
