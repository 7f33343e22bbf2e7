package org.nianbao.audit.cli.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.audit.engine.RuleDiagnostic;

class DiagnosticPrinterTest {
    private static String print(Problem p, Map<String, String> sources) {
        StringWriter out = new StringWriter();
        new DiagnosticPrinter("rules/", sources).print(p, new PrintWriter(out, true));
        return out.toString();
    }

    @Test
    void should_put_the_caret_under_the_quoted_text_counting_chinese_as_two_columns_and_keeping_tabs() {
        // GIVEN a line with a tab and Chinese before the method the message names
        Map<String, String> src = Map.of("a/x.drl", "rule \"R\"\n\tRaise.set(\"标题\", 1).raisee();\nend\n");
        RuleDiagnostic d = new RuleDiagnostic("a/x.drl", 2, 0, "R", "The method raisee() is undefined for the type FindingDraft");
        // WHEN it is printed
        String out = print(Problem.error(d), src);
        // THEN the column is the caret's, and the caret sits under "raisee" in a terminal
        assertThat(out.lines().toList()).containsExactly(
                "rules/a/x.drl:2:21: 错误：The method raisee() is undefined for the type FindingDraft（规则“R”）",
                "    2 | \tRaise.set(\"标题\", 1).raisee();",
                "      | \t" + " ".repeat(21) + "^"); // 19 characters, two of them Chinese
    }

    @Test
    void should_fall_back_to_the_first_non_blank_character_when_the_column_is_unknown() {
        // GIVEN a diagnostic with column 0 whose message quotes nothing on the line
        Map<String, String> src = Map.of("x.drl", "a\n    @id(\"X\") @title(\"t\")\n");
        RuleDiagnostic d = new RuleDiagnostic("x.drl", 2, 0, null, "规则缺少元数据 @basis");
        // WHEN / THEN
        assertThat(print(Problem.warning(d), src).lines().toList()).containsExactly(
                "rules/x.drl:2:5: 警告：规则缺少元数据 @basis", "    2 |     @id(\"X\") @title(\"t\")", "      |     ^");
    }

    @Test
    void should_print_only_the_message_when_there_is_no_line_to_show() {
        // GIVEN a problem of the whole rule set and one beyond the end of its file
        RuleDiagnostic whole = new RuleDiagnostic("", 0, 0, null, "规则集编译失败：NPE");
        RuleDiagnostic beyond = new RuleDiagnostic("x.drl", 9, 0, null, "不存在的行");
        // WHEN / THEN no source line and no caret are invented
        assertThat(print(Problem.error(whole), Map.of())).isEqualTo("错误：规则集编译失败：NPE" + System.lineSeparator());
        assertThat(print(Problem.error(beyond), Map.of("x.drl", "one line"))).isEqualTo("rules/x.drl:9:0: 错误：不存在的行" + System.lineSeparator());
    }
}
