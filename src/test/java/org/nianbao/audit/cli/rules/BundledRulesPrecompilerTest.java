package org.nianbao.audit.cli.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.audit.engine.PrecompiledRules;
import org.nianbao.audit.engine.RulesSource;
import org.nianbao.audit.engine.compile.ExecutableModel;

/** The build step that precompiles the bundled rules: saves only rules whose cases pass and agree under both engines. */
class BundledRulesPrecompilerTest {
    private static final String HEADER = """
            package rules.x;

            import org.nianbao.audit.model.Cell;
            import org.nianbao.audit.model.CellKind;
            import org.nianbao.audit.model.TableKind;
            import org.nianbao.audit.engine.rhs.Raise;

            """;
    /** Correct in both engines: a plain pattern. */
    private static final String BACKLOG = HEADER + """
            rule "X-BACKLOG"
                @id("X-BACKLOG") @title("结转下年度的申请较多") @severity("info") @category("arithmetic") @basis("示例")
            when
                $c : Cell(table == TableKind.T2, rowKey == "R4", columnKey == "TOT", kind == CellKind.NUMBER, intValue >= 2)
            then
                Raise.at(kcontext, $c).raise();
            end
            """;
    /**
     * drools-10-notes E3: a result constraint on the previous accumulate's sum. Classic judges 2 > 17 false;
     * the executable model fires anyway.
     */
    private static final String E3 = HEADER + """
            rule "X-E3"
                @id("X-E3") @title("结转下年度多于本年新收") @severity("info") @category("arithmetic") @basis("示例")
            when
                accumulate(Cell(table == TableKind.T2, rowKey == "R4", kind == CellKind.NUMBER, $a : intValue); $t1 : sum($a))
                accumulate(Cell(table == TableKind.T2, rowKey == "R1", kind == CellKind.NUMBER, $b : intValue); $t3 : sum($b); $t1 > $t3)
            then
                Raise.absent(kcontext).reported($t1).expected($t3).raise();
            end
            """;
    /** A report whose table 2 has 本年新收 17 and 结转下年度 2 (a shipped case). */
    private static final Path CONSISTENT = Workbench.SHIPPED_CASES.resolve("AR-T2-BAL/passes/consistent-2021.txt");

    @TempDir
    Path tmp;
    Path rules;
    Path cases;
    Path out;

    /** What the step printed and returned. */
    private record Run(int exit, String out) {
    }

    private Run precompile() {
        return precompile(false);
    }

    private Run precompile(boolean quiet) {
        java.io.StringWriter text = new java.io.StringWriter();
        int exit = new BundledRulesPrecompiler(new java.io.PrintWriter(text, true), quiet).run(rules, cases, out);
        return new Run(exit, text.toString());
    }

    @BeforeEach
    void folders() throws IOException {
        rules = Files.createDirectories(tmp.resolve("rules"));
        cases = tmp.resolve("fixtures/rules");
        out = tmp.resolve("classes/precompiled-rules");
        Files.copy(Workbench.SHIPPED_RULES.resolve("formats.properties"), rules.resolve("formats.properties"));
    }

    private void backlogRuleWithCases() throws IOException {
        Workbench.write(rules.resolve("x/backlog.drl"), BACKLOG);
        Workbench.write(cases.resolve("X-BACKLOG/fires/consistent.txt"), Files.readString(CONSISTENT));
        Workbench.write(cases.resolve("X-BACKLOG/passes/empty-table.txt"),
                Files.readString(Workbench.SHIPPED_CASES.resolve("AR-T2-ROWTOT/passes/short-rows-seed-004.txt")));
    }

