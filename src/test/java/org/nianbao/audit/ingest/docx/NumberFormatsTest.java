package org.nianbao.audit.ingest.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NumberFormatsTest {
    @ParameterizedTest
    @CsvSource({"chineseCounting,1,一", "chineseCounting,10,十", "chineseCounting,11,十一", "chineseCounting,20,二十",
        "chineseCountingThousand,101,一百零一", "chineseCountingThousand,110,一百一十", "chineseCountingThousand,1010,一千零一十",
        "chineseLegalSimplified,11,壹拾壹", "ideographDigital,10,一〇", "ideographTraditional,3,丙", "ideographZodiac,13,子",
        "decimalEnclosedCircle,3,③", "decimalEnclosedParen,2,⑵", "decimalEnclosedFullstop,1,⒈", "decimalEnclosedCircle,21,21",
        "decimalFullWidth,12,１２", "upperRoman,14,XIV", "lowerLetter,27,aa", "decimalZero,7,07", "ordinal,22,22nd",
        "bullet,1,''", "unknownFormat,5,5"})
    void should_print_a_counter_as_word_does(String format, int n, String expected) {
        // GIVEN a numbering format and a counter WHEN / THEN
        assertThat(NumberFormats.format(format, n)).isEqualTo(expected);
    }

    @Test
    void should_join_cjk_pieces_without_spaces_and_latin_pieces_with_one() {
        // GIVEN pieces of a cell WHEN joined THEN Chinese closes up, numbers stay apart
        assertThat(CjkJoin.join(List.of("三", "、", "本", "年", "度"))).isEqualTo("三、本年度");
        assertThat(CjkJoin.join(List.of("（二）部分公开", "（区分处理的）"))).isEqualTo("（二）部分公开（区分处理的）");
        assertThat(CjkJoin.join(List.of("12", "3"))).isEqualTo("12 3");
        assertThat(CjkJoin.join(List.of("结果", " ", "维持"))).isEqualTo("结果维持");
        assertThat(CjkJoin.joinLines("2023年\n度报告")).isEqualTo("2023年度报告");
    }
}
