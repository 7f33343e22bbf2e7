package org.nianbao.audit.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.audit.grade.Audit;
import org.nianbao.audit.model.finding.Category;
import org.nianbao.audit.model.finding.Severity;
import org.nianbao.audit.render.JsonSupport;
import org.nianbao.audit.render.OutputFormat;
import org.nianbao.audit.render.summary.RuleDescription;

class BatchRunnerTest {
    @TempDir
    Path tmp;

    private Path input(String name, String content) throws IOException {
        Path p = tmp.resolve("in").resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, content);
    }

    private BatchResult run(List<Path> inputs, Path out, int threads, Severity failOn) {
        BatchOptions options = new BatchOptions(out, EnumSet.allOf(OutputFormat.class), threads, failOn, "test");
        return new BatchRunner(new FakeAuditor(), options, BatchListener.NONE).run(inputs);
    }

    private static Map<String, byte[]> contents(Path dir) throws IOException {
        Map<String, byte[]> m = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                m.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return m;
    }

    @Test
    void should_write_the_same_files_whatever_order_reports_finish_in() throws IOException {
        // GIVEN reports that finish in reverse order, two of them colliding on agency + year
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String agency = i % 4 == 0 ? "同名局" : "机关" + i;
            inputs.add(input(String.format("%02d.txt", i), "agency=" + agency + "\nyear=2023\nfinding=warning\nsleep=" + (12 - i) * 15));
        }
        // WHEN
        BatchResult parallel = run(inputs, tmp.resolve("out1"), 4, null);
        BatchResult serial = run(inputs, tmp.resolve("out2"), 1, null);
        // THEN
        Map<String, byte[]> a = contents(tmp.resolve("out1"));
        Map<String, byte[]> b = contents(tmp.resolve("out2"));
        a.remove("run.json");
        b.remove("run.json");
        assertThat(a.keySet()).isEqualTo(b.keySet()).contains("同名局-2023.json", "summary.json", "index.html", "rules.html",
                "summary.csv", "summary.xlsx", "summary.sarif");
        a.forEach((name, bytes) -> assertThat(bytes).as(name).isEqualTo(b.get(name)));
        assertThat(a.keySet().stream().filter(n -> n.startsWith("同名局-2023") && n.endsWith(".json"))).hasSize(3);
        assertThat(parallel.rows()).extracting(r -> r.source()).isEqualTo(serial.rows().stream().map(r -> r.source()).toList());
        JsonNode summary = JsonSupport.MAPPER.readTree(a.get("summary.json"));
        assertThat(summary.get("entries").get(0).get("file").asText()).isEqualTo("同名局-2023.json");
        assertThat(summary.get("entries").get(4).get("file").asText()).matches("同名局-2023-[0-9a-f]{8}\\.json");
    }

    @Test
    void should_mark_a_file_the_pipeline_throws_on_not_assessable_and_go_on() throws IOException {
        // GIVEN
        List<Path> inputs = List.of(input("a.txt", "agency=甲\nyear=2023"), input("b.txt", "throw"),
                input("c.txt", "agency=丙\nyear=2023"));
        // WHEN
        BatchResult result = run(inputs, tmp.resolve("out"), 2, null);
        // THEN
        assertThat(result.writeFailure()).isNull();
        assertThat(result.rows()).extracting(r -> r.status()).containsExactly("graded", "not-assessable", "graded");
        // the reason is for the office (no Java in it); the error itself is kept for --verbose
        assertThat(result.rows().get(1).reason()).startsWith("不可评估：处理该文件时程序遇到意外情况，未能审核").doesNotContain("boom")
                .doesNotContain("Exception");
        assertThat(result.reportErrors()).singleElement().satisfies(e -> {
            assertThat(e.source()).endsWith("b.txt");
            assertThat(e.error().getMessage()).startsWith("boom in ");
        });
        assertThat(result.rows().get(1).grade()).isNull();
        assertThat(Files.exists(tmp.resolve("out/b.json"))).isTrue();
    }

    @Test
    void should_report_fail_on_for_findings_and_for_not_assessable_files() throws IOException {
        // GIVEN
        List<Path> warn = List.of(input("w.txt", "agency=甲\nfinding=warning"));
        List<Path> broken = List.of(input("x.txt", "not a report"));
        // WHEN / THEN
        assertThat(run(warn, tmp.resolve("o1"), 1, Severity.ERROR).failOnReached()).isFalse();
        assertThat(run(warn, tmp.resolve("o2"), 1, Severity.WARNING).failOnReached()).isTrue();
        assertThat(run(warn, tmp.resolve("o3"), 1, null).failOnReached()).isFalse();
        assertThat(run(broken, tmp.resolve("o4"), 1, Severity.CRITICAL).failOnReached()).isTrue();
    }

    @Test
    void should_write_nothing_outside_the_output_folder() throws IOException {
        // GIVEN an agency name that tries to climb out
        List<Path> inputs = List.of(input("evil.txt", "agency=../../etc/passwd\nyear=2023\nfinding=critical"));
        Path out = tmp.resolve("deep/out");
        // WHEN
        BatchResult result = run(inputs, out, 1, null);
        // THEN
        assertThat(result.writeFailure()).isNull();
        try (Stream<Path> all = Files.walk(tmp)) {
            assertThat(all.filter(Files::isRegularFile).filter(p -> !p.startsWith(out) && !p.startsWith(tmp.resolve("in"))))
                    .isEmpty();
        }
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString())).contains("etc_passwd-2023.json")
                    .noneMatch(n -> n.startsWith(".tmp-"));
        }
    }

    @Test
    void should_return_a_write_failure_when_the_output_cannot_be_written() throws IOException {
        // GIVEN an output path that is a file
        Path out = Files.writeString(tmp.resolve("not-a-dir"), "x");
        // WHEN
        BatchResult result = run(List.of(input("a.txt", "agency=甲")), out, 1, null);
        // THEN
        assertThat(result.writeFailure()).isNotNull();
    }

    @Test
    void should_remove_the_previous_runs_reports_this_run_did_not_write_and_keep_the_users_files() throws IOException {
        // GIVEN a first run over two agencies into a folder that also holds the user's own note
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("备注.md"), "用户自己的文件");
        Path kept = input("a.txt", "agency=甲\nyear=2023\nfinding=warning");
        Path dropped = input("b.txt", "agency=乙\nyear=2023");
        BatchResult first = run(List.of(kept, dropped), out, 2, null);
        assertThat(first.staleRemoved()).isZero();
        assertThat(out.resolve("乙-2023.html")).exists();
        // WHEN the agency 乙 is no longer in the batch
        BatchResult second = run(List.of(kept), out, 2, null);
        // THEN its json, html and md pages are gone, everything this run wrote and the user's file stay
        assertThat(second.writeFailure()).isNull();
        assertThat(second.staleRemoved()).isEqualTo(3);
        assertThat(contents(out).keySet()).noneMatch(n -> n.startsWith("乙-2023"))
                .contains("甲-2023.json", "甲-2023.html", "甲-2023.md", "index.html", "summary.sarif", "run.json")
                .contains("备注.md");
        assertThat(out.resolve("备注.md")).hasContent("用户自己的文件");
        // AND the same batch again finds nothing stale
        assertThat(run(List.of(kept), out, 1, null).staleRemoved()).isZero();
    }

    @Test
    void should_describe_the_auditors_whole_rule_set_in_the_sarif_driver() throws IOException {
        // GIVEN an auditor that runs two rules, only one of which fires
        ReportAuditor auditor = new ReportAuditor() {
            private final FakeAuditor fake = new FakeAuditor();

            @Override
            public Audit audit(Path file, String source) {
                return fake.audit(file, source);
            }

            @Override
            public List<RuleDescription> rules() {
                return List.of(RuleDescription.of("AAA-NEVER", "从未触发的规则", Severity.INFO, Category.CONTENT, "依据"));
            }
        };
        Path out = tmp.resolve("out");
        BatchOptions options = new BatchOptions(out, EnumSet.of(OutputFormat.SARIF), 1, null, "test");
        // WHEN
        new BatchRunner(auditor, options, BatchListener.NONE).run(List.of(input("a.txt", "agency=甲\nfinding=error")));
        // THEN
        JsonNode run = JsonSupport.MAPPER.readTree(out.resolve("summary.sarif").toFile()).get("runs").get(0);
        JsonNode rules = run.get("tool").get("driver").get("rules");
        assertThat(rules).hasSize(2);
        assertThat(rules.get(0).get("id").asText()).isEqualTo("AAA-NEVER");
        JsonNode result = run.get("results").get(0);
        assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asText()).isEqualTo(result.get("ruleId").asText());
    }
}
