package org.nianbao.audit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.audit.cli.rules.Workbench;
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

    private Path rules;
    private Path report2021;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void copy_the_shipped_rules_and_a_2021_report() throws IOException {
        rules = tmp.resolve("rules");
        Workbench.copyShippedRules(rules);
        // seed 000 (2023, 〔2021〕30号 tables) moved to report year 2021
        report2021 = Files.writeString(tmp.resolve("report-2021.txt"), Files.readString(SEED_2023)
                .replace("2024", "2022").replace("2023", "2021"), StandardCharsets.UTF_8);
    }

    @Test
    void should_print_the_required_template_the_edited_file_gives() throws IOException {
        // GIVEN the 2021 format required only from 2022
        edit("template.2021.from=2021", "template.2021.from=2022");
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
        edit("template.2021.from=2021", "template.2021.from=2022");
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
        edit("scope.from=2019", "scope.from=2022");
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
        edit("template.2021.from=2021", "template.2021.from=明年");
        // WHEN
        int parse = run("parse", "--rules", rules.toString(), report2021.toString());
        int audit = run("audit", "--rules", rules.toString(), "--out", tmp.resolve("out").toString(), report2021.toString());
        // THEN
        assertThat(parse).isEqualTo(ExitCode.RULES);
        assertThat(audit).isEqualTo(ExitCode.RULES);
        String line = "formats.properties:" + lineOf("template.2021.from") + ":0: 键 template.2021.from 的值“明年”不是四位数年份";
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(rules + "/" + line);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    private JsonNode parse(Path rulesDir) throws IOException {
        out.reset();
        assertThat(run("parse", "--rules", rulesDir.toString(), report2021.toString())).isZero();
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).get(0);
    }

    private Audit audit() throws RulesRejected {
        return AuditorFactory.PIPELINE.create(rules).auditor().audit(report2021, report2021.toString());
    }

    private int run(String... args) {
        return Main.commandLine(AuditorFactory.PIPELINE, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(args);
    }

    private void edit(String from, String to) throws IOException {
        Path file = rules.resolve("formats.properties");
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    private int lineOf(String key) throws IOException {
        var lines = Files.readAllLines(rules.resolve("formats.properties"));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(key + "=")) {
                return i + 1;
            }
        }
        throw new AssertionError(key);
    }
}
