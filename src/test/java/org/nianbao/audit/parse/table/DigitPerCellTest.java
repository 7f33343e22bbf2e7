package org.nianbao.audit.parse.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.audit.parse.table.TableAssertions.problems;
import static org.nianbao.audit.parse.table.TableAssertions.values;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nianbao.audit.model.ProblemCode;
import org.nianbao.audit.model.TableKind;

/** A run of glued digits with exactly one digit per cell is read; any other run is left to the arithmetic. */
class DigitPerCellTest {
    private final TableParser parser = new TableParser();

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
            "0　0　0 0 0 0 0;0|0|0|0|0|0|0",
            "8 0 0 0 0 0 8;8|0|0|0|0|0|8"})
    void should_read_one_digit_per_cell_when_the_digits_count_the_cells(String printed, String cells) {
        // GIVEN a row printed as one run of digits, seven digits for seven cells WHEN
        TableParseResult r = parseRow(printed);
        // THEN each digit is a cell and nothing was guessed
        assertThat(String.join("|", values(r, TableKind.T2, "R1"))).isEqualTo(cells);
        assertThat(problems(r, ProblemCode.CELLS_UNSEPARATED)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"1400000 14", "190000019", "15130000154", "1-10"})
    void should_leave_a_run_with_more_digits_than_cells_unresolved(String printed) {
        // GIVEN nine or more digits for seven cells (or signs between digits) WHEN
        TableParseResult r = parseRow(printed);
        // THEN the row's cells stay unread and the run is an extraction problem quoting it
        assertThat(values(r, TableKind.T2, "R1")).isEmpty();
        assertThat(problems(r, ProblemCode.CELLS_UNSEPARATED)).singleElement()
                .satisfies(p -> assertThat(p.getQuote()).isEqualTo(printed));
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
        // GIVEN table 1 of 2019 with 上一年 1, 增减 -1, 决定 0 printed "1-10"
        TableParseResult r = parser.parse(FixtureLines.of("| 第二十条第（一）项 | |\n| 第二十条第（五）项 | |\n| 信息内容 | |\n| 上一年项目数量 | |\n"
                + "| 本年增/减 | |\n| 处理决定数量 | |\n| 行政许可 | 1-10 |\n"));
        // WHEN / THEN
        assertThat(values(r, TableKind.T1, "license")).isEmpty();
        assertThat(problems(r, ProblemCode.CELLS_UNSEPARATED)).singleElement()
                .satisfies(p -> assertThat(p.getRowKey()).isEqualTo("license"));
        assertThat(problems(r, ProblemCode.ROW_CELL_COUNT)).isEmpty();
    }
}
