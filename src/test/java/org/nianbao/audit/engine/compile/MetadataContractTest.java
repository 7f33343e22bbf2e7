package org.nianbao.audit.engine.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.audit.engine.RuleDiagnostic;
import org.nianbao.audit.engine.RuleInfo;

class MetadataContractTest {
    private final MetadataContract contract = new MetadataContract();

    @Test
    void should_accept_a_complete_rule_and_allow_drools_own_annotations_bare() {
        // GIVEN
        DrlOutline drl = DrlOutline.of("a.drl", """
                package p;
                rule "ok"
                    @id("X-1") @title("标题") @severity("warning") @category("fee") @basis("依据")
                    @Propagation(IMMEDIATE)
                when
                then
                end
                """);
        // WHEN
        MetadataContract.Result result = contract.check(List.of(drl));
        // THEN
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.rules()).extracting(RuleInfo::id, RuleInfo::file, RuleInfo::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("X-1", "a.drl", 2));
    }

    @Test
    void should_list_every_problem_of_a_rule_and_keep_it_out_of_the_catalogue() {
        // GIVEN no title, an unquoted severity, an empty basis
        DrlOutline drl = DrlOutline.of("b.drl", """
                package p;
                rule "bad"
                    @id("X-2") @severity(error) @category("fee") @basis("  ")
                when
                then
                end
                """);
        // WHEN
        MetadataContract.Result result = contract.check(List.of(drl));
        // THEN
        assertThat(result.diagnostics()).extracting(RuleDiagnostic::message)
                .anySatisfy(m -> assertThat(m).contains("@title"))
                .anySatisfy(m -> assertThat(m).contains("@severity").contains("引号"))
                .anySatisfy(m -> assertThat(m).contains("@basis").contains("为空"));
        assertThat(result.rules()).isEmpty();
    }
}
