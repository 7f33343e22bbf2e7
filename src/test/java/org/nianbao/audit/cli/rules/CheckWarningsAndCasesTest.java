package org.nianbao.audit.cli.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Small rule folders: warnings do not fail a check, a missing case does, and a syntax error hides nothing. */
class CheckWarningsAndCasesTest {
    private static final String RULE = """
            package rules.sample;

            import org.nianbao.audit.model.Section;
            import org.nianbao.audit.engine.rhs.Raise;

            rule "%1$s"
                @id("%1$s") @title("示例") @severity("warning") @category("structure") @basis("测试依据")
            when
                $s : Section(%2$s)
            then
                Raise.at(kcontext, $s).raise();
            end
            """;

    @TempDir
    Path tmp;

    /** Every rules folder carries a grading policy and its formats; rules check reads them as an audit would. */
    @BeforeEach
    void shippedGradingPolicyAndFormats() throws IOException {
        Files.createDirectories(tmp.resolve("rules"));
        Files.copy(Workbench.SHIPPED_RULES.resolve("grading.properties"), tmp.resolve("rules/grading.properties"));
        Files.copy(Workbench.SHIPPED_RULES.resolve("formats.properties"), tmp.resolve("rules/formats.properties"));
    }

    @Test
    void should_warn_about_a_jit_hazard_and_still_exit_0() {
        // GIVEN a rule that compiles but uses str[startsWith], with both its cases
        Workbench.write(tmp.resolve("rules/structure/sample.drl"), RULE.formatted("SMP-1", "title str[startsWith] \"总体\""));
        Workbench.cases(tmp.resolve("fixtures/rules"), "SMP-1", "一、总体情况\n", "一、总体情况\n");
        // WHEN rules check runs (cases found beside the rules folder)
        Workbench.Run run = Workbench.rules("check", "--rules", tmp.resolve("rules").toString());
        // THEN the construct is a warning under the operator, and the check passes
        assertThat(run.out()).contains("rules/structure/sample.drl:9:24: 警告：条件中使用了 str[startsWith]");
        assertThat(run.out()).contains("      |                        ^");
        assertThat(run.out().lines().reduce((a, b) -> b)).hasValue("1 个文件，1 条规则：0 个错误，1 个警告");
        assertThat(run.exit()).isZero();
    }

    @Test
    void should_fail_when_a_rule_has_no_passes_case() {
        // GIVEN a clean rule with only a fires case
        Workbench.write(tmp.resolve("rules/structure/sample.drl"), RULE.formatted("SMP-2", "number == 1"));
        Workbench.write(tmp.resolve("cases/SMP-2/fires/a.txt"), "一、总体情况\n");
        // WHEN rules check runs with --cases
        Workbench.Run run = Workbench.rules("check", "--rules", tmp.resolve("rules").toString(),
                "--cases", tmp.resolve("cases").toString());
        // THEN the missing case is an error at the rule, and the exit code is 3
        assertThat(Workbench.headers(run.out())).singleElement().asString()
                .contains("rules/structure/sample.drl:6:1: 错误：规则 SMP-2 缺少不应触发的用例（")
                .contains("cases/SMP-2/passes/*.txt）").doesNotContain("fires");
        assertThat(run.exit()).isEqualTo(3);
    }

