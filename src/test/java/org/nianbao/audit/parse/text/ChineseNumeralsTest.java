package org.nianbao.audit.parse.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumeralsTest {
    @ParameterizedTest
    @CsvSource({"一, 1", "两, 2", "十, 10", "十二, 12", "二十, 20", "二十三, 23", "一百零五, 105", "一百一十, 110",
            "两千零三十, 2030", "一万二千, 12000", "三〇, 30", "零, 0", "件, -1", "'', -1"})
    void should_read_chinese_numerals(String text, long expected) {
        assertThat(ChineseNumerals.value(text)).isEqualTo(expected);
    }
}
