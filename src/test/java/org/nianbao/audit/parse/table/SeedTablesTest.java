package org.nianbao.audit.parse.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.audit.parse.table.TableAssertions.deviations;
import static org.nianbao.audit.parse.table.TableAssertions.matrix;
import static org.nianbao.audit.parse.table.TableAssertions.problems;
import static org.nianbao.audit.parse.table.TableAssertions.table;
import static org.nianbao.audit.parse.table.TableAssertions.values;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.audit.model.CellKind;
import org.nianbao.audit.model.LabelMatch;
import org.nianbao.audit.model.ParseProblem;
import org.nianbao.audit.model.ProblemCode;
import org.nianbao.audit.model.StatTable;
import org.nianbao.audit.model.TableKind;
import org.nianbao.audit.model.TableRow;
import org.nianbao.audit.model.TemplateVersion;

class SeedTablesTest {
    private final TableParser parser = new TableParser(org.nianbao.audit.engine.formats.ProjectFormats.template());

    private TableParseResult seed(String prefix) {
        return parser.parse(FixtureLines.seed(prefix));
    }

    @Test
    void should_read_seed_000_tab_prefixed_cells_with_short_norm_row() {
        // GIVEN seed 000 (one cell per line, tab-prefixed, NBSP around zeros)
        // WHEN
        TableParseResult r = seed("000");
        // THEN
        assertThat(r.template()).isEqualTo(TemplateVersion.V2021);
        assertThat(values(r, TableKind.T1, "license")).containsExactly("22");
        assertThat(values(r, TableKind.T1, "norm")).containsExactly("1", "1");
        assertThat(table(r, TableKind.T1).cell("norm", "made").orElseThrow().getLine()).isEqualTo(31);
        List<ParseProblem> counts = problems(r, ProblemCode.ROW_CELL_COUNT);
        assertThat(counts).hasSize(1);
        assertThat(counts.get(0).getRowKey()).isEqualTo("norm");
        assertThat(counts.get(0).getDetail()).contains("该行应有3个数值，实际2个").contains("推测");
        assertAllZero(table(r, TableKind.T2), 25, 7);
        assertAllZero(table(r, TableKind.T3), 3, 5);
        assertThat(r.problems()).hasSize(1);
    }