    @Test
    void should_report_the_rules_after_a_syntax_error_that_drools_alone_never_reads() {
        // GIVEN one file: a syntax error in its first rule, an unknown field in its second, a Java error in its third
        String file = """
                package rules.sample;

                import org.nianbao.audit.model.Section;
                import org.nianbao.audit.engine.rhs.Raise;

                rule "SMP-A"
                    @id("SMP-A") @title("示例") @severity("warning") @category("structure") @basis("测试依据")
                when
                    $s : Section(number == 1
                then
                    Raise.at(kcontext, $s).raise();
                end

                rule "SMP-B"
                    @id("SMP-B") @title("示例") @severity("warning") @category("structure") @basis("测试依据")
                when
                    $s : Section(numbr == 2)
                then
                    Raise.at(kcontext, $s).raise();
                end

                rule "SMP-C"
                    @id("SMP-C") @title("示例") @severity("warning") @category("structure") @basis("测试依据")
                when
                    $s : Section(number == 3)
                then
                    Raise.at(kcontext, $s).raisee();
                end
                """;
        Workbench.write(tmp.resolve("rules/structure/sample.drl"), file);
        for (String id : new String[] {"SMP-A", "SMP-B", "SMP-C"}) {
            Workbench.cases(tmp.resolve("fixtures/rules"), id, "一、总体情况\n", "一、总体情况\n");
        }
        // WHEN rules check runs
        Workbench.Run run = Workbench.rules("check", "--rules", tmp.resolve("rules").toString());
        // THEN all three are reported, each in its own rule
        assertThat(Workbench.headers(run.out()).toList()).as(run.out()).satisfiesExactly(
                l -> assertThat(l).contains("sample.drl:10:1: 错误：语法错误"),
                l -> assertThat(l).contains("sample.drl:17:18: 错误：无法解析条件“numbr == 2”").endsWith("（规则“SMP-B”）"),
                l -> assertThat(l).contains("sample.drl:27:28: 错误：方法 raisee() 在 FindingDraft 中不存在").endsWith("（规则“SMP-C”）"));
        assertThat(run.exit()).isEqualTo(3);
    }

    @Test
    void should_pass_the_shipped_rules_and_cases() {
        // GIVEN the project's rules and rule cases
        // WHEN rules check runs on them
        Workbench.Run run = Workbench.rules("check", "--rules", Workbench.SHIPPED_RULES.toString());
        // THEN there is no error
        assertThat(run.out().lines().reduce((a, b) -> b).orElseThrow()).as(run.out()).contains("：0 个错误");
        assertThat(run.exit()).isZero();
    }
    @Test
    void should_point_at_the_repeated_function_of_a_package_instead_of_line_0() {
        // GIVEN two files of one package that both define topic()
        Workbench.write(tmp.resolve("rules/structure/a.drl"), "package rules.sample;\nfunction String topic() { return \"a\"; }\n");
        Workbench.write(tmp.resolve("rules/structure/b.drl"), "package rules.sample;\n\nfunction String topic() { return \"b\"; }\n");
        // WHEN rules check runs
        Workbench.Run run = Workbench.rules("check", "--rules", tmp.resolve("rules").toString());
        // THEN the second definition is the error, with the first one named
        assertThat(Workbench.headers(run.out())).singleElement().asString()
                .contains("rules/structure/b.drl:3:1: 错误：函数 topic 重复定义：已在 structure/a.drl:2 定义");
        assertThat(run.exit()).isEqualTo(3);
    }

    @Test
    void should_check_the_grading_policy_too() {
        // GIVEN a clean rule with its cases, and a grading policy whose critical.cap names no grade
        Workbench.write(tmp.resolve("rules/structure/sample.drl"), RULE.formatted("SMP-3", "number == 1"));
        Workbench.cases(tmp.resolve("fixtures/rules"), "SMP-3", "一、总体情况\n", "一、总体情况\n");
        Workbench.write(tmp.resolve("rules/grading.properties"), """
                score.max=100
                score.floor=0
                weight.critical=40
                weight.error=10
                weight.warning=3
                weight.info=0
                grade.A.min=90
                grade.D.min=0
                critical.cap=E
                """);
        // WHEN rules check runs
        Workbench.Run run = Workbench.rules("check", "--rules", tmp.resolve("rules").toString());
        // THEN the policy's problem is reported at its line
        assertThat(run.out()).contains("rules/grading.properties:9:1: 错误：", "critical.cap");
        assertThat(run.exit()).isEqualTo(3);
    }
    @Test
    void should_check_the_formats_file_too() {
        // GIVEN a clean rule with its cases, and a formats file whose scope starts before every format
        Workbench.write(tmp.resolve("rules/structure/sample.drl"), RULE.formatted("SMP-4", "number == 1"));
        Workbench.cases(tmp.resolve("fixtures/rules"), "SMP-4", "一、总体情况\n", "一、总体情况\n");
        Workbench.write(tmp.resolve("rules/formats.properties"), """
                # 评估范围
                scope.from=2018
                template.2019.from=2019
                template.2021.from=2021
                """);
        // WHEN rules check runs
        Workbench.Run run = Workbench.rules("check", "--rules", tmp.resolve("rules").toString());
        // THEN the problem is reported at its line
        assertThat(run.out()).contains("rules/formats.properties:2:1: 错误：", "scope.from 的值 2018 早于最早的格式适用年度 2019");
        assertThat(run.exit()).isEqualTo(3);
    }

