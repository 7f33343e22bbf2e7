package org.nianbao.audit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.audit.render.JsonSupport;

/**
 * End to end through the shaded jar as a separate process (built in package, run by failsafe in
 * integration-test): the seeds plus hostile files created here.
 */
class FatJarIT {
    private static final Path JAR = Path.of("target", "nianbao-audit.jar").toAbsolutePath();
    private static final Path SEEDS = Path.of("fixtures", "seeds").toAbsolutePath();
    private static final String SCRIPT = "<script>alert('pwned')</script>";
    private static final String FORMULA = "=HYPERLINK(\"http://evil.example/\",\"点击领取\")";
    /** 2026-03-05 02:30 UTC. */
    private static final String RUN_DATE_EPOCH = "1772677800";

    @TempDir
    static Path tmp;
    static Path in;
    static Path work;
    static int inputCount;

    record Result(int code, String stdout, String stderr) {
    }

    @BeforeAll
    static void buildInputs() throws IOException {
        assertThat(JAR).as("run mvn package first").exists();
        in = Files.createDirectories(tmp.resolve("in"));
        work = Files.createDirectories(tmp.resolve("work"));
        List<Path> seeds;
        try (Stream<Path> s = Files.list(SEEDS)) {
            seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path seed : seeds) {
            Files.copy(seed, in.resolve(seed.getFileName()));
        }
        String seed001 = Files.readString(SEEDS.resolve("001_5fa92bbbf5bb350f.txt"));
        Path hostile = Files.createDirectories(in.resolve("hostile"));
        Files.write(hostile.resolve("empty.txt"), new byte[0]);
        byte[] binary = new byte[4096];
        new Random(42).nextBytes(binary);
        Files.write(hostile.resolve("binary.txt"), binary);
        Files.write(hostile.resolve("gbk.txt"), seed001.getBytes(Charset.forName("GB18030")));
        Files.writeString(hostile.resolve("contaminated.txt"),
                seed001.replace("一、总体情况", "一、总体情况\n" + SCRIPT + "\n" + FORMULA + "\n<a href=\"http://evil.example/\">链接</a>"));
        Files.writeString(hostile.resolve("traversal.txt"), seed001.replace("红旗区科学技术局", "../../etc/passwd科学技术局"));
        Files.writeString(in.resolve(".hidden.txt"), seed001);
        try (Stream<Path> s = Files.walk(in)) {
            inputCount = (int) s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).count();
        }
    }

    private static Result jar(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        Path outFile = Files.createTempFile(tmp, "stdout", ".txt");
        Path errFile = Files.createTempFile(tmp, "stderr", ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(work.toFile())
                .redirectOutput(outFile.toFile()).redirectError(errFile.toFile());
        // the run date shown in index.html and summary.xlsx, fixed so that two runs can be compared byte for byte
        pb.environment().put("SOURCE_DATE_EPOCH", RUN_DATE_EPOCH);
        Process p = pb.start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("jar finished in time").isTrue();
        return new Result(p.exitValue(), Files.readString(outFile), Files.readString(errFile));
    }

    private static final Pattern RULE_ID = Pattern.compile("@id\\(\"([^\"]+)\"\\)");

    private static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                m.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return m;
    }

    @Test
    void should_audit_seeds_and_hostile_files_safely_and_deterministically() throws Exception {
        // GIVEN
        Path out1 = tmp.resolve("out1");
        Path out2 = tmp.resolve("out2");
        // WHEN
        Result first = jar("audit", in.toString(), "--out", out1.toString(), "--format", "json,html,md,csv,xlsx,sarif");
        Result second = jar("audit", in.toString(), "--out", out2.toString(), "--format", "json,html,md,csv,xlsx,sarif",
                "--threads", "1");
        // THEN exit 0, every input in the summary
        assertThat(first.code()).as(first.stderr()).isZero();
        assertThat(second.code()).as(second.stderr()).isZero();
        Map<String, byte[]> a = files(out1);
        Map<String, byte[]> b = files(out2);
        JsonNode summary = JsonSupport.MAPPER.readTree(a.get("summary.json"));
        assertThat(summary.get("entries")).hasSize(inputCount);
        List<String> sources = new ArrayList<>();
        summary.get("entries").forEach(e -> sources.add(e.get("source").asText()));
        assertThat(sources).noneMatch(s -> s.contains(".hidden")).anyMatch(s -> s.endsWith("hostile/empty.txt"))
                .anyMatch(s -> s.endsWith("hostile/binary.txt"));
        summary.get("entries").forEach(e -> {
            if (e.get("source").asText().endsWith("empty.txt") || e.get("source").asText().endsWith("binary.txt")) {
                assertThat(e.get("status").asText()).isEqualTo("not-assessable");
                assertThat(e.get("gradeReason").asText()).isNotBlank();
            }
        });
        // no script tag reaches any HTML unescaped (index.html carries only its own sorting script)
        a.forEach((name, bytes) -> {
            if (name.endsWith(".html")) {
                String html = new String(bytes, StandardCharsets.UTF_8);
                assertThat(html).as(name).doesNotContain("<script>alert").doesNotContain("href=\"http");
                assertThat(html.split("<script", -1)).as(name).hasSize(name.equals("index.html") ? 2 : 1);
            }
        });
        // no formula reaches CSV or XLSX
        assertCsvNeutral(new String(a.get("summary.csv"), StandardCharsets.UTF_8));
        assertXlsxHasNoFormula(a.get("summary.xlsx"));
        // nothing outside --out: the working folder stays empty, the input folder unchanged
        try (Stream<Path> s = Files.list(work)) {
            assertThat(s).isEmpty();
        }
        assertThat(a.keySet()).allMatch(n -> !n.contains("/") && !n.startsWith(".tmp-"));
        assertSarifDescribesTheWholeRuleBook(a.get("summary.sarif"));
        // the run date the header and the workbook show is the one SOURCE_DATE_EPOCH gives (else: the clock)
        assertThat(new String(a.get("index.html"), StandardCharsets.UTF_8))
                .contains("<dd id=\"run-time\">2026-03-05 02:30（UTC）</dd>");
        // two runs byte-identical except run.json and the history store (it records when each report was audited)
        a.remove("run.json");
        b.remove("run.json");
        a.remove("history.db");
        b.remove("history.db");
        assertThat(a.keySet()).isEqualTo(b.keySet());
        a.forEach((name, bytes) -> assertThat(bytes).as(name).isEqualTo(b.get(name)));
    }

    /** The driver lists every rule of the bundled rule book (fired or not), sorted; ruleIndex points at ruleId. */
    private static void assertSarifDescribesTheWholeRuleBook(byte[] sarif) throws IOException {
        JsonNode run = JsonSupport.MAPPER.readTree(sarif).get("runs").get(0);
        List<String> ids = new ArrayList<>();
        run.get("tool").get("driver").get("rules").forEach(r -> ids.add(r.get("id").asText()));
        assertThat(ids).isEqualTo(declaredRuleIds());
        Set<String> fired = new TreeSet<>();
        run.get("results").forEach(r -> {
            fired.add(r.get("ruleId").asText());
            assertThat(ids.get(r.get("ruleIndex").asInt())).isEqualTo(r.get("ruleId").asText());
        });
        assertThat(fired).isNotEmpty();
        assertThat(ids).hasSizeGreaterThan(fired.size());
    }

    /** The @id of every rule in the project's rules folder (the copy the jar bundles), sorted. */
    private static List<String> declaredRuleIds() throws IOException {
        Set<String> ids = new TreeSet<>();
        try (Stream<Path> s = Files.walk(Path.of("rules"))) {
            for (Path drl : s.filter(p -> p.toString().endsWith(".drl")).toList()) {
                Matcher m = RULE_ID.matcher(Files.readString(drl, StandardCharsets.UTF_8));
                while (m.find()) {
                    ids.add(m.group(1));
                }
            }
        }
        return new ArrayList<>(ids);
    }

    private static void assertCsvNeutral(String csv) {
        assertThat(csv).startsWith("\uFEFF");
        for (String line : csv.substring(1).split("\r\n")) {
            for (String field : line.split(",", -1)) {
                String f = field.startsWith("\"") ? field.substring(1) : field;
                assertThat(f).as(line).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@");
                if (f.startsWith("-")) {
                    assertThat(f).as(line).matches("-\\d+");
                }
            }
        }
    }

    private static void assertXlsxHasNoFormula(byte[] xlsx) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertThat(sheets).hasSize(3); // reports, findings, per-rule counts
            for (Sheet sheet : sheets) {
                for (Row row : sheet.read()) {
                    row.forEach(cell -> {
                        if (cell != null) {
                            assertThat(cell.getType()).isNotEqualTo(CellType.FORMULA);
                        }
                    });
                }
            }
        }
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(xlsx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().startsWith("xl/worksheets/")) {
                    assertThat(new String(zip.readAllBytes(), StandardCharsets.UTF_8)).doesNotContain("<f>").doesNotContain("<f ");
                }
            }
        }
    }

    @Test
    void should_exit_2_on_a_bad_option() throws Exception {
        Result r = jar("audit", in.toString(), "--no-such-option");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.stderr()).contains("--no-such-option");
    }

    @Test
    void should_exit_3_and_name_file_and_line_for_broken_rules() throws Exception {
        // GIVEN a rules folder with a syntax error
        Path rules = Files.createDirectories(tmp.resolve("broken-rules/structure"));
        Files.writeString(rules.resolve("broken.drl"), "package rules.structure\n\nrule \"X\"\nwhen\n  $r : Report( \nthen\nend\n");
        // WHEN
        Result r = jar("audit", in.toString(), "--out", tmp.resolve("out3").toString(), "--rules",
                tmp.resolve("broken-rules").toString());
        // THEN
        assertThat(r.code()).as(r.stderr()).isEqualTo(3);
        assertThat(r.stderr()).containsPattern("broken\\.drl:\\d+");
        assertThat(r.stderr()).as("the missing data file is named in the same run").contains("formats.properties");
    }

    @Test
    void should_print_help_and_version() throws Exception {
        Result help = jar("audit", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.stdout()).contains("--fail-on").contains("退出码");
        Result version = jar("--version");
        assertThat(version.code()).isZero();
        assertThat(version.stdout()).contains("nianbao-audit 0.1.0");
        Result parse = jar("parse", "--version");
        assertThat(parse.code()).isZero();
    }

    @Test
    void should_print_the_model_of_parsed_files() throws Exception {
        Result r = jar("parse", SEEDS.resolve("003_596eb627cbefc53e.txt").toString());
        assertThat(r.code()).as(r.stderr()).isZero();
        JsonNode model = JsonSupport.MAPPER.readTree(r.stdout());
        assertThat(model).hasSize(1);
        assertThat(model.get(0).get("published").asText()).isEqualTo("2023-01-20");
        assertThat(model.get(0).get("sections")).hasSize(6);
    }

    @Test
    void should_start_from_the_rules_the_build_precompiled_and_compile_edited_rules_to_the_same_findings() throws Exception {
        // GIVEN a plain copy of the project's rules (its DRL digest finds the jar's kjar, as for ./rules right
        // after a build) and a copy with a comment added to one DRL file
        Path same = copyOfRules(tmp.resolve("same-rules"));
        Path edited = copyOfRules(tmp.resolve("edited-rules"));
        Path fees = edited.resolve("fees/fees.drl");
        Files.writeString(fees, Files.readString(fees) + "\n// 编辑过\n");
        // WHEN the seeds are audited with each
        Path pre = tmp.resolve("out-precompiled");
        Path compiled = tmp.resolve("out-compiled");
        Result a = jar("audit", SEEDS.toString(), "--out", pre.toString(), "--format", "json,csv", "--quiet",
                "--rules", same.toString());
        Result b = jar("audit", SEEDS.toString(), "--out", compiled.toString(), "--format", "json,csv", "--quiet",
                "--rules", edited.toString());
        // THEN the first started from the jar's kjar, the second compiled the DRL, and every file but run.json is equal
        assertThat(a.code()).as(a.stderr()).isZero();
        assertThat(b.code()).as(b.stderr()).isZero();
        assertThat(JsonSupport.MAPPER.readTree(pre.resolve("run.json").toFile()).get("rulesPrecompiled").asBoolean()).isTrue();
        assertThat(JsonSupport.MAPPER.readTree(compiled.resolve("run.json").toFile()).get("rulesPrecompiled").asBoolean()).isFalse();
        Map<String, byte[]> x = files(pre);
        Map<String, byte[]> y = files(compiled);
        x.remove("run.json");
        y.remove("run.json");
        x.remove("history.db");
        y.remove("history.db");
        assertThat(x.keySet()).isEqualTo(y.keySet()).hasSizeGreaterThan(5);
        x.forEach((name, bytes) -> assertThat(new String(y.get(name), StandardCharsets.UTF_8)).as(name)
                .isEqualTo(new String(bytes, StandardCharsets.UTF_8)));
    }

    private static Path copyOfRules(Path target) throws IOException {
        try (Stream<Path> s = Files.walk(Path.of("rules"))) {
            for (Path p : s.toList()) {
                Path dest = target.resolve(Path.of("rules").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        }
        return target;
    }
}
