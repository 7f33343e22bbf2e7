package org.nianbao.audit.parse.table.digits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.audit.model.TableKind;
import org.nianbao.audit.model.TemplateVersion;
import org.nianbao.audit.model.template.RowSpec;

class GluedRowSolverTest {
    private static final List<RowSpec> T1 = org.nianbao.audit.engine.formats.ProjectFormats.template().rows(TemplateVersion.V2021, TableKind.T1);
    private static final List<RowSpec> T1_2019 = org.nianbao.audit.engine.formats.ProjectFormats.template().rows(TemplateVersion.V2019, TableKind.T1);
    private static final List<RowSpec> T2 = org.nianbao.audit.engine.formats.ProjectFormats.template().rows(TemplateVersion.V2021, TableKind.T2);
    private static final List<RowSpec> T3 = org.nianbao.audit.engine.formats.ProjectFormats.template().rows(TemplateVersion.V2021, TableKind.T3);
    private static final String ZEROS = "0 0 0 0 0 0 0";
    private final GluedRowSolver solver = new GluedRowSolver();

    private static Map<String, PrintedRow> rows(String... keyAndText) {
        Map<String, PrintedRow> rows = new LinkedHashMap<>();
        for (int i = 0; i < keyAndText.length; i += 2) {
            rows.put(keyAndText[i], PrintedRow.parse(keyAndText[i + 1]));
        }
        return rows;
    }

    /** Table 2 with every row printed separated as zeros, then the given rows replaced. */
    private static Map<String, PrintedRow> table2(String... keyAndText) {
        Map<String, PrintedRow> rows = new LinkedHashMap<>();
        for (RowSpec s : T2) {
            rows.put(s.key(), PrintedRow.parse(ZEROS));
        }
        rows.putAll(rows(keyAndText));
        return rows;
    }

    private static NarrativeHints hint(TableKind table, String row, String column, long value) {
        return NarrativeHints.of(List.of(new NarrativeHints.Hint(table, row, column, BigDecimal.valueOf(value), "正文所述", 3)));
    }

    @Test
    void should_read_a_run_whose_own_total_leaves_one_split() {
        // WHEN
        RowReading r = solver.solve(T2, rows("R1", "15130000154"), NarrativeHints.none()).get("R1");
        // THEN
        assertThat(r.status()).isEqualTo(RowReading.Status.RECONSTRUCTED);
        assertThat(r.cells()).containsExactly("151", "3", "0", "0", "0", "0", "154");
        assertThat(r.evidence()).isEqualTo("15130000154 → 151|3|0|0|0|0|154（只有这一种分法满足本行总计＝各分项之和）");
    }

    @Test
    void should_read_a_run_whose_digit_count_leaves_one_split_even_when_its_total_fails() {
        // WHEN
        RowReading r = solver.solve(T2, rows("R3_2", "8100008"), NarrativeHints.none()).get("R3_2");
        // THEN no identity chose it, so every identity may judge it
        assertThat(r.cells()).containsExactly("8", "1", "0", "0", "0", "0", "8");
        assertThat(r.reasoning()).isEqualTo("共7位数字、7格，只有这一种分法");
    }

    @Test
    void should_keep_separated_pieces_as_printed() {
        // WHEN
        RowReading r = solver.solve(T2, rows("R1", "12 3 1 0 1 0 17"), NarrativeHints.none()).get("R1");
        // THEN
        assertThat(r.status()).isEqualTo(RowReading.Status.AS_PRINTED);
        assertThat(r.cells()).containsExactly("12", "3", "1", "0", "1", "0", "17");
    }

    @Test
    void should_choose_among_readings_of_a_row_by_the_column_identities() {
        // GIVEN 予以公开 "110000011" (1|10|0|0|0|0|11 or 11|0|0|0|0|0|11) and a separated （七）总计 and 本年新收
        Map<String, PrintedRow> printed = table2("R3_1", "110000011", "R3_7", "1 10 0 0 0 0 11", "R1", "1 10 0 0 0 0 11");
        // WHEN
        RowReading r = solver.solve(T2, printed, NarrativeHints.none()).get("R3_1");
        // THEN
        assertThat(r.cells()).containsExactly("1", "10", "0", "0", "0", "0", "11");
        assertThat(r.reasoning()).startsWith("满足本行总计的分法有2种，结合表内各列关系");
    }

