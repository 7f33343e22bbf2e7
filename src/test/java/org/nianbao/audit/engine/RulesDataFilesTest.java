package org.nianbao.audit.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.audit.cli.rules.Workbench;

/**
 * The data files of a rules folder are checked when the rules load (an audit refuses them, {@code rules
 * check} lists them): a word list saved in GBK or emptied switches a check off (issue 14).
 */
class RulesDataFilesTest {
    @TempDir
    Path tmp;

    @Test
    void should_refuse_a_lexicon_saved_in_gbk_at_its_first_bad_byte() throws Exception {
        // GIVEN the shipped rules with spam.txt saved in GBK
        Path rules = Workbench.copyShippedRules(tmp.resolve("rules"));
        Path spam = rules.resolve("lexicons/spam.txt");
        String text = Files.readString(spam);
        Files.write(spam, text.getBytes(Charset.forName("GBK")));
        // WHEN loaded
        RuleBookException e = catchThrowableOfType(() -> RuleBook.load(RulesSource.of(rules)), RuleBookException.class);
        // THEN refused, pointing at the file, the line and column of the first non-UTF-8 byte
        int firstLine = 1 + (int) text.substring(0, firstNonAscii(text)).chars().filter(c -> c == '\n').count();
        assertThat(e).isNotNull();
        assertThat(e.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.file()).isEqualTo("lexicons/spam.txt");
            assertThat(d.line()).isEqualTo(firstLine);
            assertThat(d.column()).isPositive();
            assertThat(d.message()).contains("UTF-8");
        });
    }

    @Test
    void should_refuse_an_empty_lexicon_the_rules_depend_on_and_a_missing_one() throws Exception {
        // GIVEN spam.txt emptied (comments only) and placeholders.txt removed
        Path rules = Workbench.copyShippedRules(tmp.resolve("rules"));
        Files.writeString(rules.resolve("lexicons/spam.txt"), "# 清空了\n\n");
        Files.delete(rules.resolve("lexicons/placeholders.txt"));
        // WHEN checked as the rules load
        java.util.List<RuleDiagnostic> problems = LexiconCheck.check(RulesSource.of(rules));
        // THEN both are named: the empty file itself, the missing one where a rule names it
        assertThat(problems).hasSize(2).anySatisfy(d -> {
            assertThat(d.file()).isEqualTo("lexicons/spam.txt");
            assertThat(d.message()).contains("词表为空").contains("contamination/spam.drl:");
        }).anySatisfy(d -> {
            assertThat(d.file()).isEqualTo("content/placeholders.drl");
            assertThat(d.line()).isPositive();
            assertThat(d.message()).contains("lexicons/placeholders.txt", "不存在");
        });
    }

    @Test
    void should_see_lexicons_named_in_a_list_over_several_lines() throws Exception {
        // GIVEN a sec6 list whose last names sit on the second line of the constraint
        Path rules = Workbench.copyShippedRules(tmp.resolve("rules"));
        Files.writeString(rules.resolve("lexicons/sec6-other-documents.txt"), "");
        // WHEN / THEN
        assertThat(LexiconCheck.check(RulesSource.of(rules))).singleElement().satisfies(d ->
                assertThat(d.file()).isEqualTo("lexicons/sec6-other-documents.txt"));
    }

    @Test
    void should_refuse_rules_that_call_system_exit_or_runtime_but_not_when_only_mentioned() throws Exception {
        // GIVEN a rule calling System.exit, one calling Runtime.getRuntime().halt(0), one naming both in a comment and a string
        Files.writeString(tmp.resolve("exit.drl"), """
                package audit.test.exit;
                import org.nianbao.audit.engine.facts.Report;
                rule "X-001"
                    @id("X-001") @title("退出") @severity("info") @category("metadata") @basis("测试")
                when
                    Report()
                then
                    System.exit(0);
                end
                rule "X-002"
                    @id("X-002") @title("停机") @severity("info") @category("metadata") @basis("测试")
                when
                    Report()
                then
                    java.lang.Runtime.getRuntime().halt(0);
                end
                rule "X-003"
                    @id("X-003") @title("只是提到") @severity("info") @category("metadata") @basis("测试")
                when
                    Report(title != "System.exit(0)")  // not Runtime.getRuntime()
                then
                    String s = "ProcessBuilder";
                end
                """);
        // WHEN loaded
        RuleBookException e = catchThrowableOfType(() -> RuleBook.load(RulesSource.of(tmp)), RuleBookException.class);
        // THEN the two calls are refused at their line and column, the mentions are not
        assertThat(e.diagnostics()).extracting(d -> d.line() + ":" + d.column())
                .containsExactly("8:5", "15:15");
        assertThat(e.diagnostics()).allSatisfy(d -> assertThat(d.message()).contains("规则不得调用"));
    }

    private static int firstNonAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                return i;
            }
        }
        return text.length();
    }
}