    @Test
    void should_pin_a_crash_of_the_whole_build_on_its_file_and_still_check_the_others() {
        // GIVEN a file that makes Drools throw out of the build, and another file with a Java error
        Workbench.write(tmp.resolve("rules/a/crash.drl"), "package rules.a;\nimport accumulate com.example.Missing total;\n");
        Workbench.write(tmp.resolve("rules/structure/sample.drl"),
                RULE.formatted("SMP-4", "number == 1").replace(".raise()", ".raisee()"));
        Workbench.cases(tmp.resolve("fixtures/rules"), "SMP-4", "一、总体情况\n", "一、总体情况\n");
        // WHEN rules check runs
        Workbench.Run run = Workbench.rules("check", "--rules", tmp.resolve("rules").toString());
        // THEN the crash is reported at the import that causes it, and the other file's error too
        assertThat(run.out().lines().filter(l -> l.contains("错误："))).as(run.out()).satisfiesExactly(
                l -> assertThat(l).contains("rules/a/crash.drl:2:1: 错误：规则集编译失败：", "com.example.Missing"),
                l -> assertThat(l).contains("rules/structure/sample.drl:11:28: 错误：方法 raisee() 在 FindingDraft 中不存在"));
        assertThat(run.exit()).isEqualTo(3);
    }
    @Test
    void should_warn_about_case_folders_and_expect_lines_that_name_no_rule() {
        // GIVEN a covered rule, a case folder of a rule that was renamed, and an .expect naming a missing id
        Workbench.write(tmp.resolve("rules/structure/sample.drl"), RULE.formatted("SMP-5", "number == 1"));
        Workbench.cases(tmp.resolve("fixtures/rules"), "SMP-5", "一、总体情况\n", "一、总体情况\n");
        Workbench.write(tmp.resolve("fixtures/rules/SMP-5/passes/passes.expect"), "not: SMP-OLD\n");
        Workbench.cases(tmp.resolve("fixtures/rules"), "SMP-OLD", "x\n", "y\n");
        // WHEN rules check runs
        Workbench.Run run = Workbench.rules("check", "--rules", tmp.resolve("rules").toString());
        // THEN both are warnings; the check still passes
        assertThat(run.out()).contains("警告：用例 " + tmp.resolve("fixtures/rules") + "/SMP-5/passes/passes.txt 的 .expect 文件提到不存在的规则编号：SMP-OLD",
                "警告：用例目录 " + tmp.resolve("fixtures/rules") + "/SMP-OLD/ 对应的规则编号不存在");
        assertThat(run.exit()).isZero();
    }
    @Test
    void should_not_pass_a_folder_without_rules() {
        // GIVEN a rules folder holding only its grading policy and formats
        // WHEN rules check runs
        Workbench.Run run = Workbench.rules("check", "--rules", tmp.resolve("rules").toString());
        // THEN it fails as an audit would refuse to start
        assertThat(run.out()).contains("错误：规则文件夹 ").contains("中没有任何 .drl 规则文件")
                .endsWith("0 个文件，0 条规则：1 个错误，0 个警告\n");
        assertThat(run.exit()).isEqualTo(3);
    }
}
