package org.nianbao.audit.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.audit.engine.RulesSource;
import org.nianbao.audit.model.finding.Severity;

class GradingPolicyTest {
    private static final String VALID = """
            score.max=100
            score.floor=0
            weight.critical=40
            weight.error=10
            weight.warning=3
            weight.info=0
            grade.A.min=90
            grade.B.min=75
            grade.C.min=60
            grade.D.min=0
            critical.cap=D
            """;

    @Test
    void should_read_the_shipped_policy_with_the_documented_defaults() {
        // WHEN
        GradingPolicy policy = GradingPolicy.load(RulesSource.of(Path.of("rules")));
        // THEN
        assertThat(policy.weight(Severity.CRITICAL)).isEqualTo(40);
        assertThat(policy.weight(Severity.ERROR)).isEqualTo(10);
        assertThat(policy.weight(Severity.WARNING)).isEqualTo(3);
        assertThat(policy.weight(Severity.INFO)).isZero();
        assertThat(policy.bands()).extracting(GradingPolicy.Band::grade).containsExactly("A", "B", "C", "D");
        assertThat(policy.criticalCap()).isEqualTo("D");
    }

    @Test
    void should_place_scores_in_bands_at_their_edges() {
        GradingPolicy policy = GradingPolicy.parse("t.properties", VALID);
        assertThat(Map.of(100, policy.gradeFor(100), 90, policy.gradeFor(90), 89, policy.gradeFor(89),
                75, policy.gradeFor(75), 74, policy.gradeFor(74), 60, policy.gradeFor(60), 59, policy.gradeFor(59), 0, policy.gradeFor(0)))
                .isEqualTo(Map.of(100, "A", 90, "A", 89, "B", 75, "B", 74, "C", 60, "C", 59, "D", 0, "D"));
        assertThat(policy.worse("A", "D")).isEqualTo("D");
        assertThat(policy.worse("D", "B")).isEqualTo("D");
    }

    @Test
    void should_name_file_and_key_when_a_key_is_missing() {
        assertThatThrownBy(() -> GradingPolicy.parse("rules/grading.properties", VALID.replace("weight.error=10\n", "")))
                .isInstanceOf(GradingPolicyException.class)
                .hasMessageContaining("rules/grading.properties").hasMessageContaining("weight.error");
    }

    @Test
    void should_name_file_and_key_when_a_value_is_invalid() {
        assertThatThrownBy(() -> GradingPolicy.parse("g.properties", VALID.replace("weight.warning=3", "weight.warning=three")))
                .hasMessageContaining("weight.warning").hasMessageContaining("three");
        assertThatThrownBy(() -> GradingPolicy.parse("g.properties", VALID.replace("weight.info=0", "weight.info=-1")))
                .hasMessageContaining("weight.info");
        assertThatThrownBy(() -> GradingPolicy.parse("g.properties", VALID.replace("critical.cap=D", "critical.cap=E")))
                .hasMessageContaining("critical.cap").hasMessageContaining("E");
        assertThatThrownBy(() -> GradingPolicy.parse("g.properties", VALID.replace("grade.D.min=0", "grade.D.min=50")))
                .hasMessageContaining("score.floor");
    }

    @Test
    void should_fail_clearly_when_the_rules_folder_has_no_policy() {
        RulesSource empty = RulesSource.inMemory("tmp/", Map.of("a.drl", ""));
        assertThatThrownBy(() -> GradingPolicy.load(empty))
                .isInstanceOf(GradingPolicyException.class).hasMessageContaining("tmp/grading.properties");
    }

    @Test
    void should_refuse_cut_offs_that_do_not_fall_from_the_best_grade_at_its_line() {
        // GIVEN B's cut-off above A's (two numbers swapped)
        String inverted = VALID.replace("grade.B.min=75", "grade.B.min=95");
        // WHEN / THEN refused at B's line, naming both grades
        assertThatThrownBy(() -> GradingPolicy.parse("rules/grading.properties", inverted))
                .isInstanceOfSatisfying(GradingPolicyException.class, e -> assertThat(e.diagnostics())
                        .singleElement().satisfies(d -> {
                            assertThat(d.file()).isEqualTo("grading.properties");
                            assertThat(d.line()).isEqualTo(8);
                            assertThat(d.message()).contains("等级 B", "95", "等级 A", "90");
                        }));
    }

    @Test
    void should_refuse_a_key_written_twice_at_the_second_line() {
        // GIVEN weight.error set again further down (Properties would silently keep the 0)
        String twice = VALID + "weight.error=0\n";
        assertThatThrownBy(() -> GradingPolicy.parse("g.properties", twice))
                .isInstanceOfSatisfying(GradingPolicyException.class, e -> assertThat(e.diagnostics())
                        .singleElement().satisfies(d -> {
                            assertThat(d.line()).isEqualTo(12);
                            assertThat(d.message()).contains("weight.error", "重复", "第 4 行");
                        }));
    }

    @Test
    void should_refuse_unknown_keys_and_report_every_problem_at_once() {
        // GIVEN a misspelt key and a bad value
        String text = VALID.replace("weight.warning=3", "weight.warnings=3");
        assertThatThrownBy(() -> GradingPolicy.parse("g.properties", text))
                .isInstanceOfSatisfying(GradingPolicyException.class, e -> assertThat(e.diagnostics())
                        .extracting(d -> d.line() + ":" + (d.message().contains("未知的键 weight.warnings") ? "unknown"
                                : d.message().contains("缺少键 weight.warning") ? "missing" : d.message()))
                        .containsExactlyInAnyOrder("5:unknown", "0:missing"));
    }
}
