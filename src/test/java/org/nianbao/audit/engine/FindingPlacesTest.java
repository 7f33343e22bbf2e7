package org.nianbao.audit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nianbao.audit.engine.formats.ProjectFormats;
import org.nianbao.audit.model.TableKind;
import org.nianbao.audit.model.TemplateVersion;

class FindingPlacesTest {
    private final FindingPlaces places = new FindingPlaces(ProjectFormats.template());

    @Test
    void should_label_rows_and_columns_in_the_reports_own_format() {
        assertThat(places.rowLabel(TemplateVersion.V2021, TableKind.T2, "R3_3_1")).isEqualTo("（三）不予公开 1.属于国家秘密");
        assertThat(places.columnLabel(TemplateVersion.V2021, TableKind.T1, "reg", "made")).isEqualTo("本年制发件数");
        assertThat(places.columnLabel(TemplateVersion.V2019, TableKind.T1, "reg", "new_public")).isEqualTo("本年新公开数量");
        assertThat(places.rowLabel(TemplateVersion.V2019, TableKind.T1, "norm")).isEqualTo("规范性文件");
        assertThat(places.rowLabel(TemplateVersion.V2021, TableKind.T1, "norm")).isEqualTo("行政规范性文件");
    }

    @Test
    void should_label_summed_cells_in_every_spelling_and_keep_unknown_keys() {
        assertThat(places.cellLabel(TemplateVersion.V2021, TableKind.T2, "R3_1.TOT=")).isEqualTo("（一）予以公开 · 总计");
        assertThat(places.cellLabel(TemplateVersion.V2021, null, "T2.R1.NP=5")).isEqualTo("一、本年新收政府信息公开申请数量 · 自然人");
        assertThat(places.cellLabel(TemplateVersion.V2021, null, "RV.total=2")).isEqualTo("行政复议 · 总计");
        assertThat(places.cellLabel(TemplateVersion.V2021, TableKind.T2, "R9.XX=1")).isEqualTo("R9 · XX");
        assertThat(places.cellLabel(TemplateVersion.V2021, TableKind.T2, "garbled")).isEqualTo("garbled");
    }
}
