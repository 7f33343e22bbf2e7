package org.nianbao.audit.engine.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.nianbao.audit.engine.RuleDiagnostic;

class ExecutableModelHazardsTest {
    private static final String HEAD = "package rules.x;\n\nimport org.nianbao.audit.model.Cell;\n\nrule \"X\"\n    @id(\"X\")\nwhen\n";

    private static List<RuleDiagnostic> scan(String conditions) {
        String text = HEAD + conditions + "then\nend\n";
        return ExecutableModelHazards.scan("x/x.drl", text);
    }

    @Test
    void should_point_at_an_accumulate_whose_result_constraint_uses_an_earlier_result() {
        // GIVEN construct E3 of the Drools notes, the second accumulate on line 9
        List<RuleDiagnostic> found = scan("""
                    accumulate(Cell(rowKey == "R4", $a : intValue); $t1 : sum($a))
                    accumulate(Cell(rowKey == "R1", $b : intValue);
                               $t3 : sum($b); $t1 > $t3)
                """);
        // THEN one diagnostic, at the line where that accumulate starts, naming the rule
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.file()).isEqualTo("x/x.drl");
            assertThat(d.line()).isEqualTo(9);
            assertThat(d.rule()).isEqualTo("X");
            assertThat(d.message()).contains("前一个 accumulate");
        });
    }

    @Test
    void should_find_the_construct_however_it_is_spelled() {
        // GIVEN the same construct with a space before '(', the short keyword, a URL string with '//',
        // bindings without '$', and the pattern form 'Number(...) from accumulate'
        assertThat(scan("""
                    accumulate (Cell($a : intValue); $t1 : sum($a))
                    acc(Cell($b : intValue); $t3 : sum($b); $t1 > $t3)
                """)).hasSize(1);
        assertThat(scan("""
                    accumulate(Cell(raw == "http://x.example/", $a : intValue); $t1 : sum($a))
                    accumulate(Cell($b : intValue); $t3 : sum($b); $t1 > $t3)
                """)).hasSize(1);
        assertThat(scan("""
                    accumulate(Cell($a : intValue); t1 : sum($a))
                    accumulate(Cell($b : intValue); t3 : sum($b); t3 < t1)
                """)).hasSize(1);
        assertThat(scan("""
                    $n : Number() from accumulate(Cell($a : intValue), sum($a))
                    Number(intValue > $n) from accumulate(Cell($b : intValue), sum($b))
                """)).hasSize(1);
    }

    @Test
    void should_accept_result_constraints_on_their_own_result_and_comparisons_after_both() {
        // GIVEN the safe ways: a constraint on its own result, and the comparison in an eval after both
        assertThat(scan("""
                    accumulate(Cell(rowKey == "R4", $a : intValue); $t1 : sum($a); $t1 > 0)
                    accumulate(Cell(rowKey == "R1", $b : intValue); $t3 : sum($b))
                    eval($t1.intValue() > $t3.intValue())
                """)).isEmpty();
        // and comments or a string mentioning the construct
        assertThat(scan("""
                    accumulate(Cell(rowKey == "R4", $a : intValue); $t1 : sum($a))
                    // accumulate(Cell(rowKey == "R1", $b : intValue); $t3 : sum($b); $t1 > $t3)
                    /* accumulate(Cell($b : intValue); $t3 : sum($b); $t1 > $t3) */
                    accumulate(Cell(raw == "a;b;$t1", $b : intValue); $t3 : sum($b); $t3 > 0)
                """)).isEmpty();
    }

    @Test
    void should_leave_text_the_parser_rejects_to_the_compiler() {
        // GIVEN a syntax error WHEN scanned THEN nothing (compiling reports the error with its line)
        assertThat(scan("    accumulate(Cell( ; $t1 : sum(\n")).isEmpty();
    }

    @Test
    void should_find_nothing_in_the_shipped_rules() throws Exception {
        // GIVEN every shipped DRL file WHEN scanned THEN clean (the build precompiles them)
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
                assertThat(ExecutableModelHazards.scan(p.toString(), Files.readString(p))).as(p.toString()).isEmpty();
            }
        }
    }
}
