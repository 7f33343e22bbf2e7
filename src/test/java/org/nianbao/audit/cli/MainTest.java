package org.nianbao.audit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.audit.cli.batch.FakeAuditor;
import org.nianbao.audit.engine.RuleDiagnostic;

class MainTest {
    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(AuditorFactory factory, String... args) {
        return Main.commandLine(factory, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(args);
    }

    private int run(String... args) {
        return run(request -> new AuditorFactory.Loaded(new FakeAuditor(), "fake"), args);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path inputs(String content) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), content);
        return in;
    }

    @Test
    void should_exit_0_when_the_batch_ran() throws IOException {
        // GIVEN
        Path in = inputs("agency=甲\nyear=2023\nfinding=error");
        // WHEN
        int code = run("audit", in.toString(), "--out", tmp.resolve("out").toString(), "--quiet");
        // THEN
        assertThat(code).isEqualTo(ExitCode.OK);
        assertThat(tmp.resolve("out/甲-2023.json")).exists();
        assertThat(tmp.resolve("out/甲-2023.html")).exists();
        assertThat(tmp.resolve("out/summary.csv")).exists();
        assertThat(tmp.resolve("out/summary.xlsx")).exists();
        assertThat(tmp.resolve("out/summary.sarif")).doesNotExist();
        assertThat(err()).isEmpty();
    }

    @Test
    void should_exit_1_when_a_report_reaches_fail_on() throws IOException {
        // GIVEN
        Path in = inputs("agency=甲\nyear=2023\nfinding=error");
        // WHEN
        int code = run("audit", in.toString(), "--out", tmp.resolve("out").toString(), "--fail-on", "error",
                "--format", "json");
        // THEN
        assertThat(code).isEqualTo(ExitCode.FAIL_ON_REACHED);
        assertThat(err()).contains("完成：报告1份，A 1 / B 0 / C 0 / D 0，不可评估0份");
        // which report reached the level, by agency, year and file relative to the input folder
        assertThat(err()).contains("1份报告达到 --fail-on error（或不可评估）：\n  甲 2023（in/a.txt）：A，严重0、错误1、警告0、提示0");
    }

    @Test
    void should_end_with_the_path_of_index_html() throws IOException {
        // GIVEN
        Path in = inputs("agency=甲\nyear=2023");
        String out = tmp.resolve("out").toString();
        // WHEN
        run("audit", in.toString(), "--out", out);
        // THEN
        assertThat(err()).contains("；请打开 " + out + "/index.html 查看");
        err.reset();
        run("audit", in.toString(), "--out", out, "--format", "json");
        assertThat(err()).contains("；输出在 " + out).doesNotContain("index.html");
    }

    @Test
    void should_say_what_is_wrong_in_chinese_and_keep_java_for_verbose() throws IOException {
        // GIVEN an output path below a regular file, and a thread count that is not a number
        Path in = inputs("agency=甲");
        Path file = Files.writeString(tmp.resolve("file"), "x");
        // WHEN / THEN no exception class names, the path named
        assertThat(run("audit", in.toString(), "--out", file.resolve("out").toString(), "--quiet")).isEqualTo(ExitCode.OUTPUT);
        assertThat(err()).startsWith("无法写入输出：" + file.resolve("out")).doesNotContain("Exception");
        err.reset();
        assertThat(run("audit", in.toString(), "--threads", "abc")).isEqualTo(ExitCode.USAGE);
        assertThat(err()).contains("选项 --threads 的值无效：“abc”不是整数").doesNotContain("is not an int");
        err.reset();
        assertThat(run("audit", in.toString(), "--out")).isEqualTo(ExitCode.USAGE);
        assertThat(err()).contains("选项 --out 需要一个值");
        err.reset();
        // WHEN --verbose THEN the detail follows the plain message
        run("audit", in.toString(), "--out", file.resolve("out").toString(), "--quiet", "--verbose");
        assertThat(err()).contains("无法写入输出：").contains("技术细节：java.nio.file.");
    }

    @Test
    void should_parse_every_report_of_a_folder() throws IOException {
        // GIVEN a folder with two reports and a README that is not one
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Path.of("fixtures/seeds").resolve(seed("001")), in.resolve("b.txt"));
        Files.copy(Path.of("fixtures/seeds").resolve(seed("000")), in.resolve("a.txt"));
        Files.writeString(in.resolve("README.md"), "# not a report");
        // WHEN
        int code = run("parse", in.toString());
        // THEN one model per report, in name order
        assertThat(code).isZero();
        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(json.indexOf("景德镇市科学技术局")).isPositive().isLessThan(json.indexOf("红旗区科学技术局"));
        assertThat(json).doesNotContain("README");
    }

    private static String seed(String prefix) throws IOException {
        try (var files = Files.list(Path.of("fixtures/seeds"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(prefix + "_")).findFirst().orElseThrow();
        }
    }

    @Test
    void should_say_how_many_stale_files_of_the_previous_run_were_removed() throws IOException {
        // GIVEN a first run into the folder, then the input renamed to another agency
        Path in = inputs("agency=甲\nyear=2023");
        String out = tmp.resolve("out").toString();
        run("audit", in.toString(), "--out", out, "--format", "json,html");
        Files.writeString(in.resolve("a.txt"), "agency=乙\nyear=2023");
        err.reset();
        // WHEN
        int code = run("audit", in.toString(), "--out", out, "--format", "json,html");
        // THEN
        assertThat(code).isEqualTo(ExitCode.OK);
        assertThat(err()).contains("已删除上次运行生成、本次未再生成的旧输出文件2个");
        assertThat(tmp.resolve("out/甲-2023.json")).doesNotExist();
        assertThat(tmp.resolve("out/乙-2023.json")).exists();
    }

    @Test
    void should_exit_2_on_usage_errors() throws IOException {
        Path in = inputs("agency=甲");
        assertThat(run("audit", in.toString(), "--bogus")).isEqualTo(ExitCode.USAGE);
        assertThat(err()).contains("未知的选项或参数：--bogus");
        assertThat(run("audit", in.toString(), "--threads", "abc")).isEqualTo(ExitCode.USAGE);
        assertThat(err()).contains("选项 --threads 的值无效");
        assertThat(run("audit", in.toString(), "--format", "json,pdf")).isEqualTo(ExitCode.USAGE);
        assertThat(err()).contains("未知的输出格式：pdf");
        assertThat(run("audit", in.toString(), "--fail-on", "fatal")).isEqualTo(ExitCode.USAGE);
        assertThat(err()).contains("选项 --fail-on 的值无效：未知的严重程度：fatal");
        assertThat(run("audit", in.toString(), "--threads", "0")).isEqualTo(ExitCode.USAGE);
        int max = AuditCommand.maxThreads(Runtime.getRuntime().availableProcessors());
        assertThat(run("audit", in.toString(), "--threads", String.valueOf(max + 1))).isEqualTo(ExitCode.USAGE);
        assertThat(err()).contains("--threads 必须在 1 到 " + max + " 之间");
        assertThat(run("audit", in.toString(), "--time-limit", "0")).isEqualTo(ExitCode.USAGE);
        assertThat(err()).contains("--time-limit 必须在 1 到");
        assertThat(run("audit", tmp.resolve("missing").toString())).isEqualTo(ExitCode.USAGE);
        assertThat(err()).contains("找不到输入路径");
        assertThat(run("audit")).isEqualTo(ExitCode.USAGE);
        assertThat(err()).contains("缺少必需的参数：PATH");
        assertThat(run()).isEqualTo(ExitCode.USAGE);
        assertThat(run("audit", in.toString(), "--rules", tmp.resolve("no-rules").toString())).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void should_exit_3_and_print_every_rule_problem() throws IOException {
        // GIVEN
        Path in = inputs("agency=甲");
        AuditorFactory broken = request -> {
            throw new RulesRejected("2 problems", "rules/", List.of(
                    new RuleDiagnostic("tables/t2.drl", 12, 5, "T2-X", "mismatched input 'then'"),
                    new RuleDiagnostic("fees/fee.drl", 3, 1, "FEE-1", "missing @basis")), null);
        };
        // WHEN
        int code = run(broken, "audit", in.toString(), "--out", tmp.resolve("out").toString());
        // THEN
        assertThat(code).isEqualTo(ExitCode.RULES);
        assertThat(err()).contains("rules/tables/t2.drl:12:5: mismatched input 'then'")
                .contains("rules/fees/fee.drl:3:1: missing @basis");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void should_report_a_usage_error_before_broken_rules_though_both_are_found_at_once() {
        // GIVEN broken rules (compiled on their own thread) and an input path that does not exist
        AuditorFactory broken = request -> {
            throw new RulesRejected("1 problem", "rules/", List.of(
                    new RuleDiagnostic("tables/t2.drl", 12, 5, "T2-X", "mismatched input 'then'")), null);
        };
        // WHEN
        int code = run(broken, "audit", tmp.resolve("missing").toString(), "--out", tmp.resolve("out").toString());
        // THEN the usage error wins, as when the rules were compiled after the walk
        assertThat(code).isEqualTo(ExitCode.USAGE);
        assertThat(err()).doesNotContain("mismatched input");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void should_exit_4_when_the_output_cannot_be_written() throws IOException {
        // GIVEN an output path below a regular file
        Path in = inputs("agency=甲");
        Path file = Files.writeString(tmp.resolve("file"), "x");
        // WHEN
        int code = run("audit", in.toString(), "--out", file.resolve("out").toString(), "--quiet");
        // THEN
        assertThat(code).isEqualTo(ExitCode.OUTPUT);
        assertThat(err()).contains("无法写入输出");
    }

    @Test
    void should_exit_4_when_the_output_folder_is_read_only() throws IOException {
        // GIVEN
        Path in = inputs("agency=甲");
        Path out = Files.createDirectories(tmp.resolve("ro"));
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(out), "running as root: permissions are not enforced");
            // WHEN
            int code = run("audit", in.toString(), "--out", out.toString(), "--quiet");
            // THEN
            assertThat(code).isEqualTo(ExitCode.OUTPUT);
        } finally {
            Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void should_print_help_and_version_on_every_command() {
        assertThat(run("--help")).isZero();
        assertThat(run("audit", "--help")).isZero();
        assertThat(run("parse", "--help")).isZero();
        assertThat(run("audit", "--version")).isZero();
        String stdout = out.toString(StandardCharsets.UTF_8);
        assertThat(stdout).contains("audit").contains("parse").contains("--fail-on").contains("--format")
                .contains("退出码").contains("3   规则编译失败").contains("用法：").contains("显示帮助信息").contains("nianbao-audit ");
    }
}
