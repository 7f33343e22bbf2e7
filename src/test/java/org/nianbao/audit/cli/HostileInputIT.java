package org.nianbao.audit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.audit.render.JsonSupport;

/**
 * Issue 14 through the shaded jar as a separate process: rules that stop, loop, exhaust memory or would end
 * the JVM; broken data files; files too large, several reports in one file; a second run into the same
 * folder and a run killed mid-batch. Every report is accounted for and a crash is never a pass.
 */
class HostileInputIT {
    private static final Path JAR = Path.of("target", "nianbao-audit.jar").toAbsolutePath();
    private static final Path SEEDS = Path.of("fixtures", "seeds").toAbsolutePath();
    private static final Path RULES = Path.of("rules").toAbsolutePath();
    private static final String SPAM_LINE = "最新老虎机_即时比分网¥游戏手机版平台:政府信息公开工作年度报告有关事项的通知";

    @TempDir
    static Path tmp;
    static Path work;

    record Result(int code, String stdout, String stderr) {
    }

    @BeforeAll
    static void jarBuilt() throws IOException {
        assertThat(JAR).as("run mvn package first").exists();
        work = Files.createDirectories(tmp.resolve("work"));
    }

    private static Result jar(Path dir, String heap, String... args) throws IOException, InterruptedException {
        Path outFile = Files.createTempFile(tmp, "stdout", ".txt");
        Path errFile = Files.createTempFile(tmp, "stderr", ".txt");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap, "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile())
                .redirectOutput(outFile.toFile()).redirectError(errFile.toFile()).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("jar finished in time").isTrue();
        return new Result(p.exitValue(), Files.readString(outFile), Files.readString(errFile));
    }

    private static Result jar(String... args) throws IOException, InterruptedException {
        return jar(work, "-Xmx512m", args);
    }

