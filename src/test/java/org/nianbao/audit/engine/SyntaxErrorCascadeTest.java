package org.nianbao.audit.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One syntax error in a file that declares a function makes Drools fail in every file that uses it
 * (issue 14): the syntax error comes first, the follow-on errors are the cascade, listed after it.
 */
class SyntaxErrorCascadeTest {
    @TempDir
    Path dir;

    @Test
    void should_put_the_syntax_error_first_and_the_errors_it_causes_in_the_cascade() throws Exception {
        // GIVEN a.drl declaring a type and a function, with a syntax error in its rule, and b.drl using both
        Files.writeString(dir.resolve("a.drl"), """
                package audit.test.cascade;
                import org.nianbao.audit.engine.facts.Report;
                declare Counted
                    n : int
                end
                function int twice(int n) {
                    return 2 * n;
                }
                rule "C-001"
                    @id("C-001") @title("甲") @severity("info") @category("metadata") @basis("测试")
                when
                    $r : Report(
                then
                end
                """);
        Files.writeString(dir.resolve("b.drl"), """
                package audit.test.cascade;
                import org.nianbao.audit.engine.facts.Report;
                rule "C-002"
                    @id("C-002") @title("乙") @severity("info") @category("metadata") @basis("测试")
                when
                    $c : Counted(n > 1)
                then
                    int x = twice($c.getN());
                end
                """);
        // WHEN loaded
        RuleBookException e = catchThrowableOfType(() -> RuleBook.load(RulesSource.of(dir)), RuleBookException.class);
        // THEN the syntax error of a.drl is the first diagnostic; b.drl's errors are the cascade, listed last
        List<RuleDiagnostic> all = e.diagnostics();
        assertThat(all.get(0).file()).isEqualTo("a.drl");
        assertThat(RuleBook.isSyntaxError(all.get(0))).isTrue();
        assertThat(e.cascade()).isNotEmpty().allSatisfy(d -> assertThat(d.file()).isEqualTo("b.drl"));
        assertThat(all.subList(all.size() - e.cascade().size(), all.size())).isEqualTo(e.cascade());
    }
}
