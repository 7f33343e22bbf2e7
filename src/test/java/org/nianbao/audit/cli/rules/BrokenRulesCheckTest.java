package org.nianbao.audit.cli.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken copy of the shipped rules: every one of five different problems is reported at its file and line. */
class BrokenRulesCheckTest {
    private static final String HEAD = """
            package rules.broken.%s;

            import org.nianbao.audit.engine.facts.Report;
            import org.nianbao.audit.model.Section;
            import org.nianbao.audit.engine.rhs.Raise;

            """;

    @TempDir
    static Path tmp;
    private static Workbench.Run run;
    private static String stderr;

    @BeforeAll
    static void checkBrokenCopy() {
        // GIVEN the shipped rules plus five broken files (line numbers in the comments)
        Path rules = Workbench.copyShippedRules(tmp.resolve("rules"));
        Workbench.write(rules.resolve("broken/syntax.drl"), HEAD.formatted("syntax") + """
                rule "BRK-SYNTAX"
                    @id("BRK-SYNTAX") @title("语法错误") @severity("error") @category("metadata") @basis("测试")
                when
                    $r : Report(agency == null
                then
                    Raise.absent(kcontext).raise();
                end
                """); // rule at 7, the unclosed pattern at 10, Drools stops at "then" on 11
        Workbench.write(rules.resolve("broken/field.drl"), HEAD.formatted("field") + """
                rule "BRK-FIELD"
                    @id("BRK-FIELD") @title("未知字段") @severity("error") @category("structure") @basis("测试")
                when
                    $s : Section(numbr == 1)
                then
                    Raise.at(kcontext, $s).raise();
                end
                """); // unknown field on 10
        Workbench.write(rules.resolve("broken/java.drl"), HEAD.formatted("java") + """
                rule "BRK-JAVA"
                    @id("BRK-JAVA") @title("Java 错误") @severity("error") @category("structure") @basis("测试")
                when
                    $s : Section(number == 1)
                then
                    String h = $s.getHeadingg();
                    Raise.at(kcontext, $s).raise();
                end
                """); // consequence error on 12
        Workbench.write(rules.resolve("broken/dup.drl"), HEAD.formatted("dup") + """
                rule "BRK-DUP"
                    @id("AR-INT") @title("与算术规则重号") @severity("info") @category("arithmetic") @basis("测试")
                when
                    $s : Section(number == 2)
                then
                    Raise.at(kcontext, $s).raise();
                end
                """); // duplicate of rules/arithmetic's AR-INT, rule at 7
        Workbench.write(rules.resolve("broken/basis.drl"), HEAD.formatted("basis") + """
                rule "BRK-BASIS"
                    @id("BRK-BASIS") @title("缺依据") @severity("error") @category("structure")
                when
                    $s : Section(number == 3)
                then
                    Raise.at(kcontext, $s).raise();
                end
                """); // no @basis, rule at 7
        PrintStream realErr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            // WHEN the author runs rules check with the shipped cases
            run = Workbench.rules("check", "--rules", rules.toString(), "--cases", Workbench.SHIPPED_CASES.toString());
        } finally {
            System.setErr(realErr);
        }
        stderr = captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void should_exit_3() {
        assertThat(run.exit()).as(run.out()).isEqualTo(3);
    }

    @Test
    void should_report_the_syntax_error_where_drools_stopped_with_the_line_and_a_caret() {
        List<String> lines = run.out().lines().toList();
        int at = indexOf(lines, "/rules/broken/syntax.drl:11:1: 错误：语法错误");
        assertThat(at).as(run.out()).isGreaterThanOrEqualTo(0);
        assertThat(lines.get(at + 1)).isEqualTo("   11 | then");
        assertThat(lines.get(at + 2)).isEqualTo("      | ^");
    }

    @Test
    void should_report_the_unknown_field_under_the_field_and_name_the_rule() {
        List<String> lines = run.out().lines().toList();
        int at = indexOf(lines, "/rules/broken/field.drl:10:18: 错误：无法解析条件“numbr == 1”");
        assertThat(at).as(run.out()).isGreaterThanOrEqualTo(0);
        assertThat(lines.get(at)).endsWith("（规则“BRK-FIELD”）");
        assertThat(lines.get(at + 1)).isEqualTo("   10 |     $s : Section(numbr == 1)");
        assertThat(lines.get(at + 2)).isEqualTo("      |                  ^");
    }

    @Test
    void should_report_the_java_error_on_the_consequence_line_not_the_rule_line() {
        assertThat(run.out()).contains("/rules/broken/java.drl:12:19: 错误：方法 getHeadingg() 在 Section 中不存在");
    }

    @Test
    void should_report_the_duplicate_id_across_packages_pointing_at_the_first_use() {
        assertThat(Workbench.headers(run.out()))
                .anyMatch(l -> l.contains("/rules/broken/dup.drl:7:1: 错误：规则编号 AR-INT 重复")
                        && l.contains("arithmetic/values.drl"));
    }

    @Test
    void should_report_the_missing_basis() {
        assertThat(run.out()).contains("/rules/broken/basis.drl:7:1: 错误：规则缺少元数据 @basis");
    }

    @Test
    void should_report_each_problem_once_although_files_are_also_compiled_on_their_own() {
        List<String> headers = Workbench.headers(run.out()).filter(l -> l.contains("/rules/broken/")).toList();
        assertThat(headers).doesNotHaveDuplicates();
    }

    @Test
    void should_close_with_a_summary_counting_every_file_and_rule() {
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(lines.size() - 1)).matches("\\d+ 个文件，\\d+ 条规则：\\d+ 个错误，0 个警告");
        long errors = Workbench.headers(run.out()).filter(l -> l.contains(": 错误：")).count();
        assertThat(lines.get(lines.size() - 1)).contains("：" + errors + " 个错误");
    }

    @Test
    void should_print_nothing_of_drools_own_logging() {
        assertThat(stderr).isEmpty();
        assertThat(run.err()).isEmpty();
    }

    private static int indexOf(List<String> lines, String fragment) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(fragment)) {
                return i;
            }
        }
        return -1;
    }
}
