package org.nianbao.audit.parse.section;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nianbao.audit.model.NumberingStyle;
import org.nianbao.audit.model.Section;
import org.nianbao.audit.parse.text.TextLines;

class SectionSplitterTest {
    private final SectionSplitter splitter = new SectionSplitter(new SectionTitles(org.nianbao.audit.engine.formats.ProjectFormats.template().sections()),
            org.nianbao.audit.engine.formats.ProjectFormats.chrome());

    private SectionLayout split(String... lines) {
        return splitter.split(TextLines.of(List.of(lines)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "一、总体情况;1;CHINESE", "一 、总体情况;1;CHINESE", "一、 总体情况 ;1;CHINESE", "一．总体情况;1;CHINESE",
            "3、 收到和处理政府信息公开申请情况;3;ARABIC", "3. 收到和处理政府信息公开申请情况;3;ARABIC",
            "二、主动公开政府信息情况。;2;CHINESE", "（二）主动公开政府信息情况;2;CHINESE_PAREN",
            "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况;4;CHINESE",
            "四、政府信息公开行政复议和行政诉讼情况;4;CHINESE",
            "五、政府信息公开工作存在的主要问题及改进情况;5;CHINESE", "五、存在的问题和改进措施;5;CHINESE",
            "五、政务公开工作存在的主要问题及整改措施;5;CHINESE", "六、其他需要报告的事项;6;CHINESE",
            "一、2023年政府信息公开工作总体情况;1;CHINESE", "二、本年度主动公开政府信息的情况;2;CHINESE",
            "l一、总体情况;1;CHINESE", "I二、主动公开政府信息情况;2;CHINESE", "1三、收到和处理政府信息公开申请情况;3;CHINESE",
            "|四、政府信息公开行政复议、行政诉讼情况;4;CHINESE", "｜五、存在的主要问题及改进情况;5;CHINESE",
            "丨六、其他需要报告的事项;6;CHINESE", "总体情况;1;NONE"})
    void should_recognise_heading_variants(String heading, int number, NumberingStyle style) {
        // GIVEN a heading after one body line
        SectionLayout layout = split("前言", heading, "正文");
        // THEN
        assertThat(layout.sections()).extracting(Section::getNumber, Section::getNumberingStyle, Section::getHeadingLine)
                .containsExactly(tuple(number, style, 2));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"表1 主动公开政府信息情况", "表 2 收到和处理政府信息公开申请情况",
            "表 3 因政府信息公开工作被申请行政复议、提起行政诉讼情况", "一、本年新收政府信息公开申请数量", "三、本年度办理结果",
            "四、结转下年度继续办理", "（一）主动公开情况", "（二）依申请公开政府信息情况", "1、主动公开信息情况", "一是主动公开政府信息情况",
            "本报告内容包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等六部分内容。",
            "'\t主动公开政府信息情况'", "存在问题：主动公开政府信息的数量还需要增加，公开的内容需要进一步细化。"})
    void should_not_take_captions_table_rows_sub_items_or_sentences_for_headings(String line) {
        assertThat(split("前言", line, "正文").sections()).isEmpty();
    }

    @Test
    void should_recognise_markdown_headings_and_keep_the_title_without_marks() {
        SectionLayout layout = split("## 一、总体情况", "**（一）主动公开**", "正文", "**二、主动公开政府信息情况**");
        assertThat(layout.sections()).extracting(Section::getNumber, Section::getHeading, Section::getTitle)
                .containsExactly(tuple(1, "## 一、总体情况", "总体情况"), tuple(2, "**二、主动公开政府信息情况**", "主动公开政府信息情况"));
        assertThat(layout.sections().get(0).getSubItems()).extracting(s -> s.getHeading()).containsExactly("（一）主动公开");
    }

    @Test
    void should_skip_a_preface_listing_the_parts_one_per_line() {
        SectionLayout layout = split("本报告包括：", "一、总体情况", "二、主动公开政府信息情况", "", "三、收到和处理政府信息公开申请情况",
                "一、总体情况", "正文", "二、主动公开政府信息情况", "表", "三、收到和处理政府信息公开申请情况", "表");
        assertThat(layout.sections()).extracting(Section::getHeadingLine).containsExactly(6, 8, 10);
        assertThat(layout.preface().getEndLine()).isEqualTo(5);
    }

    @Test
    void should_keep_consecutive_empty_sections_when_nothing_repeats_them() {
        SectionLayout layout = split("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "正文");
        assertThat(layout.sections()).extracting(Section::getHeadingLine).containsExactly(1, 2, 3);
    }

    @Test
    void should_keep_the_first_heading_of_a_section_and_ignore_a_later_caption_repeating_it() {
        SectionLayout layout = split("四、政府信息公开行政复议、行政诉讼情况", "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况", "表格");
        assertThat(layout.sections()).extracting(Section::getHeadingLine).containsExactly(1);
        assertThat(layout.sections().get(0).getEndLine()).isEqualTo(3);
    }

    @Test
    void should_recognise_an_unnumbered_title_only_between_its_neighbours() {
        // GIVEN 三 lacks numbering; an unnumbered "总体情况" after 二 must not become section 1
        SectionLayout layout = split("一、总体情况", "a", "二、主动公开政府信息情况", "总体情况", "收到和处理政府信息公开申请情况", "b",
                "四、政府信息公开行政复议、行政诉讼情况");
        assertThat(layout.sections()).extracting(Section::getNumber, Section::getNumberingStyle, Section::getHeadingLine)
                .containsExactly(tuple(1, NumberingStyle.CHINESE, 1), tuple(2, NumberingStyle.CHINESE, 3),
                        tuple(3, NumberingStyle.NONE, 5), tuple(4, NumberingStyle.CHINESE, 7));
    }

    @Test
    void should_record_sections_in_document_order_when_they_are_out_of_order() {
        SectionLayout layout = split("二、主动公开政府信息情况", "x", "一、总体情况", "y");
        assertThat(layout.sections()).extracting(Section::getNumber, Section::getPosition).containsExactly(tuple(2, 1), tuple(1, 2));
        assertThat(layout.preface()).isNull();
    }

    @Test
    void should_make_the_whole_document_the_preface_when_no_heading_is_found() {
        SectionLayout layout = split("标题", "正文");
        assertThat(layout.sections()).isEmpty();
        assertThat(layout.preface().getEndLine()).isEqualTo(2);
        assertThat(layout.preface().getBody()).isEqualTo("标题\n正文");
        assertThat(layout.sectionOf()).containsOnly(0);
    }

    @Test
    void should_use_arabic_sub_items_only_when_a_section_has_no_parenthesised_ones() {
        SectionLayout arabic = split("一、总体情况", "1、主动公开信息情况", "正文", "2.依申请公开办理情况", "二、主动公开政府信息情况");
        assertThat(arabic.sections().get(0).getSubItems()).extracting(s -> s.getOrdinal(), s -> s.getHeading())
                .containsExactly(tuple(1, "1、主动公开信息情况"), tuple(2, "2.依申请公开办理情况"));
        SectionLayout paren = split("一、总体情况", "(一)主动公开情况", "1.网站平台信息公开", "（二）依申请公开");
        assertThat(paren.sections().get(0).getSubItems()).extracting(s -> s.getOrdinal()).containsExactly(1, 2);
    }
}
