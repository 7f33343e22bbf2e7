package org.nianbao.audit.grade;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.audit.engine.EngineResult;
import org.nianbao.audit.engine.ReportFixtures;
import org.nianbao.audit.engine.RulesSource;
import org.nianbao.audit.model.finding.Category;
import org.nianbao.audit.model.finding.Finding;
import org.nianbao.audit.model.finding.Severity;

class FindingMergerTest {
    private static final String QUOTE = "当前位置 > 最新老虎机_即时比分网 > 张家港市科学技术局";

    private static Finding spam(String rule, Severity severity, String group, int line) {
        return Finding.builder().rule(rule).category(Category.CONTAMINATION).severity(severity).title(rule + " 标题")
                .message(rule + " 第" + line + "行").basis("依据").evidence(QUOTE).line(line).section(0)
                .mergeGroup(group).build();
    }

    @Test
    void should_merge_rules_of_one_group_on_the_same_quote_and_line_into_one_finding() {
        // GIVEN two rules of one merge group firing on the same spam at line 1, and again at line 11
        List<Finding> raw = List.of(spam("SPAM-SUBST", Severity.CRITICAL, "spam", 1), spam("SPAM-KW", Severity.CRITICAL, "spam", 1),
                spam("SPAM-KW", Severity.CRITICAL, "spam", 11), spam("SPAM-SUBST", Severity.CRITICAL, "spam", 11));
        // WHEN
        List<Finding> merged = FindingMerger.merge(raw);
        // THEN one finding per spot, kept by the lower rule id, naming the other rule's reason
        assertThat(merged).hasSize(2);
        assertThat(merged).extracting(Finding::getRule).containsExactly("SPAM-KW", "SPAM-KW");
        assertThat(merged).extracting(Finding::getLine).containsExactly(1, 11);
        assertThat(merged.get(0).getMerged()).extracting(Finding::getMessage).containsExactly("SPAM-SUBST 第1行");
        assertThat(merged.get(0).rules()).containsExactly("SPAM-KW", "SPAM-SUBST");
    }

    @Test
    void should_keep_the_most_severe_finding_first() {
        // GIVEN a warning and a critical of one group at one spot
        List<Finding> merged = FindingMerger.merge(List.of(spam("A-RULE", Severity.WARNING, "g", 3),
                spam("Z-RULE", Severity.CRITICAL, "g", 3)));
        // THEN the critical one stays, the warning is carried
        assertThat(merged).singleElement().satisfies(f -> {
            assertThat(f.getRule()).isEqualTo("Z-RULE");
            assertThat(f.getMerged()).extracting(Finding::getRule).containsExactly("A-RULE");
        });
    }

    @Test
    void should_not_merge_without_a_group_or_across_groups_or_lines() {
        // GIVEN same quote, but: no group / two groups / two lines
        List<Finding> raw = List.of(spam("R1", Severity.ERROR, null, 1), spam("R2", Severity.ERROR, null, 1),
                spam("R3", Severity.ERROR, "a", 2), spam("R4", Severity.ERROR, "b", 2),
                spam("R5", Severity.ERROR, "a", 3), spam("R6", Severity.ERROR, "a", 4));
        // WHEN / THEN nothing merges
        assertThat(FindingMerger.merge(raw)).isEqualTo(raw);
    }

    @Test
    void should_score_a_merged_spot_once() {
        // GIVEN the same error spot raised by two rules of one group (100 - 10 = A, not 100 - 20 = B)
        Grader grader = new Grader(GradingPolicy.load(RulesSource.of(Path.of("rules"))));
        EngineResult result = new EngineResult(List.of(spam("E-1", Severity.ERROR, "g", 5), spam("E-2", Severity.ERROR, "g", 5)), null);
        // WHEN
        Audit audit = grader.grade(ReportFixtures.report(3, "测试市第3局", false), result);
        // THEN
        assertThat(audit.getScore()).isEqualTo(90);
        assertThat(audit.getGradeReason()).isEqualTo("A：发现1项错误");
        assertThat(audit.getFindings()).hasSize(1);
    }
}
