package org.nianbao.audit.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.audit.engine.RulesSource;
import org.nianbao.audit.render.JsonSupport;
import org.nianbao.audit.render.OutputFormat;
import org.nianbao.audit.render.summary.SummaryRow;

/** The batch with history: its own years, the office store across runs, and stores that cannot be used. */
class HistoryBatchTest {
    private static final Path CASE = Path.of("fixtures/rules/HIST-CARRY/fires");
    private static final Path Y2024 = CASE.resolve("carry-differs-by-column.txt");
    private static final Path Y2023 = CASE.resolve("carry-differs-by-column.history/anping-kejiju-2023.txt");
    private static PipelineAuditor auditor;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws Exception {
        auditor = PipelineAuditor.load(RulesSource.of(Path.of("rules")));
    }

    private final List<String> warnings = new CopyOnWriteArrayList<>();

    private BatchResult run(Path out, Path store, Path... inputs) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in-" + out.getFileName()));
        List<Path> files = new java.util.ArrayList<>();
        for (Path p : inputs) {
            Path copy = in.resolve(p.getFileName());
            Files.copy(p, copy);
            files.add(copy);
        }
        BatchOptions options = new BatchOptions(out, EnumSet.of(OutputFormat.JSON, OutputFormat.CSV), 2, null, "rules");
        return new BatchRunner(auditor, options, BatchListener.NONE)
                .withHistory(new HistorySettings(true, store, warnings::add)).run(files);
    }

    private static List<String> rules(Path out, SummaryRow row) throws IOException {
        var json = JsonSupport.MAPPER.readTree(out.resolve(row.file("json")).toFile());
        List<String> ids = new java.util.ArrayList<>();
        json.get("findings").forEach(f -> ids.add(f.get("rule").asText()));
        return ids;
    }

    private static SummaryRow year(BatchResult r, int year) {
        return r.rows().stream().filter(x -> x.year() == year).findFirst().orElseThrow();
    }

    @Test
    void should_compare_two_years_of_one_batch_without_any_store() throws IOException {
        // GIVEN 2024 and 2023 of one agency in one batch, no history store
        Path out = dir.resolve("out");
        BatchResult r = run(out, null, Y2024, Y2023);
        // THEN the carry-over error is found, last year's grade is known, and nothing was written but the outputs
        assertThat(rules(out, year(r, 2024))).contains("HIST-CARRY");
        assertThat(year(r, 2024).priorYear()).isEqualTo(2023);
        assertThat(year(r, 2024).priorGrade()).isEqualTo(year(r, 2023).grade()).isNotNull();
        assertThat(year(r, 2023).priorYear()).isNull();
        assertThat(warnings).isEmpty();
        try (var s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".db") || n.startsWith(".nianbao-batch"));
        }
    }

    @Test
    void should_remember_last_years_report_in_the_store_for_the_next_run() throws Exception {
        // GIVEN a run that audited 2023 into a store, and a later run with only 2024
        Path store = dir.resolve("history.db");
        run(dir.resolve("out1"), store, Y2023);
        Path out2 = dir.resolve("out2");
        BatchResult second = run(out2, store, Y2024);
        // THEN the second run finds 2023 in the store: the carry-over is checked, last year's grade shown
        assertThat(rules(out2, second.rows().get(0))).contains("HIST-CARRY");
        assertThat(second.rows().get(0).priorYear()).isEqualTo(2023);
        assertThat(second.rows().get(0).priorGrade()).isNotNull();
        assertThat(warnings).isEmpty();
        // AND re-auditing 2024 replaces its row: two reports in the store
        run(dir.resolve("out3"), store, Y2024);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT count(*), sum(year) FROM report")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(2);
            assertThat(rs.getInt(2)).isEqualTo(2023 + 2024);
        }
    }

    @Test
    void should_audit_without_the_store_when_it_is_newer_or_damaged_and_say_why() throws Exception {
        // GIVEN a store of a newer program version, and a damaged file
        Path newer = dir.resolve("newer.db");
        run(dir.resolve("seed"), newer, Y2023);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer); Statement s = c.createStatement()) {
            s.execute("UPDATE schema_version SET version = 99");
        }
        Path damaged = dir.resolve("damaged.db");
        Files.writeString(damaged, "不是数据库".repeat(300), StandardCharsets.UTF_8);
        // WHEN 2024 is audited with each
        BatchResult a = run(dir.resolve("a"), newer, Y2024);
        BatchResult b = run(dir.resolve("b"), damaged, Y2024);
        // THEN both audits are complete and graded, without last year (the store was not used), and each says why
        assertThat(a.rows()).singleElement().satisfies(row -> assertThat(row.grade()).isNotNull());
        assertThat(b.rows()).singleElement().satisfies(row -> assertThat(row.grade()).isNotNull());
        assertThat(a.rows().get(0).priorYear()).isNull();
        assertThat(warnings).hasSize(2);
        assertThat(warnings.get(0)).startsWith("历史库 " + newer + " 的版本为 99，高于本程序支持的版本 1")
                .endsWith("本次审核不使用该历史库（同一批次中的其他年度报告仍参与比对），结果也不写入该历史库。");
        assertThat(warnings.get(1)).startsWith("历史库 " + damaged + " 已损坏或不是历史库文件");
        assertThat(Files.readString(damaged, StandardCharsets.UTF_8)).isEqualTo("不是数据库".repeat(300));
    }
}
