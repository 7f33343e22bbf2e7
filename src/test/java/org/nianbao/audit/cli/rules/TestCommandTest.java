package org.nianbao.audit.cli.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestCommandTest {
    private static final String NEW_MEDIA = """
            package rules.structure;

            import org.nianbao.audit.model.Section;
            import org.nianbao.audit.engine.rhs.Raise;

            rule "SEC-1-NEWMEDIA"
                @id("SEC-1-NEWMEDIA") @title("总体情况未提及政务新媒体") @severity("warning") @category("structure")
                @basis("示例要求：总体情况应说明政务新媒体建设管理情况")
            when
                $s : Section(number == 1, normalizedBody not matches ".*政务新媒体.*")
            then
                Raise.at(kcontext, $s).section(1).raise();
            end
            """;
    private static final String WITHOUT = "张家港市科学技术局2023年政府信息公开工作年度报告\n一、总体情况\n我局依托门户网站发布信息120条。\n";
    private static final String WITH = "张家港市科学技术局2023年政府信息公开工作年度报告\n一、总体情况\n我局依托门户网站和政务新媒体发布信息120条。\n";

    @TempDir
    Path tmp;

    /** Cases are parsed as an audit would: with the years of the folder's own formats.properties. */
    @BeforeEach
    void shippedFormats() throws IOException {
        Files.createDirectories(tmp.resolve("rules"));
        Files.copy(Workbench.SHIPPED_RULES.resolve("formats.properties"), tmp.resolve("rules/formats.properties"));
    }

    @Test
    void should_pass_every_shipped_case() {
        // GIVEN the shipped rules and their cases
        // WHEN rules test runs without Maven
        Workbench.Run run = Workbench.rules("test", "--rules", "rules");
        // THEN every case line is a pass and the closing line says so
        List<String> lines = run.out().lines().toList();
        assertThat(lines.subList(0, lines.size() - 1)).isNotEmpty().allMatch(l -> l.startsWith("✓ "));
        assertThat(lines.get(lines.size() - 1)).matches("[1-9]\\d* passed, 0 failed");
        assertThat(run.exit()).isZero();
    }

    @Test
    void should_fail_with_a_clear_line_when_a_case_is_wrong() {
        // GIVEN a new rule whose fires case actually mentions 政务新媒体 (the author swapped the two)
        Workbench.write(tmp.resolve("rules/structure/newmedia.drl"), NEW_MEDIA);
        Workbench.cases(tmp.resolve("fixtures/rules"), "SEC-1-NEWMEDIA", WITH, WITHOUT);
        // WHEN its cases run
        Workbench.Run run = Workbench.rules("test", "SEC-1-NEWMEDIA", "--rules", tmp.resolve("rules").toString());
        // THEN each case fails on its own line saying what was expected, and the run fails
        List<String> lines = run.out().lines().toList();
        assertThat(lines).as(run.out()).hasSize(3);
        assertThat(lines.get(0)).startsWith("✗ SEC-1-NEWMEDIA fires SEC-1-NEWMEDIA/fires/fires.txt — ")
                .contains("expected SEC-1-NEWMEDIA to fire");
        assertThat(lines.get(1)).startsWith("✗ SEC-1-NEWMEDIA passes SEC-1-NEWMEDIA/passes/passes.txt — ")
                .contains("expected SEC-1-NEWMEDIA not to fire", "未提及政务新媒体");
        assertThat(lines.get(2)).isEqualTo("0 passed, 2 failed");
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void should_pass_an_authors_new_rule_with_its_two_cases() {
        // GIVEN the same rule with its cases the right way round
        Workbench.write(tmp.resolve("rules/structure/newmedia.drl"), NEW_MEDIA);
        Workbench.cases(tmp.resolve("fixtures/rules"), "SEC-1-NEWMEDIA", WITHOUT, WITH);
        // WHEN its cases run
        Workbench.Run run = Workbench.rules("test", "--rules", tmp.resolve("rules").toString());
        // THEN both pass
        assertThat(run.out()).as(run.out())
                .contains("✓ SEC-1-NEWMEDIA fires SEC-1-NEWMEDIA/fires/fires.txt — 触发了 SEC-1-NEWMEDIA")
                .endsWith("2 passed, 0 failed\n");
        assertThat(run.exit()).isZero();
    }

    @Test
    void should_exit_3_with_diagnostics_when_the_rules_do_not_compile() {
        // GIVEN a rule with an unknown field
        Workbench.write(tmp.resolve("rules/structure/newmedia.drl"), NEW_MEDIA.replace("number == 1", "numbr == 1"));
        // WHEN rules test runs
        Workbench.Run run = Workbench.rules("test", "--rules", tmp.resolve("rules").toString());
        // THEN no case runs; the problem is shown like rules check shows it
        assertThat(run.out()).contains("rules/structure/newmedia.drl:10:18: 错误：无法解析条件").doesNotContain("passed,");
        assertThat(run.exit()).isEqualTo(3);
    }

    @Test
    void should_refuse_an_unknown_rule_id() {
        // GIVEN / WHEN a case run is asked for a rule that does not exist
        Workbench.Run run = Workbench.rules("test", "NO-SUCH-RULE", "--rules", "rules");
        // THEN it is a usage error naming the id
        assertThat(run.err()).contains("NO-SUCH-RULE");
        assertThat(run.exit()).isEqualTo(2);
    }
}
