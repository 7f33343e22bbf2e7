package org.nianbao.audit.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.audit.model.finding.Category;
import org.nianbao.audit.model.finding.Finding;
import org.nianbao.audit.model.finding.Severity;

class TableLabelsTest {
    private static Finding.Builder finding() {
        return Finding.builder().rule("X").category(Category.ARITHMETIC).severity(Severity.ERROR).title("t")
                .message("m").basis("b");
    }

    @Test
    void should_name_the_table_row_and_column_by_the_labels_the_finding_carries() {
        Finding f = finding().table("T2").row("R3_1").column("NP").rowLabel("（一）予以公开").columnLabel("自然人").build();
        assertThat(TableLabels.place(f)).isEqualTo("表二 （一）予以公开 行 · 自然人 列");
        assertThat(TableLabels.place(finding().table("T1").build())).isEqualTo("表一");
    }

    @Test
    void should_show_codes_without_labels_as_they_are() {
        assertThat(TableLabels.place(finding().table("T9").row("R9").column("XX").build())).isEqualTo("T9 R9 行 · XX 列");
        assertThat(TableLabels.table("T9")).isEqualTo("T9");
    }

    @Test
    void should_list_cells_by_their_labels_with_blank_values_named() {
        Finding f = finding().cells(List.of("R3_1.TOT=", "T2.R1.NP=5", "garbled"))
                .cellLabels(List.of("（一）予以公开 · 总计", "一、本年新收政府信息公开申请数量 · 自然人", "garbled")).build();
        assertThat(TableLabels.cells(f)).containsExactly("（一）予以公开 · 总计：空白",
                "一、本年新收政府信息公开申请数量 · 自然人：5", "garbled");
    }
}