    @Test
    void should_report_every_reading_when_the_identities_leave_several() {
        // GIVEN two rows whose readings can swap without changing any column sum
        Map<String, PrintedRow> printed = table2("R3_1", "110000011", "R3_2", "110000011",
                "R3_7", "12 10 0 0 0 0 22", "R1", "12 10 0 0 0 0 22");
        // WHEN
        Map<String, RowReading> r = solver.solve(T2, printed, NarrativeHints.none());
        // THEN neither is read, and both readings are given
        assertThat(r.get("R3_1").status()).isEqualTo(RowReading.Status.AMBIGUOUS);
        assertThat(r.get("R3_1").cells()).isEmpty();
        assertThat(r.get("R3_1").alternatives()).containsExactlyInAnyOrder(
                List.of("1", "10", "0", "0", "0", "0", "11"), List.of("11", "0", "0", "0", "0", "0", "11"));
        assertThat(r.get("R3_1").reasoning()).startsWith("符合表内算术关系的分法有2种：").endsWith("无法确定，未读取");
        assertThat(r.get("R3_2").status()).isEqualTo(RowReading.Status.AMBIGUOUS);
    }

    @Test
    void should_read_the_only_reading_under_which_all_identities_but_one_hold() {
        // GIVEN 部分公开 with a stray 1 (seven digits) and （七）总计 whose digits follow the column sums, as in the corpus
        Map<String, PrintedRow> printed = table2("R1", "190000019", "R3_1", "6000006", "R3_2", "8100008",
                "R3_4_1", "4000004", "R3_6_3", "1000001", "R3_7", "191000019");
        // WHEN
        Map<String, RowReading> r = solver.solve(T2, printed, NarrativeHints.none());
        // THEN
        assertThat(r.get("R3_7").cells()).containsExactly("19", "1", "0", "0", "0", "0", "19");
        assertThat(r.get("R3_7").reasoning()).isEqualTo("任何分法都不满足「（七）总计」行总计＝各分项之和；"
                + "表内算术关系无论怎样分都不能全部成立；除「商业企业」列勾稽关系（第一项加第二项之和等于第三项加第四项之和）外"
                + "其余关系都成立的读法只有这一种");
        assertThat(r.get("R1").cells()).containsExactly("19", "0", "0", "0", "0", "0", "19");
    }

    @Test
    void should_leave_a_row_unread_when_no_reading_keeps_all_identities_but_one() {
        // GIVEN 本年新收 "51000005" (51|0|0|0|0|0|5 or 5|10|0|0|0|0|5): neither adds up, and the balance wants 6|0|0|0|0|0|6
        Map<String, PrintedRow> printed = table2("R3_1", "5 0 0 0 0 0 5", "R3_7", "5 0 0 0 0 0 5",
                "R1", "51000005", "R4", "1000001");
        // WHEN
        RowReading r = solver.solve(T2, printed, NarrativeHints.none()).get("R1");
        // THEN each reading breaks two identities or more: the row stays unread, nothing is blamed on a guess
        assertThat(r.status()).isEqualTo(RowReading.Status.AMBIGUOUS);
        assertThat(r.alternatives()).containsExactlyInAnyOrder(List.of("51", "0", "0", "0", "0", "0", "5"),
                List.of("5", "10", "0", "0", "0", "0", "5"));
        assertThat(r.reasoning()).startsWith("表内算术关系不能同时成立，可能的分法有2种");
    }

    @Test
    void should_break_a_tie_with_a_narrative_number_and_say_so() {
        // GIVEN 行政规范性文件 "3024" (30|2|4 or 3|0|24) and the narrative's 制发 3
        NarrativeHints hints = hint(TableKind.T1, "norm", "made", 3);
        // WHEN
        RowReading without = solver.solve(T1, rows("norm", "3024"), NarrativeHints.none()).get("norm");
        RowReading with = solver.solve(T1, rows("norm", "3024"), hints).get("norm");
        // THEN
        assertThat(without.status()).isEqualTo(RowReading.Status.AMBIGUOUS);
        assertThat(without.reasoning()).contains("本表没有可据以区分的算术关系");
        assertThat(with.cells()).containsExactly("3", "0", "24");
        assertThat(with.reasoning()).isEqualTo("可能的分法有2种，正文“正文所述”只与这一种相符");
    }

    @Test
    void should_ignore_a_narrative_number_that_fits_no_reading_or_contradicts_a_certain_one() {
        // WHEN
        RowReading none = solver.solve(T1, rows("norm", "3024"), hint(TableKind.T1, "norm", "made", 7)).get("norm");
        RowReading certain = solver.solve(T2, rows("R1", "15130000154"), hint(TableKind.T2, "R1", "TOT", 999)).get("R1");
        // THEN
        assertThat(none.status()).isEqualTo(RowReading.Status.AMBIGUOUS);
        assertThat(certain.cells()).containsExactly("151", "3", "0", "0", "0", "0", "154");
    }

