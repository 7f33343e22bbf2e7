package org.nianbao.audit.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.audit.engine.ReportFixtures;
import org.nianbao.audit.engine.RulesSource;
import org.nianbao.audit.render.summary.RuleDescription;

class PipelineAuditorTest {
    @TempDir
    Path tmp;

    @Test
    void should_describe_every_rule_of_the_loaded_rule_book_sorted_by_id() throws Exception {
        // GIVEN a rule set of four rules and the shipped grading policy and formats
        Path rules = ReportFixtures.copyRules("engine/basic", tmp.resolve("rules"));
        Files.copy(Path.of("rules/grading.properties"), rules.resolve("grading.properties"));
        Files.copy(Path.of("rules/formats.properties"), rules.resolve("formats.properties"));
        // WHEN
        PipelineAuditor auditor = PipelineAuditor.load(RulesSource.of(rules));
        // THEN
        assertThat(auditor.rules()).extracting(RuleDescription::id).containsExactly("T-001", "T-002", "T-003", "T-004");
        RuleDescription spam = auditor.rules().get(2);
        assertThat(new RuleDescription(spam.id(), spam.title(), spam.severity(), spam.category(), spam.basis())).isEqualTo(
                new RuleDescription("T-003", "网页被植入赌博类垃圾信息", "critical", "contamination", "条例第六条"));
        // and where it is written, for the rule authors' section of the catalogue
        assertThat(spam.file()).startsWith(rules.toString().replace('\\', '/')).endsWith(".drl");
        assertThat(spam.line()).isPositive();
    }
}
