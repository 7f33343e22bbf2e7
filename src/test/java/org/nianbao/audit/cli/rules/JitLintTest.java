package org.nianbao.audit.cli.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.nianbao.audit.engine.RuleDiagnostic;
import org.nianbao.audit.engine.compile.DrlOutline;

class JitLintTest {

    private static List<RuleDiagnostic> scan(String text) {
        return JitLint.scan(DrlOutline.of("area/x.drl", text), text);
    }

    @Test
    void should_warn_about_each_of_the_three_crashing_constructs_in_conditions_with_line_and_column() {
        // GIVEN a rule whose conditions use J1, J2 and J3
        String drl = """
                package p;
                rule "R"
                    @id("R")
                when
                    $s : Section(title str[startsWith] "一")
                    $r : TableRow($v : values, $v[0] > 0, values[1] > 0)
                    $c : Cell(columnKey memberOf java.util.List.of("TOT"), rowKey memberOf Set.of("R1"))
                then
                end
                """;
        // WHEN it is linted
        List<RuleDiagnostic> warnings = scan(drl);
        // THEN each use is one warning at its own place, naming the rule
        assertThat(warnings).extracting(RuleDiagnostic::line, RuleDiagnostic::column)
                .containsExactly(tuple(5, 24), tuple(6, 32),
                        tuple(6, 43), tuple(7, 44),
                        tuple(7, 76));
        assertThat(warnings).allMatch(w -> "R".equals(w.rule()) && w.file().equals("area/x.drl"));
        assertThat(warnings.get(0).message()).contains("str[startsWith]", "NoSuchMethodError");
        assertThat(warnings.get(1).message()).contains("$v[0]", "ClassCastException");
        assertThat(warnings.get(3).message()).contains("List.of(", "IncompatibleClassChangeError");
    }

    @Test
    void should_not_warn_about_strings_comments_array_types_functions_or_the_consequence() {
        // GIVEN brackets in a regex, a comment, an array type, array creation, and List.of in then and in a function
        String drl = """
                package p;
                function java.util.List topics() { return java.util.List.of("a"); }
                rule "R"
                when
                    $row : TableRow(key matches "R3_[1-6].*") // str[startsWith] is only mentioned
                    $t : String() from topics()
                    eval( new String[] {"x"}.length > 0 && new int[3].length == 3 )
                then
                    java.util.List<String> l = List.of("x");
                    int[] v = new int[] {1};
                    int first = v[0];
                end
                """;
        // WHEN it is linted
        List<RuleDiagnostic> warnings = scan(drl);
        // THEN nothing is reported
        assertThat(warnings).isEmpty();
    }
}
