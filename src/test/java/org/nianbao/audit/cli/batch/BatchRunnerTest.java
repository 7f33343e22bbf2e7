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

    @Test
    void should_make_a_report_that_exhausts_memory_not_assessable_and_go_on() throws IOException {
        // GIVEN the middle file exhausts the heap while it is audited
        List<Path> inputs = List.of(input("a.txt", "agency=甲\nyear=2023"), input("b.txt", "oom"),
                input("c.txt", "agency=丙\nyear=2023"));
        // WHEN
        BatchResult result = run(inputs, tmp.resolve("out"), 2, null);
        // THEN no write failure: the others are graded, it is not assessable saying why, in plain words
        assertThat(result.writeFailure()).isNull();
        assertThat(result.rows()).extracting(r -> r.status()).containsExactly("graded", "not-assessable", "graded");
        assertThat(result.rows().get(1).reason()).contains("内存不足").doesNotContain("OutOfMemoryError");
    }

    @Test
    void should_not_read_a_file_too_large_for_the_memory_of_the_run() throws IOException {
        // GIVEN a budget of 4 MiB and a 1 MB file (about 9 MiB to audit) beside a small one
        Path big = input("big.txt", "agency=大\nyear=2023\n" + "x".repeat(1 << 20));
        Path small = input("small.txt", "agency=小\nyear=2023");
        BatchOptions options = new BatchOptions(tmp.resolve("out"), EnumSet.of(OutputFormat.JSON), 2, null, "test");
        // WHEN
        BatchResult result = new BatchRunner(new FakeAuditor(), options, BatchListener.NONE, new MemoryBudget(4))
                .run(List.of(big, small));
        // THEN the big one is not assessable with its size, its need and the budget; the small one is graded
        assertThat(result.rows().get(0).status()).isEqualTo("not-assessable");
        assertThat(result.rows().get(0).reason()).contains("1.0 MB").contains("约需 9 MB").contains("可用的 4 MB").contains("-Xmx");
        assertThat(result.rows().get(1).status()).isEqualTo("graded");
    }

    @Test
    void should_refuse_an_output_folder_another_run_is_writing_and_touch_nothing() throws Exception {
        // GIVEN another run holding the folder
        Path out = Files.createDirectories(tmp.resolve("out"));
        try (OutputLock other = OutputLock.acquire(out)) {
            // WHEN
            BatchResult result = run(List.of(input("a.txt", "agency=甲\nyear=2023")), out, 1, null);
            // THEN refused, nothing written but the lock file
            assertThat(result.outputBusy()).isTrue();
            assertThat(contents(out).keySet()).containsExactly(OutputLock.FILE_NAME);
        }
        // AND once it is done, the folder is free again
        assertThat(run(List.of(input("a.txt", "agency=甲\nyear=2023")), out, 1, null).outputBusy()).isFalse();
    }

    @Test
    void should_clean_up_what_a_killed_run_left_and_remove_its_unrecorded_pages() throws IOException {
        // GIVEN a folder where a run was killed: half-written temporaries, a spool, staged summaries without a
        // commit, and a page it wrote but never recorded in a manifest (only in its journal)
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve(".tmp-4242-7.part"), "half");
        Files.writeString(out.resolve(".tmp-findings-1234.part"), "spool");
        Files.writeString(out.resolve(".nianbao-batch-history-5150.db"), "scratch store");
        Files.writeString(out.resolve(SummaryCommit.STAGED_PREFIX + "summary.json"), "{}");
        Path orphan = Files.writeString(out.resolve("丙-2023.html"), "<html>丙</html>");
        Files.writeString(out.resolve(RunJournal.FILE_NAME), "丙-2023.html\t" + org.nianbao.audit.render.FileStamp.of(orphan).size()
                + "\t" + org.nianbao.audit.render.FileStamp.of(orphan).crc() + "\n丁-2023.ht");
        Files.writeString(out.resolve("备注.md"), "用户自己的文件");
        // WHEN the next run writes into it
        BatchResult result = run(List.of(input("a.txt", "agency=甲\nyear=2023")), out, 1, null);
        // THEN the temporaries are gone, the orphan page was taken over and removed as stale, the user's file stays
        assertThat(result.writeFailure()).isNull();
        assertThat(result.recovered().temporaryRemoved()).isEqualTo(4);
        assertThat(result.recovered().pagesTakenOver()).isEqualTo(1);
        assertThat(contents(out).keySet()).noneMatch(n -> n.startsWith(".tmp-") || n.startsWith(SummaryCommit.STAGED_PREFIX)
                        || n.startsWith(".nianbao-batch-history-"))
                .doesNotContain("丙-2023.html", RunJournal.FILE_NAME, SummaryCommit.RECORD)
                .contains("甲-2023.html", "summary.json", "备注.md");
    }

    @Test
    void should_finish_a_summary_commit_a_killed_run_recorded() throws IOException {
        // GIVEN a run killed after recording its summary commit: summary.csv already renamed, summary.json still staged
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve(SummaryCommit.STAGED_PREFIX + "summary.json"), "{\"new\":true}");
        Files.writeString(out.resolve("summary.json"), "{\"old\":true}");
        Files.writeString(out.resolve(SummaryCommit.RECORD), "summary.csv\nsummary.json\n../evil.json\n");
        // WHEN recovered
        OutputRecovery.Result r = OutputRecovery.recover(out);
        // THEN the staged summary is in place, the record gone, nothing outside the folder named
        assertThat(r.summariesCompleted()).isEqualTo(1);
        assertThat(out.resolve("summary.json")).hasContent("{\"new\":true}");
        assertThat(contents(out).keySet()).containsExactly("summary.json");
    }

    @Test
    void should_leave_no_journal_commit_record_or_temporary_file_after_a_complete_run() throws IOException {
        Path out = tmp.resolve("out");
        run(List.of(input("a.txt", "agency=甲\nyear=2023\nfinding=error")), out, 1, null);
        assertThat(contents(out).keySet()).allMatch(n -> !n.startsWith(".") || n.equals(OutputLock.FILE_NAME)
                || n.equals(OutputManifest.FILE_NAME));
    }
}
