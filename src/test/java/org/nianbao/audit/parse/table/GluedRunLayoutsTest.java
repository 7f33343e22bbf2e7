package org.nianbao.audit.parse.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.audit.parse.table.TableAssertions.problems;
import static org.nianbao.audit.parse.table.TableAssertions.values;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nianbao.audit.engine.formats.ProjectFormats;
import org.nianbao.audit.model.Cell;
import org.nianbao.audit.model.ProblemCode;
import org.nianbao.audit.model.TableKind;

/** Runs of glued digits as crawlers print them, read by the table's own arithmetic and never where the layout draws cells. */
class GluedRunLayoutsTest {
    private final TableParser parser = new TableParser(ProjectFormats.template());

    private TableParseResult parseRow(String printedValues) {
        return parser.parse(FixtureLines.of("| 第二十条第（一）项 | |\n| 信息内容 | |\n| 规章 | 0 0 0 |\n"
                + "| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | |\n"
                + "| 一、本年新收政府信息公开申请数量 | " + printedValues + " |\n"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "4000004;4|0|0|0|0|0|4",
            "20 0 0 0 02;2|0|0|0|0|0|2",
            "0 0 00000;0|0|0|0|0|0|0",
            "1400000 14;14|0|0|0|0|0|14",
            "190000019;19|0|0|0|0|0|19",
            "15130000154;151|3|0|0|0|0|154"})
    void should_read_a_glued_row_its_digits_or_its_total_leave_one_reading_of(String printed, String cells) {
        // GIVEN a row printed as one run of digits WHEN
        TableParseResult r = parseRow(printed);
        // THEN the one reading is read, marked reconstructed, and nothing is reported unread
        assertThat(String.join("|", values(r, TableKind.T2, "R1"))).isEqualTo(cells);
        assertThat(r.tables().stream().filter(t -> t.getKind() == TableKind.T2).findFirst().orElseThrow()
                .row("R1").orElseThrow().getCells()).allMatch(Cell::isReconstructed);
        assertThat(problems(r, ProblemCode.CELLS_UNSEPARATED)).isEmpty();
    }

    @Test
    void should_read_values_separated_by_ideographic_spaces_as_printed() {
        TableParseResult r = parseRow("0　0　0 0 0 0 0");
        assertThat(values(r, TableKind.T2, "R1")).containsExactly("0", "0", "0", "0", "0", "0", "0");
        assertThat(r.tables().stream().filter(t -> t.getKind() == TableKind.T2).findFirst().orElseThrow()
                .row("R1").orElseThrow().getCells()).noneMatch(Cell::isReconstructed);
    }

    @Test
    void should_not_split_a_value_whose_cells_the_layout_draws() {
        // GIVEN a pipe row whose empty fields show the table's seven cells, one of them holding 1000001
        TableParseResult r = parser.parse(FixtureLines.of("| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | | | | | | | |\n"
                + "| 一、本年新收政府信息公开申请数量 | 1000001 | | | | | | |\n"
                + "| 二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"));
        // WHEN / THEN the cells stay as drawn: one value and six blanks
        assertThat(values(r, TableKind.T2, "R1")).containsExactly("1000001", "BLANK", "BLANK", "BLANK", "BLANK", "BLANK", "BLANK");
    }

    @Test
    void should_read_glued_signed_values_as_glued_not_as_text() {
        // GIVEN table 1 of 2019 with 上一年 1, 增减 -1, 决定 0 printed "1-10" in a table 2 column that allows no sign
        TableParseResult r = parseRow("1-10");
        // WHEN / THEN no reading: the row stays unread as an extraction problem, never a text cell
        assertThat(values(r, TableKind.T2, "R1")).isEmpty();
        assertThat(problems(r, ProblemCode.CELLS_UNSEPARATED)).singleElement()
                .satisfies(p -> assertThat(p.getRowKey()).isEqualTo("R1"));
        assertThat(problems(r, ProblemCode.ROW_CELL_COUNT)).isEmpty();
    }
}
