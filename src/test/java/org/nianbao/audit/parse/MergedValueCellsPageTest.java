package org.nianbao.audit.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;
import org.nianbao.audit.engine.AuditEngine;
import org.nianbao.audit.engine.cases.SharedRuleBook;
import org.nianbao.audit.engine.formats.ProjectFormats;
import org.nianbao.audit.model.AnnualReport;
import org.nianbao.audit.model.StatTable;
import org.nianbao.audit.model.TableKind;
import org.nianbao.audit.model.TableRow;
import org.nianbao.audit.model.finding.Finding;

/**
 * 上海市人民政府办公厅 2019 as a web page (fixtures/html/2019_shanghai_merged_value_cells.html): value cells spanning
 * two grid columns and rows of empty cells, read as the page shows them.
 */
class MergedValueCellsPageTest {
    private static final Path PAGE = Path.of("fixtures/html/2019_shanghai_merged_value_cells.html");

    private static AnnualReport parse() {
        return ProjectFormats.parser().parse(ProjectFormats.ingestor().read(PAGE, PAGE.toString()));
    }

    private static String row(AnnualReport report, TableKind kind, String key) {
        StatTable table = report.getTables().stream().filter(t -> t.getKind() == kind).findFirst().orElseThrow();
        TableRow row = table.getRows().stream().filter(r -> r.getKey().equals(key)).findFirst().orElseThrow();
        StringJoiner j = new StringJoiner("|");
        row.getCells().forEach(c -> j.add(c.getRaw()));
        return j.toString();
    }

    @Test
    void should_read_a_value_spanning_two_grid_columns_as_one_cell() {
        // GIVEN table 1 of the 2019 template, 本年新公开数量 / 上一年项目数量 / 采购总金额 each over two grid columns
        // WHEN
        AnnualReport report = parse();
        // THEN every row has the template's cells, in the columns the page shows
        assertThat(List.of(row(report, TableKind.T1, "reg"), row(report, TableKind.T1, "norm"), row(report, TableKind.T1, "license"),
                row(report, TableKind.T1, "fee"), row(report, TableKind.T1, "procurement")))
                .containsExactly("13|13|524", "60|60|368", "0|0|0", "0|0", "6|251000元");
    }

    @Test
    void should_read_a_row_of_empty_cells_as_blanks_and_charge_only_what_the_page_leaves_blank() {
        // WHEN
        AnnualReport report = parse();
        List<Finding> findings = new AuditEngine(SharedRuleBook.get()).evaluate(report).findings();
        // THEN 2.其他法律行政法规禁止公开 has its seven cells, all blank, and 予以公开 its blank 总计
        assertThat(row(report, TableKind.T2, "R3_3_2")).isEqualTo("||||||");
        assertThat(row(report, TableKind.T2, "R3_1")).isEqualTo("258|12|||1|1|");
        assertThat(row(report, TableKind.T3, "LD")).isEqualTo("8|||1|9");
        // and no row is called short, no cell misplaced; the blanks and blank totals are the agency's
        assertThat(findings).extracting(Finding::getRule).doesNotContain("TBL-CELLS", "XR-BLANK-NARR", "TBL-ROWS")
                .contains("TBL-BLANK", "TBL-BLANK-TOTAL", "XR-UPHELD");
    }
}
