package org.nianbao.audit.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TableLabelsTest {
    @Test
    void should_name_a_place_by_the_template_labels() {
        assertThat(TableLabels.place("2021", "T2", "R3_1", "NP")).isEqualTo("表二 （一）予以公开 行 · 自然人 列");
        assertThat(TableLabels.place("2021", "T1", "fee", null)).isEqualTo("表一 行政事业性收费 行");
        assertThat(TableLabels.place(null, "T3", "LD", "upheld")).isEqualTo("表三 未经复议直接起诉 行 · 结果维持 列");
        assertThat(TableLabels.place("2021", "T1", null, null)).isEqualTo("表一");
    }

    @Test
    void should_name_a_numbered_sub_row_with_its_group() {
        assertThat(TableLabels.row("2021", "T2", "R3_3_1")).isEqualTo("（三）不予公开 1.属于国家秘密");
    }

    @Test
    void should_take_table_1_columns_from_the_row_and_the_format() {
        assertThat(TableLabels.column("2021", "T1", "reg", "made")).isEqualTo("本年制发件数");
        assertThat(TableLabels.column("2019", "T1", "reg", "new_public")).isEqualTo("本年新公开数量");
        assertThat(TableLabels.row("2019", "T1", "norm")).isEqualTo("规范性文件");
        assertThat(TableLabels.row("2021", "T1", "norm")).isEqualTo("行政规范性文件");
    }

    @Test
    void should_read_summed_cells_with_their_values_and_blanks() {
        assertThat(TableLabels.cell("2021", "T2", "R3_1.TOT=")).isEqualTo("（一）予以公开 · 总计：空白");
        assertThat(TableLabels.cell("2021", null, "T2.R1.NP=5")).isEqualTo("一、本年新收政府信息公开申请数量 · 自然人：5");
        assertThat(TableLabels.cell("2021", null, "RV.total=2")).isEqualTo("行政复议 · 总计：2");
    }

    @Test
    void should_show_unknown_codes_as_they_are() {
        assertThat(TableLabels.cell("2021", "T2", "R9.XX=1")).isEqualTo("R9 · XX：1");
        assertThat(TableLabels.cell("2021", "T2", "garbled")).isEqualTo("garbled");
        assertThat(TableLabels.table("T9")).isEqualTo("T9");
    }
}