    private static int lineOf(String text, String start) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError(start);
    }

    private long kjars() throws IOException {
        Path folder = out;
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.toString().endsWith(".kjar")).count();
        }
    }

    @Test
    void should_save_rules_whose_cases_pass_and_agree_under_the_digest_of_their_drl() throws Exception {
        // GIVEN a rule with a fires and a passes case, and a kjar an earlier build left behind
        backlogRuleWithCases();
        Files.createDirectories(out);
        Files.write(out.resolve("0000.kjar"), new byte[] {1});
        // WHEN precompiled
        Run run = precompile();
        // THEN both cases are listed and only the new kjar is there, named for the DRL, and it loads back
        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.out()).contains("2 passed, 0 failed").contains("已预编译 1 条规则：").contains("2 个用例在两种引擎下结果一致");
        assertThat(kjars()).isEqualTo(1);
        String name = PrecompiledRules.resourceName(RulesSource.of(rules).filesEndingWith(".drl"));
        Path kjar = out.resolve(name.substring(name.indexOf('/') + 1));
        assertThat(kjar).exists();
        assertThat(ExecutableModel.load(Files.readAllBytes(kjar))).isNotNull();
    }

    @Test
    void should_print_only_failures_and_the_result_when_quiet() throws IOException {
        // GIVEN the same rule WHEN precompiled quietly (as the build does) THEN no case line, only the totals and the saved file
        backlogRuleWithCases();
        Run run = precompile(true);
        assertThat(run.exit()).isZero();
        assertThat(run.out().lines()).hasSize(2).noneMatch(l -> l.startsWith("✓"));
    }

    @Test
    void should_remove_an_earlier_kjar_even_when_nothing_is_saved() throws IOException {
        // GIVEN a kjar of an earlier build and rules without cases WHEN precompiled
        Workbench.write(rules.resolve("x/backlog.drl"), BACKLOG);
        Files.createDirectories(out);
        Files.write(out.resolve("0000.kjar"), new byte[] {1});
        // THEN nothing is saved and the old kjar is gone: it would be packed with classes it was not made for
        assertThat(precompile().exit()).isEqualTo(1);
        assertThat(kjars()).isZero();
    }

    @Test
    void should_not_save_rules_whose_case_fails() throws IOException {
        // GIVEN the rule with its cases swapped (the author's mistake)
        Workbench.write(rules.resolve("x/backlog.drl"), BACKLOG);
        Workbench.write(cases.resolve("X-BACKLOG/passes/consistent.txt"), Files.readString(CONSISTENT));
        // WHEN precompiled THEN nothing is saved and the author is told to make the cases pass first
        Run run = precompile();
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("0 passed, 1 failed").contains("先让全部用例通过").contains("未预编译");
        assertThat(kjars()).isZero();
    }

    @Test
    void should_not_save_rules_the_executable_model_judges_differently() throws Exception {
        // GIVEN a rule that passes its case under classic but uses construct E3
        Workbench.write(rules.resolve("x/e3.drl"), E3);
        Workbench.write(cases.resolve("X-E3/passes/consistent.txt"), Files.readString(CONSISTENT));
        // WHEN precompiled
        Run run = precompile();
        // THEN the construct is pointed at by file and line, and nothing is saved
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("x/e3.drl:" + (lineOf(E3, "accumulate(Cell(table == TableKind.T2, rowKey == \"R1\"")) + ":")
                .contains("引用了前一个 accumulate 的结果").contains("未预编译");
        assertThat(kjars()).isZero();
    }

    @Test
    void should_not_save_without_cases() throws IOException {
        // GIVEN a rule and no cases folder WHEN precompiled THEN nothing was proven, nothing saved
        Workbench.write(rules.resolve("x/backlog.drl"), BACKLOG);
        Run run = precompile();
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("没有找到可运行的用例").contains("未预编译");
        assertThat(kjars()).isZero();
    }

    @Test
    void should_refuse_rules_that_do_not_compile_with_exit_3() throws IOException {
        // GIVEN a syntax error WHEN precompiled THEN the usual diagnostics and exit 3
        Workbench.write(rules.resolve("x/broken.drl"), HEADER + "rule \"X\"\nwhen\n  $c : Cell( \nthen\nend\n");
        Run run = precompile();
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.out()).contains("x/broken.drl:");
        assertThat(kjars()).isZero();
    }
}