    @Test
    void should_read_signed_changes_and_amounts_of_the_2019_table_1() {
        // WHEN
        Map<String, RowReading> r = solver.solve(T1_2019, rows("license", "1-10", "fee", "00", "procurement", "1973601627.4元"),
                hint(TableKind.T1, "procurement", "items", 197));
        // THEN the sign can only open 本年增/减; the unit stays with the amount
        assertThat(r.get("license").cells()).containsExactly("1", "-1", "0");
        assertThat(r.get("fee").cells()).containsExactly("0", "0");
        assertThat(r.get("procurement").cells()).containsExactly("197", "3601627.4元");
    }

    @Test
    void should_never_put_a_sign_or_a_decimal_point_where_the_column_has_none() {
        // WHEN a count row holds a point, a 2021 row a sign
        RowReading point = solverSolve(T1, rows("reg", "1.50")).get("reg");
        RowReading sign = solverSolve(T1, rows("reg", "1-10")).get("reg");
        // THEN
        assertThat(point.status()).isEqualTo(RowReading.Status.UNSPLITTABLE);
        assertThat(sign.status()).isEqualTo(RowReading.Status.UNSPLITTABLE);
    }

    @Test
    void should_read_table_3_printed_as_one_run() {
        // GIVEN fifteen cells as one run of seventeen digits
        Map<String, PrintedRow> printed = Map.of("RV", PrintedRow.parse("25380363300630003").spanning(3));
        // WHEN
        Map<String, RowReading> r = solver.solve(T3, printed, NarrativeHints.none());
        // THEN
        assertThat(r.get("RV").cells()).containsExactly("25", "3", "8", "0", "36");
        assertThat(r.get("LD").cells()).containsExactly("3", "3", "0", "0", "6");
        assertThat(r.get("LR").cells()).containsExactly("3", "0", "0", "0", "3");
        assertThat(r.get("LD").reasoning()).isEqualTo("全行读作25|3|8|0|36 / 3|3|0|0|6 / 3|0|0|0|3；只有这一种分法使各组总计＝各分项之和");
    }

    @Test
    void should_read_a_pdf_row_where_two_values_touch() {
        // GIVEN three cells printed "22 235" (2|2|235 fails its... table 1 has no total: digits alone)
        RowReading r = solver.solve(T1, rows("norm", "22 235"), NarrativeHints.none()).get("norm");
        // THEN 2|2|235, 22|2|35 and 22|23|5 remain
        assertThat(r.status()).isEqualTo(RowReading.Status.AMBIGUOUS);
        assertThat(r.alternatives()).containsExactly(List.of("2", "2", "235"), List.of("22", "2", "35"), List.of("22", "23", "5"));
    }

    @Test
    void should_tell_a_short_row_from_glued_digits() {
        // WHEN
        Map<String, RowReading> r = solver.solve(T2, rows("R1", "0 0 0 0 0", "R2", "00 01 0 0 0 0"), NarrativeHints.none());
        // THEN five digits cannot fill seven cells; "01" fits no reading
        assertThat(r.get("R1").status()).isEqualTo(RowReading.Status.FEWER_THAN_CELLS);
        assertThat(r.get("R1").cells()).containsExactly("0", "0", "0", "0", "0");
        assertThat(r.get("R2").status()).isEqualTo(RowReading.Status.UNSPLITTABLE);
    }

    @Test
    void should_stay_bounded_on_a_forty_digit_run() {
        // WHEN a run of forty digits is to be seven cells
        RowReading r = solverSolve(T2, rows("R1", "1234567890123456789012345678901234567890")).get("R1");
        // THEN it is unread, never guessed
        assertThat(r.isRead()).isFalse();
    }

    @Test
    void should_reject_keys_that_name_no_row_and_rows_that_overlap() {
        assertThatThrownBy(() -> solver.solve(T2, rows("R9", "0000000"), NarrativeHints.none()))
                .isInstanceOf(IllegalArgumentException.class);
        Map<String, PrintedRow> overlap = new LinkedHashMap<>();
        overlap.put("RV", PrintedRow.parse("0").spanning(2));
        overlap.put("LD", PrintedRow.parse("0"));
        assertThatThrownBy(() -> solver.solve(T3, overlap, NarrativeHints.none())).isInstanceOf(IllegalArgumentException.class);
    }

    private Map<String, RowReading> solverSolve(List<RowSpec> specs, Map<String, PrintedRow> rows) {
        return solver.solve(specs, rows, NarrativeHints.none());
    }
}