    @Test
    void should_read_seed_001_pipes_including_misaligned_rows() {
        // GIVEN seed 001 (Markdown pipes; "3. 其他" and "(七) 总计" put their label in column 1)
        // WHEN
        TableParseResult r = seed("001");
        // THEN
        assertThat(r.template()).isEqualTo(TemplateVersion.V2021);
        assertThat(values(r, TableKind.T2, "R3_6_3")).isEqualTo(Collections.nCopies(7, "0"));
        assertThat(values(r, TableKind.T2, "R3_7")).isEqualTo(Collections.nCopies(7, "0"));
        assertThat(table(r, TableKind.T2).row("R3_7").orElseThrow().getLine()).isEqualTo(74);
        assertThat(values(r, TableKind.T1, "license")).containsExactly("0");
        assertAllZero(table(r, TableKind.T2), 25, 7);
        assertAllZero(table(r, TableKind.T3), 3, 5);
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void should_read_seed_002_tsv_with_missing_fee_row_and_blank_totals() {
        // GIVEN seed 002 (TSV; the 行政事业性收费 row is absent under its block header; every row has 10
        // fields, and in the rows （一）/（二）, whose labels fill the three label fields, the 10th field — the
        // 总计 column of the fully aligned rows 1.属于国家秘密 … — is printed empty)
        // WHEN
        TableParseResult r = seed("002");
        // THEN the empty 总计 is a blank cell, not a missing one
        assertThat(r.template()).isEqualTo(TemplateVersion.V2021);
        assertThat(table(r, TableKind.T1).row("fee")).isEmpty();
        assertThat(problems(r, ProblemCode.ROW_MISSING)).extracting(ParseProblem::getRowKey).containsExactly("fee");
        assertThat(deviations(table(r, TableKind.T1))).containsExactly("col:repealed=本年度止件数/VARIANT");
        List<String> sixZerosAndBlank = new java.util.ArrayList<>(Collections.nCopies(6, "0"));
        sixZerosAndBlank.add("BLANK");
        assertThat(values(r, TableKind.T2, "R3_1")).isEqualTo(sixZerosAndBlank);
        assertThat(values(r, TableKind.T2, "R3_2")).isEqualTo(sixZerosAndBlank);
        assertThat(table(r, TableKind.T2).cell("R3_1", "TOT").orElseThrow().getKind()).isEqualTo(CellKind.BLANK);
        assertThat(problems(r, ProblemCode.ROW_CELL_COUNT)).isEmpty();
        assertThat(problems(r, ProblemCode.CELLS_UNSEPARATED)).isEmpty();
        assertThat(values(r, TableKind.T2, "R3_6_3")).isEqualTo(Collections.nCopies(7, "0"));
        assertThat(values(r, TableKind.T2, "R4")).isEqualTo(Collections.nCopies(7, "0"));
        assertAllZero(table(r, TableKind.T3), 3, 5);
    }

    @Test
    void should_read_seed_003_plain_cells_with_column_variants() {
        // GIVEN seed 003 (one cell per line, no tabs, header cells split "商业" / "企业")
        // WHEN
        TableParseResult r = seed("003");
        // THEN
        assertThat(r.template()).isEqualTo(TemplateVersion.V2021);
        assertThat(deviations(table(r, TableKind.T1)))
                .containsExactly("col:made=本年发件/VARIANT", "col:valid=现行有效件/VARIANT");
        assertAllZero(table(r, TableKind.T1), 6, -1);
        assertAllZero(table(r, TableKind.T2), 25, 7);
        assertAllZero(table(r, TableKind.T3), 3, 5);
        assertThat(deviations(table(r, TableKind.T2))).isEmpty();
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void should_read_seed_004_in_the_2019_template_with_five_of_seven_cells() {
        // GIVEN seed 004 (2019 format, tab-prefixed cells with trailing spaces, 合计 / 结果维护 headers)
        // WHEN
        TableParseResult r = seed("004");
        // THEN
        assertThat(r.template()).isEqualTo(TemplateVersion.V2019);
        StatTable t1 = table(r, TableKind.T1);
        StatTable t2 = table(r, TableKind.T2);
        assertThat(t1.getTemplate()).isEqualTo(TemplateVersion.V2019);
        assertThat(t2.getTemplate()).isEqualTo(TemplateVersion.V2019);
        assertThat(values(r, TableKind.T1, "procurement")).containsExactly("0", "0");
        assertThat(values(r, TableKind.T1, "reg")).containsExactly("0", "0", "0");
        assertThat(t2.getRows()).hasSize(23);
        assertThat(t2.row("R3_6")).isPresent();
        assertThat(t2.row("R3_6_1")).isEmpty();
        assertThat(values(r, TableKind.T2, "R1")).hasSize(7);
        assertThat(values(r, TableKind.T2, "R2")).hasSize(7);
        for (TableRow row : t2.getRows()) {
            if (row.getKey().startsWith("R3")) {
                assertThat(row.getCellCount()).as(row.getKey()).isEqualTo(5);
            }
        }
        assertThat(problems(r, ProblemCode.ROW_CELL_COUNT)).hasSize(21)
                .allSatisfy(p -> assertThat(p.getDetail()).contains("该行应有7个数值，实际5个"));
        assertThat(deviations(t2)).contains("col:TOT=合计/VARIANT", "row:R3_5_1=1. 信访投诉举报类申请/VARIANT",
                "row:R3_2=（二）部分公开（区分处理的，只记这一情形，不记其他情形）/VARIANT");
        assertThat(deviations(table(r, TableKind.T3))).containsExactly("col:upheld=结果维护/VARIANT");
        assertThat(deviations(t1)).containsExactly("row:norm=规范性文件（本单位制发的）/VARIANT");
        assertThat(t1.row("reg").orElseThrow().getLabelMatch()).isEqualTo(LabelMatch.EXACT);
        assertAllZero(table(r, TableKind.T3), 3, 5);
    }

    @Test
    void should_record_cell_provenance() {
        // GIVEN seed 000 WHEN
        TableParseResult r = seed("000");
        // THEN the 行政许可 cell knows its table, row, column, raw text and line
        var cell = table(r, TableKind.T1).cell("license", "decisions").orElseThrow();
        assertThat(cell.getTable()).isEqualTo(TableKind.T1);
        assertThat(cell.getKind()).isEqualTo(CellKind.NUMBER);
        assertThat(cell.getRaw()).isEqualTo("22");
        assertThat(cell.getLine()).isEqualTo(39);
        assertThat(table(r, TableKind.T3).row("LD").orElseThrow().getLine()).isEqualTo(417);
        assertThat(matrix(r)).hasSize(9 + 175 + 15);
    }

    /** Every cell is the number 0; {@code cells} < 0 skips the per-row count. */
    private static void assertAllZero(StatTable t, int rows, int cells) {
        assertThat(t.getRows()).hasSize(rows);
        for (TableRow row : t.getRows()) {
            if (cells >= 0) {
                assertThat(row.getCells()).as(row.getKey()).hasSize(cells);
            }
            assertThat(row.getCells()).as(row.getKey())
                    .allSatisfy(c -> assertThat(c.isNumber() && c.getIntValue() == 0).isTrue());
        }
    }
}
