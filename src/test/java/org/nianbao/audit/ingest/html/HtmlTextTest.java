package org.nianbao.audit.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void should_drop_a_source_line_break_between_two_chinese_characters_as_browsers_do() {
        // GIVEN Word's export wrapping a sentence inside a word, and a break between a digit and a character
        // WHEN / THEN the break between Chinese characters disappears, the other one renders as a space
        assertThat(HtmlText.collapse("本年度制发规章1件、行政规范性文件3件，废\n止行政规范性文件1件")).isEqualTo(
                "本年度制发规章1件、行政规范性文件3件，废止行政规范性文件1件");
        assertThat(HtmlText.collapse("统计期限自2023年\n1月1日")).isEqualTo("统计期限自2023年 1月1日");
    }

    @Test
    void should_collapse_spaces_and_nbsp_and_strip_indents_of_every_kind() {
        assertThat(HtmlText.collapse("\u00a0\u00a0\u00a0 （一）\u00a0\u00a0主动公开  \n")).isEqualTo("（一） 主动公开");
        assertThat(HtmlText.collapse("\u3000\u3000一、总体情况\u3000")).isEqualTo("一、总体情况");
        assertThat(HtmlText.collapse("结果 维持")).isEqualTo("结果 维持");
        assertThat(HtmlText.collapse("规\u200b章\ufeff")).isEqualTo("规章");
    }

    @Test
    void should_join_the_lines_of_a_cell_without_a_gap_between_chinese_and_with_one_between_latin_words() {
        assertThat(HtmlText.joinLines(List.of("自", "然", "人"))).isEqualTo("自然人");
        assertThat(HtmlText.joinLines(List.of("本年收费金额", "(单位：万元)"))).isEqualTo("本年收费金额(单位：万元)");
        assertThat(HtmlText.joinLines(List.of("12", "", "3"))).isEqualTo("12 3");
    }
}
