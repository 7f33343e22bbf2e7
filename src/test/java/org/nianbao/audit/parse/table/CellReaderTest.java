package org.nianbao.audit.parse.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nianbao.audit.model.CellKind;

class CellReaderTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0|NUMBER|0", "\u00a00 |NUMBER|0", "22|NUMBER|22", "1.25|NUMBER|1.25", "+1036|NUMBER|1036",
            "-3|NUMBER|-3", "251000元|NUMBER|251000", "1,036|NUMBER|1036", "１２|NUMBER|12",
            "/|NA|", "／|NA|", "—|NA|", "-|NA|", "无|NA|", "不适用|NA|",
            "未统计|TEXT|", "1,0|TEXT|", "1.|TEXT|", "12 3405|TEXT|", "1.2.3|TEXT|", "-0.5|NUMBER|-0.5", "12a|TEXT|", "1,036.5|NUMBER|1036.5"})
    void should_read_cells_as_printed(String raw, CellKind kind, String value) {
        // GIVEN a printed cell WHEN read
        CellReader.Reading r = CellReader.read(raw);
        // THEN
        assertThat(r.kind()).isEqualTo(kind);
        if (value == null) {
            assertThat(r.value()).isNull();
        } else {
            assertThat(r.value()).isEqualByComparingTo(value);
        }
    }

    @Test
    void should_read_an_empty_cell_as_blank_not_zero() {
        // GIVEN / WHEN / THEN
        assertThat(CellReader.read("").kind()).isEqualTo(CellKind.BLANK);
        assertThat(CellReader.read(" \u3000").kind()).isEqualTo(CellKind.BLANK);
    }

    @Test
    void should_flag_leading_zeros_as_glued_digits() {
        // GIVEN counts are never printed with leading zeros THEN
        assertThat(CellReader.hasLeadingZero("0000000")).isTrue();
        assertThat(CellReader.hasLeadingZero("05")).isTrue();
        assertThat(CellReader.hasLeadingZero("0")).isFalse();
        assertThat(CellReader.hasLeadingZero("0.50")).isFalse();
        assertThat(CellReader.hasLeadingZero("10")).isFalse();
    }
}