    private static Path copyOfRules(Path target) throws IOException {
        try (Stream<Path> s = Files.walk(RULES)) {
            for (Path p : s.toList()) {
                Path dest = target.resolve(RULES.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        }
        return target;
    }

    private static Path seedsCopy(Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> s = Files.list(SEEDS)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".txt")).toList()) {
                Files.copy(p, target.resolve(p.getFileName()));
            }
        }
        return target;
    }

    /** source file name → summary entry. */
    private static Map<String, JsonNode> entries(Path out) throws IOException {
        Map<String, JsonNode> m = new HashMap<>();
        JsonSupport.MAPPER.readTree(out.resolve("summary.json").toFile()).get("entries").forEach(e -> {
            String source = e.get("source").asText();
            m.put(source.substring(source.lastIndexOf('/') + 1), e);
        });
        return m;
    }

    private static String rule(String id, String condition, String action) {
        return """
                package rules.hostile;
                import org.nianbao.audit.engine.facts.Report;
                rule "%s"
                    @id("%s") @title("敌意规则") @severity("info") @category("metadata") @basis("测试")
                when
                    %s
                then
                    %s
                end
                """.formatted(id, id, condition, action);
    }

    @Test
    void should_never_grade_a_run_a_rule_halted_looped_in_or_exhausted_memory_in_and_go_on() throws Exception {
        // GIVEN the shipped rules plus three hostile ones, each for one seed: halt (红旗区), an endless loop
        // in an action (金乡县), allocation without end (景德镇)
        Path rules = copyOfRules(tmp.resolve("faulty-rules"));
        Files.writeString(rules.resolve("metadata/hostile.drl"),
                rule("H-HALT", "Report(agency != null, agency.contains(\"红旗区\"))", "drools.halt();")
                + rule("H-SPIN", "Report(agency != null, agency.contains(\"金乡县\"))", "long n = 0; while (n >= 0) { n = (n + 1) % 7; }")
                        .replaceFirst("package rules.hostile;\n", "")
                + rule("H-HOARD", "Report(agency != null, agency.contains(\"景德镇\"))",
                        "java.util.List<long[]> all = new java.util.ArrayList<>(); while (true) { all.add(new long[1 << 20]); }")
                        .replaceFirst("package rules.hostile;\n", ""));
        Path out = tmp.resolve("out-faulty");
        // WHEN the seeds are audited with a 3 s time limit, one thread, a small heap and --fail-on critical
        Result r = jar(work, "-Xmx384m", "audit", SEEDS.toString(), "--rules", rules.toString(), "--out", out.toString(),
                "--format", "json,csv", "--threads", "1", "--time-limit", "3", "--fail-on", "critical");
        // THEN the run ends (exit 1: not assessable reports reach --fail-on), each hostile seed not assessable
        // naming its rule, and the other two keep their grades
        assertThat(r.code()).as(r.stderr()).isEqualTo(1);
        Map<String, JsonNode> e = entries(out);
        assertThat(e.get("001_5fa92bbbf5bb350f.txt").get("status").asText()).isEqualTo("not-assessable");
        assertThat(e.get("001_5fa92bbbf5bb350f.txt").get("gradeReason").asText()).contains("H-HALT").contains("halt");
        assertThat(e.get("002_e7290be93566281d.txt").get("gradeReason").asText()).contains("H-SPIN").contains("超过时限 3 秒");
        assertThat(e.get("000_622e8beca5a8e726.txt").get("gradeReason").asText()).contains("H-HOARD").contains("内存不足")
                .doesNotContain("OutOfMemoryError");
        assertThat(e.get("003_596eb627cbefc53e.txt").get("grade").asText()).isEqualTo("D");
        assertThat(e.get("004_54fb951c2391aa09.txt").get("grade").asText()).isEqualTo("B");
        assertThat(e.get("004_54fb951c2391aa09.txt").get("score").asInt()).isEqualTo(75);
        // AND the console named the rules folder as not the bundled one
        assertThat(r.stderr()).contains("使用规则文件夹").contains("与内置规则不同（新增 1 个文件）");
    }

    @Test
    void should_refuse_broken_data_files_and_exiting_rules_at_their_lines_root_errors_first() throws Exception {
        // GIVEN a rules copy with spam.txt saved in GBK, placeholders.txt emptied, grading.properties with
        // swapped cut-offs, a duplicate and an unknown key, a rule calling System.exit, and a syntax error in a
        // file that declares a function another file uses
        Path rules = copyOfRules(tmp.resolve("broken-data"));
        Path spam = rules.resolve("lexicons/spam.txt");
        Files.write(spam, Files.readString(spam).getBytes(Charset.forName("GBK")));
        Files.writeString(rules.resolve("lexicons/placeholders.txt"), "# 空\n");
        Path grading = rules.resolve("grading.properties");
        Files.writeString(grading, Files.readString(grading).replace("grade.B.min=75", "grade.B.min=95")
                + "weight.error=0\nweight.typo=1\n");
        Files.writeString(rules.resolve("metadata/exit.drl"), rule("H-EXIT", "Report()", "System.exit(0);"));
        Files.writeString(rules.resolve("metadata/declares.drl"), """
                package rules.hostile2;
                import org.nianbao.audit.engine.facts.Report;
                function int doubled(int n) {
                    return 2 * n;
                }
                rule "H-SYNTAX"
                    @id("H-SYNTAX") @title("语法") @severity("info") @category("metadata") @basis("测试")
                when
                    $r : Report(
                then
                end
                """);
        Files.writeString(rules.resolve("metadata/uses.drl"), """
                package rules.hostile2;
                import org.nianbao.audit.engine.facts.Report;
                rule "H-USES"
                    @id("H-USES") @title("使用") @severity("info") @category("metadata") @basis("测试")
                when
                    $r : Report()
                then
                    int x = doubled($r.getLineCount());
                end
                """);
        // WHEN
        Result r = jar("audit", SEEDS.toString(), "--rules", rules.toString(), "--out", tmp.resolve("out-broken").toString());
        // THEN exit 3, every problem at path:line:col, the root errors before the folded cascade, no output
        assertThat(r.code()).as(r.stderr()).isEqualTo(3);
        String err = r.stderr();
        assertThat(err).containsPattern("lexicons/spam\\.txt:\\d+:\\d+: 文件不是 UTF-8")
                .containsPattern("lexicons/placeholders\\.txt:1:1: 词表为空")
                .containsPattern("grading\\.properties:\\d+:0: .*等级 B 的最低分 95")
                .containsPattern("grading\\.properties:\\d+:0: .*weight\\.error 重复")
                .containsPattern("grading\\.properties:\\d+:0: .*未知的键 weight\\.typo")
                .containsPattern("metadata/exit\\.drl:8:5: 规则不得调用 System\\.exit")
                .containsPattern("metadata/declares\\.drl:\\d+:\\d+: \\[ERR 1");
        int syntax = err.indexOf("declares.drl");
        int fold = err.indexOf("很可能是上面的语法错误引起的");
        if (fold >= 0) {
            assertThat(syntax).isLessThan(fold);
            assertThat(err.substring(fold)).contains("uses.drl");
        }
        assertThat(tmp.resolve("out-broken")).doesNotExist();
    }

    @Test
    void should_grade_a_page_stuffed_with_6000_spam_lines_d_and_account_for_every_odd_file() throws Exception {
        // GIVEN 红旗区's report with 6,000 spam lines, two reports in one file, a file over the size limit,
        // and an output folder of an earlier run given as input again
        Path in = Files.createDirectories(tmp.resolve("odd-in"));
        String seed001 = Files.readString(SEEDS.resolve("001_5fa92bbbf5bb350f.txt"));
        String spam = (SPAM_LINE + "\n").repeat(6_000);
        Files.writeString(in.resolve("spam.txt"), seed001.replace("一、总体情况\n", "一、总体情况\n" + spam));
        Files.writeString(in.resolve("two.txt"), seed001 + Files.readString(SEEDS.resolve("002_e7290be93566281d.txt")));
        try (var big = Files.newOutputStream(in.resolve("huge.txt"))) {
            byte[] chunk = seed001.getBytes(StandardCharsets.UTF_8);
            for (long n = 0; n < (33L << 20); n += chunk.length) {
                big.write(chunk);
            }
        }
        Path earlier = tmp.resolve("odd-earlier");
        assertThat(jar("audit", SEEDS.toString(), "--out", earlier.toString(), "--format", "json,md", "--quiet").code()).isZero();
        Path out = tmp.resolve("odd-out");
        // WHEN the odd files and the earlier output folder are audited together
        Result r = jar("audit", in.toString(), earlier.toString(), "--out", out.toString(), "--format", "json");
        // THEN every odd file is accounted for, the earlier run's pages are not audited as reports
        assertThat(r.code()).as(r.stderr()).isZero();
        Map<String, JsonNode> e = entries(out);
        assertThat(e).containsOnlyKeys("spam.txt", "two.txt", "huge.txt");
        assertThat(e.get("spam.txt").get("status").asText()).isEqualTo("graded");
        assertThat(e.get("spam.txt").get("grade").asText()).isEqualTo("D");
        assertThat(e.get("two.txt").get("gradeReason").asText()).contains("文件包含多份报告").contains("共 2 份");
        assertThat(e.get("huge.txt").get("gradeReason").asText()).contains("文件过大");
        assertThat(r.stderr()).contains("已跳过 11 个本工具以前生成的输出文件"); // 5 json + 5 md pages, summary.json
    }

    @Test
    void should_refuse_a_second_run_into_a_busy_folder_and_leave_a_consistent_folder_after_a_kill() throws Exception {
        // GIVEN a batch of 2,000 reports (copies of the seeds) and a first run into out
        Path in = Files.createDirectories(tmp.resolve("chaos-in"));
        List<Path> seeds;
        try (Stream<Path> s = Files.list(SEEDS)) {
            seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (int i = 0; i < 2_000; i++) {
            Files.copy(seeds.get(i % seeds.size()), in.resolve(String.format("r%04d.txt", i)));
        }
        Path out = tmp.resolve("chaos-out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("备注.txt"), "用户自己的文件");
        Path errFile = Files.createTempFile(tmp, "first", ".txt");
        Process first = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-jar", JAR.toString(), "audit", in.toString(), "--out", out.toString(), "--format", "json,html,csv,xlsx",
                "--threads", "2").directory(work.toFile()).redirectErrorStream(true).redirectOutput(errFile.toFile()).start();
        // WHEN pages start to appear, a second run into the same folder is started, then the first is killed
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (pages(out) < 100 && first.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        Result second = jar("audit", SEEDS.toString(), "--out", out.toString(), "--quiet");
        boolean killedMidBatch = first.isAlive();
        first.destroyForcibly(); // SIGKILL: no shutdown hook, no finally
        first.waitFor(1, TimeUnit.MINUTES);
        assertThat(killedMidBatch).as("the first run was still writing when killed").isTrue();
        // THEN the second run was refused with a clear message and wrote nothing
        assertThat(second.code()).as(second.stderr()).isEqualTo(4);
        assertThat(second.stderr()).contains("正由另一次审核使用");
        // WHEN a third run audits the five seeds into the folder the killed run left
        Result third = jar("audit", SEEDS.toString(), "--out", out.toString(), "--format", "json,html,csv,xlsx");
        // THEN it completes, says it cleaned up, and the folder is consistent: no temporary, staged or journal
        // file, the manifest lists exactly the outputs there, every page belongs to this run's summary, and
        // the user's file is untouched
        assertThat(third.code()).as(third.stderr()).isZero();
        Set<String> names = new TreeSet<>();
        try (Stream<Path> s = Files.list(out)) {
            s.forEach(p -> names.add(p.getFileName().toString()));
        }
        assertThat(names).noneMatch(n -> n.startsWith(".tmp-") || n.startsWith(".nianbao-audit-staged-")
                || n.equals(".nianbao-audit-journal") || n.equals(".nianbao-audit-commit"));
        Map<String, JsonNode> e = entries(out);
        assertThat(e).hasSize(5);
        Set<String> referenced = new TreeSet<>();
        e.values().forEach(entry -> {
            String file = entry.get("file").asText();
            referenced.add(file);
            referenced.add(file.replaceAll("\\.json$", ".html"));
        });
        Set<String> pages = new TreeSet<>(names);
        pages.removeIf(n -> n.startsWith(".") || n.equals("备注.txt") || n.startsWith("summary.") || n.equals("index.html")
                || n.equals("run.json") || n.equals("rules.html") || n.equals("history.db"));
        assertThat(pages).as("no page of the killed run is left").isEqualTo(referenced);
        JsonNode manifest = JsonSupport.MAPPER.readTree(out.resolve(".nianbao-audit-outputs.json").toFile());
        Set<String> listed = new TreeSet<>();
        manifest.get("files").forEach(f -> listed.add(f.get("name").asText()));
        Set<String> visible = new TreeSet<>(names);
        // the history store is kept across runs, never listed for removal as a stale output
        visible.removeIf(n -> n.startsWith(".") || n.equals("备注.txt") || n.equals("run.json") || n.equals("history.db"));
        assertThat(listed).isEqualTo(visible);
        assertThat(out.resolve("备注.txt")).hasContent("用户自己的文件");
        assertThat(third.stderr()).contains("上次写入这个输出文件夹的审核没有正常结束").contains("接管其已写出的结果文件");
    }

    private static long pages(Path out) throws IOException {
        try (Stream<Path> s = Files.list(out)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".json")).count();
        }
    }

    @Test
    void should_use_a_working_directory_rules_folder_only_when_it_is_a_rule_set_and_the_bundled_rules_on_request()
            throws Exception {
        // GIVEN a working directory whose ./rules holds the office's own notes, not rules
        Path dir = Files.createDirectories(tmp.resolve("wd-notes"));
        Files.createDirectories(dir.resolve("rules"));
        Files.writeString(dir.resolve("rules/审核要点.txt"), "本办自己的说明");
        // WHEN audited without --rules
        Result r = jar(dir, "-Xmx512m", "audit", SEEDS.toString(), "--out", tmp.resolve("out-wd").toString(), "--format", "json");
        // THEN the bundled rules were used, and the console says ./rules was ignored
        assertThat(r.code()).as(r.stderr()).isZero();
        assertThat(r.stderr()).contains("不是规则文件夹").contains("使用内置规则");
        // GIVEN a working directory with a rule set in ./rules that would end the JVM
        Path hostile = Files.createDirectories(tmp.resolve("wd-rules"));
        Path rules = copyOfRules(hostile.resolve("rules"));
        Files.writeString(rules.resolve("metadata/exit.drl"), rule("H-EXIT", "Report()", "System.exit(0);"));
        // WHEN audited with --rules bundled THEN the jar's own rules run, and the seeds keep their grades
        Path out = tmp.resolve("out-bundled");
        Result b = jar(hostile, "-Xmx512m", "audit", SEEDS.toString(), "--rules", "bundled", "--out", out.toString(), "--format", "json");
        assertThat(b.code()).as(b.stderr()).isZero();
        assertThat(b.stderr()).doesNotContain("使用规则文件夹");
        assertThat(entries(out).get("003_596eb627cbefc53e.txt").get("grade").asText()).isEqualTo("D");
        // AND without it, ./rules is announced and refused for its System.exit
        Result w = jar(hostile, "-Xmx512m", "audit", SEEDS.toString(), "--out", tmp.resolve("out-local").toString());
        assertThat(w.code()).isEqualTo(3);
        assertThat(w.stderr()).contains("规则不得调用 System.exit");
    }

    @Test
    void should_bound_the_thread_count() throws Exception {
        Result r = jar("audit", SEEDS.toString(), "--threads", "100000", "--out", tmp.resolve("out-threads").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.stderr()).contains("--threads 必须在 1 到");
    }
}
