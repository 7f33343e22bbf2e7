package org.nianbao.audit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.audit.grade.Audit;
import org.nianbao.audit.grade.AuditStatus;
import org.nianbao.audit.model.finding.Finding;

/**
 * Which format a year requires and which years are in scope are rule data: editing rules/formats.properties
 * changes the outcome of the same report, with no Java change and no rebuild.
 */
class FormatsDataTest {
    private static final Path SEED_2023 = Path.of("fixtures/seeds/000_622e8beca5a8e726.txt");

    @TempDir
    Path tmp;

    private RulesCopy copy;
    private Path rules;
    private Path report2021;

    @BeforeEach
    void copy_the_shipped_rules_and_a_2021_report() throws IOException {
        copy = new RulesCopy(tmp, "formats.properties");
        rules = copy.folder;
        // seed 000 (2023, 〔2021〕30号 tables) moved to report year 2021
        report2021 = Files.writeString(tmp.resolve("report-2021.txt"), Files.readString(SEED_2023)
                .replace("2024", "2022").replace("2023", "2021"), StandardCharsets.UTF_8);
    }

    @Test
    void should_print_the_required_template_the_edited_file_gives() throws IOException {
        // GIVEN the 2021 format required only from 2022
        copy.edit("template.2021.from=2021", "template.2021.from=2022");
        // WHEN
        JsonNode shipped = parse(Path.of("rules"));
        JsonNode edited = parse(rules);
        // THEN
        assertThat(shipped.get("requiredTemplate").asText()).isEqualTo("2021");
        assertThat(edited.get("requiredTemplate").asText()).isEqualTo("2019");
        assertThat(edited.get("template").asText()).isEqualTo("2021");
    }

    @Test
    void should_judge_a_2021_report_by_the_format_the_edited_file_requires() throws Exception {
        // GIVEN
        Audit before = audit();
        copy.edit("template.2021.from=2021", "template.2021.from=2022");
        // WHEN
        Audit after = audit();
        // THEN the 2021 tables are now the wrong format for the year
        assertThat(before.getFindings()).extracting(Finding::getRule).doesNotContain("META-FMT");
        assertThat(after.getFindings()).filteredOn(f -> f.getRule().equals("META-FMT")).singleElement()
                .satisfies(f -> assertThat(f.getMessage()).isEqualTo(
                        "2021年度报告应使用2019版（国办公开办函〔2019〕60号）表格，实际使用2021版表格"));
    }

    @Test
    void should_leave_a_2021_report_out_of_scope_when_the_edited_scope_starts_later() throws Exception {
        // GIVEN
        copy.edit("scope.from=2019", "scope.from=2022");
        // WHEN
        Audit audit = audit();
        // THEN
        assertThat(audit.getStatus()).isEqualTo(AuditStatus.NOT_ASSESSABLE);
        assertThat(audit.getGradeReason()).startsWith("不可评估：报告年度为 2021 年，早于评估范围的起始年度 2022 年");
        assertThat(audit.getFindings()).extracting(Finding::getRule).contains("IN-OLD-FORMAT");
    }

    @Test
    void should_exit_3_with_file_and_line_when_the_file_is_invalid() throws IOException {
        // GIVEN
        copy.edit("template.2021.from=2021", "template.2021.from=明年");
        // WHEN
        int parse = copy.run("parse", "--rules", rules.toString(), report2021.toString());
        int audit = copy.run("audit", "--rules", rules.toString(), "--out", tmp.resolve("out").toString(), report2021.toString());
        // THEN
        assertThat(parse).isEqualTo(ExitCode.RULES);
        assertThat(audit).isEqualTo(ExitCode.RULES);
        String line = "formats.properties:" + copy.lineOf("template.2021.from") + ":0: 键 template.2021.from 的值“明年”不是四位数年份";
        assertThat(copy.err()).contains(rules + "/" + line);
        assertThat(copy.out()).isEmpty();
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    private JsonNode parse(Path rulesDir) throws IOException {
        copy.resetOutput();
        assertThat(copy.run("parse", "--rules", rulesDir.toString(), report2021.toString())).isZero();
        return new ObjectMapper().readTree(copy.out()).get(0);
    }

    private Audit audit() throws RulesRejected {
        return copy.audit(report2021);
    }
}
