package org.nianbao.audit.engine.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.nianbao.audit.engine.RuleDiagnostic;

class ExecutableModelHazardsTest {
    private static final String HEAD = "package rules.x;\n\nrule \"X\"\n    @id(\"X\")\nwhen\n";

    private static List<RuleDiagnostic> scan(String conditions) {
        String text = HEAD + conditions + "then\nend\n";
        return ExecutableModelHazards.scan(DrlOutline.of("x/x.drl", text), text);
    }

    @Test
    void should_point_at_an_accumulate_whose_result_constraint_uses_an_earlier_result() {
        // GIVEN construct E3 of the Drools notes, the second accumulate on line 7
        List<RuleDiagnostic> found = scan("""
                    accumulate(Cell(rowKey == "R4", $a : intValue); $t1 : sum($a))
                    accumulate(Cell(rowKey == "R1", $b : intValue);
                               $t3 : sum($b); $t1 > $t3)
                """);
        // THEN one diagnostic, at the line where that accumulate starts, naming the rule
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.file()).isEqualTo("x/x.drl");
            assertThat(d.line()).isEqualTo(7);
            assertThat(d.rule()).isEqualTo("X");
            assertThat(d.message()).contains("前一个 accumulate");
        });
    }

    @Test
    void should_accept_result_constraints_on_their_own_result_and_comparisons_after_both() {
        // GIVEN the same comparison written the safe ways: on its own result, and in an eval after both
        assertThat(scan("""
                    accumulate(Cell(rowKey == "R4", $a : intValue); $t1 : sum($a); $t1 > 0)
                    accumulate(Cell(rowKey == "R1", $b : intValue); $t3 : sum($b))
                    eval($t1.intValue() > $t3.intValue())
                """)).isEmpty();
        // and a comment or a string mentioning the construct
        assertThat(scan("""
                    accumulate(Cell(rowKey == "R4", $a : intValue); $t1 : sum($a))
                    // accumulate(Cell(rowKey == "R1", $b : intValue); $t3 : sum($b); $t1 > $t3)
                    accumulate(Cell(label == "a;b;$t1", $b : intValue); $t3 : sum($b))
                """)).isEmpty();
    }

    @Test
    void should_find_nothing_in_the_shipped_rules() throws Exception {
        // GIVEN every shipped DRL file WHEN scanned THEN clean (the build precompiles them)
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
                String text = Files.readString(p);
                assertThat(ExecutableModelHazards.scan(DrlOutline.of(p.toString(), text), text)).as(p.toString()).isEmpty();
            }
        }
    }
}
