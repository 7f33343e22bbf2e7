package org.nianbao.audit.engine.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.audit.engine.AuditEngine;
import org.nianbao.audit.engine.RuleBook;
import org.nianbao.audit.engine.cases.SharedRuleBook;
import org.nianbao.audit.engine.formats.ProjectFormats;
import org.nianbao.audit.history.ReportHistory;
import org.nianbao.audit.history.ReportSummary;
import org.nianbao.audit.ingest.Ingestor;
import org.nianbao.audit.model.AnnualReport;
import org.nianbao.audit.model.CellKind;
import org.nianbao.audit.model.TableKind;
import org.nianbao.audit.model.finding.Finding;
import org.nianbao.audit.parse.ReportParser;

/**
 * Real reports of consecutive and non-consecutive years audited as one batch: 洪泽区 2023 → 2024 (text twins
 * of the published PDFs, the printed numbers re-typed), 平潭 市场监督管理局 2021 / 2024 and 财政金融局 2020 / 2024.
 */
class HistoryRealReportsTest {
    private static final List<Path> BATCH = List.of(
            Path.of("fixtures/history/hongze-district-2023.txt"), Path.of("fixtures/history/hongze-district-2024.txt"),
            Path.of("fixtures/corpus/txt/pingtan-shichang-jianguan-ju-2021.txt"),
            Path.of("fixtures/corpus/txt/pingtan-shichang-jianguan-ju-2024.txt"),
            Path.of("fixtures/corpus/txt/pingtan-caizheng-jinrong-ju-2020.txt"),
            Path.of("fixtures/corpus/txt/pingtan-caizheng-jinrong-ju-2024.txt"));

    @TempDir
    Path work;

    private record Judged(AnnualReport report, List<Object> facts, List<Finding> findings) {
    }

    private Map<Path, Judged> auditTogether() throws IOException {
        return auditTogether(BATCH);
    }

    private Map<Path, Judged> auditTogether(List<Path> batch) throws IOException {
        RuleBook book = SharedRuleBook.get();
        ReportParser parser = ProjectFormats.parser();
        Ingestor ingestor = ProjectFormats.ingestor();
        AuditEngine engine = new AuditEngine(book);
        Map<Path, AnnualReport> reports = new LinkedHashMap<>();
        for (Path p : batch) {
            reports.put(p, parser.parse(ingestor.read(p, p.toString())));
        }
        Map<Path, Judged> out = new LinkedHashMap<>();
        try (BatchHistory history = BatchHistory.open(book, null, work)) {
            reports.values().forEach(history::remember);
            history.seal();
            for (var e : reports.entrySet()) {
                ReportSummary s = history.summarize(e.getValue());
                ReportHistory found = history.lookup(s);
                List<Object> facts = history.facts(e.getValue(), s, found);
                out.put(e.getKey(), new Judged(e.getValue(), facts, engine.evaluate(e.getValue(), facts).findings()));
            }
        }
        return out;
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"fixtures/history/hongze-district-20%d.txt",
            "fixtures/corpus/pdf/hongze-district-20%d.pdf"})
    void should_compare_hongze_2024_with_its_2023_report_and_find_the_figures_carried_correctly(String pattern)
            throws IOException {
        // GIVEN 洪泽区's two consecutive reports (2023 titled 洪泽区人民政府, 2024 淮安市洪泽区人民政府) in one batch,
        // as published (PDF) and as text twins
        List<Path> pair = List.of(Path.of(String.format(pattern, 23)), Path.of(String.format(pattern, 24)));
        Judged y2024 = auditTogether(pair).get(pair.get(1));
        // THEN 2023 is its prior report: one agency, since the 2023 report names itself 淮安市洪泽区人民政府 in its text
        List<PriorReport> prior = ofType(y2024.facts(), PriorReport.class);
        assertThat(prior).extracting(PriorReport::getAgency, PriorReport::getYear, PriorReport::isInBatch)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("洪泽区人民政府", 2023, true));
        // AND last year's 结转下年度 (0) and 现行有效 行政规范性文件 (5) are there to compare
        assertThat(priorCell(y2024, TableKind.T2, "R4", "TOT")).isEqualTo(0);
        assertThat(priorCell(y2024, TableKind.T1, "norm", "valid")).isEqualTo(5);
        // AND the tables compared cell by cell are not repeated, part 五 is its own (shared plan sentences, new wording)
        assertThat(ofType(y2024.facts(), PriorTable.class)).extracting(PriorTable::isAllEqual).containsOnly(false);
        PriorSection five = ofType(y2024.facts(), PriorSection.class).get(0);
        assertThat(five.isIdentical()).isFalse();
        assertThat(five.getSimilarity()).isBetween(0.2, 0.6);
        // AND this year's figures as printed: 上年结转 0; 行政规范性文件 制发 3, 废止 0, 现行有效 8
        assertThat(cell(y2024, TableKind.T2, "R2", "TOT")).isEqualTo(0);
        assertThat(cell(y2024, TableKind.T1, "norm", "made")).isEqualTo(3);
        assertThat(cell(y2024, TableKind.T1, "norm", "repealed")).isEqualTo(0);
        assertThat(cell(y2024, TableKind.T1, "norm", "valid")).isEqualTo(8);
        // AND no history rule fires: 上年结转 0 = 0; 现行有效 5 + 3 − 0 = 8
        assertThat(y2024.findings()).extracting(Finding::getRule).noneMatch(r -> r.startsWith("HIST-"));
    }

    @Test
    void should_compare_nothing_across_a_gap_in_years_or_between_two_agencies() throws IOException {
        Map<Path, Judged> all = auditTogether();
        for (Path p : BATCH) {
            Judged j = all.get(p);
            assertThat(j.findings()).as(p.toString()).extracting(Finding::getRule).noneMatch(r -> r.startsWith("HIST-"));
            if (!p.equals(BATCH.get(1))) {
                // 2021 → 2024 and 2020 → 2024 are not consecutive; 洪泽区 2023 has no 2022
                assertThat(ofType(j.facts(), PriorReport.class)).as(p.toString()).isEmpty();
                assertThat(ofType(j.facts(), PriorCell.class)).as(p.toString()).isEmpty();
            }
            assertThat(ofType(j.facts(), SimilarReport.class)).as(p.toString()).isEmpty();
        }
    }

    private static int cell(Judged j, TableKind table, String row, String column) {
        var c = j.report().table(table).flatMap(t -> t.cell(row, column)).orElseThrow();
        assertThat(c.getKind()).isEqualTo(CellKind.NUMBER);
        return c.getIntValue();
    }

    private static int priorCell(Judged j, TableKind table, String row, String column) {
        return ofType(j.facts(), PriorCell.class).stream()
                .filter(c -> c.getTable() == table && c.getRowKey().equals(row) && c.getColumnKey().equals(column)
                        && c.getKind() == CellKind.NUMBER)
                .findFirst().orElseThrow(() -> new AssertionError(table + "." + row + "." + column)).getIntValue();
    }

    private static <T> List<T> ofType(List<Object> facts, Class<T> type) {
        List<T> out = new ArrayList<>();
        facts.stream().filter(type::isInstance).map(type::cast).forEach(out::add);
        return out;
    }
}
