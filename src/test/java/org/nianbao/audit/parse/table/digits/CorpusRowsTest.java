package org.nianbao.audit.parse.table.digits;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.audit.model.TableKind;
import org.nianbao.audit.model.TemplateVersion;
import org.nianbao.audit.model.template.RowSpec;

/**
 * The solver on the rows of the thirteen crawled reports, exactly as printed: every cell the document makes
 * certain comes back as fixtures/corpus/expected says, every row it does not make certain is reported ambiguous,
 * never read.
 */
class CorpusRowsTest {
    private final GluedRowSolver solver = new GluedRowSolver();

    static Stream<String> documents() throws IOException {
        return CorpusData.names().stream();
    }

    /** Readings by "T2.R1" for all tables of a document. */
    private Map<String, RowReading> solve(CorpusData.Document doc) {
        NarrativeHints hints = NarrativeHints.of(NarrativeHintFinder.find(doc.narrative(), 10));
        Map<String, RowReading> out = new LinkedHashMap<>();
        for (TableKind table : TableKind.values()) {
            TemplateVersion version = doc.templates().getOrDefault(table, TemplateVersion.V2021);
            List<RowSpec> specs = org.nianbao.audit.engine.formats.ProjectFormats.template().rows(version, table);
            Map<String, PrintedRow> printed = new LinkedHashMap<>();
            for (CorpusData.Row row : doc.rows()) {
                if (row.table() == table) {
                    PrintedRow p = PrintedRow.parse(row.value());
                    printed.put(row.key(), table == TableKind.T3 ? p.spanning(specs.size()) : p);
                }
            }
            solver.solve(specs, printed, hints).forEach((key, reading) -> out.put(table + "." + key, reading));
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void should_read_every_certain_cell_and_no_uncertain_one(String name) throws IOException {
        // GIVEN a crawled report's rows as printed, and the cells its document makes certain
        CorpusData.Document doc = CorpusData.load(name);
        // WHEN
        Map<String, RowReading> readings = solve(doc);
        // THEN
        for (Map.Entry<String, List<String>> e : doc.cells().entrySet()) {
            RowReading r = readings.get(e.getKey());
            assertThat(r).as(e.getKey()).isNotNull();
            if (e.getValue().isEmpty()) {
                assertThat(r.status()).as(e.getKey() + " printed no cells").isEqualTo(RowReading.Status.FEWER_THAN_CELLS);
                assertThat(r.cells()).as(e.getKey()).isEmpty();
            } else {
                assertThat(r.isRead()).as(e.getKey() + ": " + r.reasoning()).isTrue();
                assertThat(r.cells()).as(e.getKey() + " from " + r.printed()).isEqualTo(e.getValue());
            }
        }
        for (String key : doc.uncertain()) {
            assertThat(readings.get(key).status()).as(key + " " + readings.get(key).printed())
                    .isIn(RowReading.Status.AMBIGUOUS, RowReading.Status.TOO_MANY);
            assertThat(readings.get(key).cells()).isEmpty();
        }
        for (String key : doc.unread()) {
            assertThat(readings.get(key).isRead()).as(key).isFalse();
        }
        List<String> unaccounted = new ArrayList<>(readings.keySet());
        unaccounted.removeAll(doc.cells().keySet());
        unaccounted.removeAll(doc.uncertain());
        unaccounted.removeAll(doc.unread());
        assertThat(unaccounted).as("rows printed but neither expected nor declared uncertain").isEmpty();
    }

    @Test
    void should_read_the_whole_applicant_table_of_every_report() throws IOException {
        // GIVEN the thirteen reports
        for (String name : CorpusData.names()) {
            CorpusData.Document doc = CorpusData.load(name);
            // WHEN
            Map<String, RowReading> readings = solve(doc);
            // THEN every table 2 row is certain (read, or printed without cells) and table 3 too
            int rows = doc.templates().get(TableKind.T2) == TemplateVersion.V2019 ? 23 : 25;
            assertThat(doc.cells().keySet().stream().filter(k -> k.startsWith("T2.")).count()).as(name).isEqualTo(rows);
            assertThat(doc.cells().keySet().stream().filter(k -> k.startsWith("T3.")).count()).as(name).isEqualTo(3);
            assertThat(readings.entrySet().stream().filter(e -> e.getKey().startsWith("T2."))
                    .filter(e -> e.getValue().status() == RowReading.Status.AMBIGUOUS)).as(name).isEmpty();
        }
    }

    @Test
    void should_find_the_stray_digit_of_the_2023_natural_resources_report_from_its_only_readings() throws IOException {
        // GIVEN 自然资源与生态环境局 2023: 部分公开 "8100008", （七）总计 "191000019"
        CorpusData.Document doc = CorpusData.load("pingtan-ziran-ziyuan-shengtai-huanjing-ju-2023");
        // WHEN
        Map<String, RowReading> readings = solve(doc);
        // THEN the seven digits leave one reading; （七） is read by the column identities, and the evidence names the
        // balance that fails under it, so the rules may report it
        assertThat(readings.get("T2.R3_2").evidence()).isEqualTo("8100008 → 8|1|0|0|0|0|8（共7位数字、7格，只有这一种分法）");
        assertThat(readings.get("T2.R3_7").evidence()).startsWith("191000019 → 19|1|0|0|0|0|19（")
                .contains("任何分法都不满足「（七）总计」行总计＝各分项之和", "「商业企业」列勾稽关系");
        assertThat(readings.get("T2.R1").evidence()).isEqualTo("190000019 → 19|0|0|0|0|0|19（只有这一种分法满足本行总计＝各分项之和）");
    }

    @Test
    void should_break_ties_with_the_narrative_only_where_it_states_the_cell() throws IOException {
        // GIVEN 行政审批局 2025 ("2025年新制发规范性文件3件") and 管委会办公室 2020 ("采购信息197批次涉及金额3601627.4元")
        Map<String, RowReading> review = solve(CorpusData.load("pingtan-xingzheng-shenpi-ju-2025"));
        Map<String, RowReading> office = solve(CorpusData.load("pingtan-guanweihui-bangongshi-2020"));
        // THEN the narrative decides between readings the table leaves open, and says so
        assertThat(review.get("T1.norm").evidence()).contains("3024 → 3|0|24", "新制发规范性文件3件");
        assertThat(office.get("T1.procurement").evidence()).contains("197|3601627.4元", "197批次");
    }
}
