package org.nianbao.audit.parse.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nianbao.audit.model.AgencyKind;
import org.nianbao.audit.model.FormatCitation;
import org.nianbao.audit.model.FormatDocument;
import org.nianbao.audit.model.ReportMetadata;
import org.nianbao.audit.model.TextLine;
import org.nianbao.audit.parse.text.TextLines;

class MetadataExtractorTest {
    private final MetadataExtractor extractor = new MetadataExtractor(org.nianbao.audit.engine.formats.ProjectFormats.chrome());

    private ReportMetadata extract(String... text) {
        List<TextLine> lines = TextLines.of(List.of(text));
        return extractor.extract(lines, lines, org.nianbao.audit.document.PageFacts.NONE);
    }

    @Test
    void should_join_a_title_broken_over_lines_and_spaces() {
        ReportMetadata m = extract("", "景德镇市科学技术局 2023 年政府信息", "", "公开 工作年度报告", "正文。");
        assertThat(m.getTitle()).isEqualTo("景德镇市科学技术局2023年政府信息公开工作年度报告");
        assertThat(m.getTitleLine()).isEqualTo(2);
        assertThat(m.getAgency()).isEqualTo("景德镇市科学技术局");
        assertThat(m.getYear()).isEqualTo(2023);
    }

    @Test
    void should_skip_breadcrumbs_and_a_yearless_column_name_before_the_real_title() {
        ReportMetadata m = extract("当前位置：首页 > 政府信息公开 > 政府信息公开年度报告", "2024-01-20", "政府信息公开年度报告",
                "某县交通运输局2023年政府信息公开工作年度报告");
        assertThat(m.getTitle()).isEqualTo("某县交通运输局2023年政府信息公开工作年度报告");
        assertThat(m.getTitleLine()).isEqualTo(4);
        assertThat(m.getPublished()).isEqualTo(LocalDate.of(2024, 1, 20));
    }

    @Test
    void should_strip_markdown_marks_and_accept_a_trailing_note() {
        ReportMetadata m = extract("# 某市人民政府2023年政府信息公开工作年度报告（全文）");
        assertThat(m.getTitle()).isEqualTo("某市人民政府2023年政府信息公开工作年度报告（全文）");
        assertThat(m.getAgency()).isEqualTo("某市人民政府");
        assertThat(m.getAgencyKind()).isEqualTo(AgencyKind.PEOPLES_GOVERNMENT);
    }

    @Test
    void should_read_the_agency_after_the_year_when_the_title_starts_with_it() {
        ReportMetadata m = extract("2023年度某县人民政府政府信息公开工作年度报告");
        assertThat(m.getAgency()).isEqualTo("某县人民政府");
        assertThat(m.getYear()).isEqualTo(2023);
    }

    @Test
    void should_not_take_a_sentence_quoting_the_format_document_for_the_title() {
        ReportMetadata m = extract("本报告依据《中华人民共和国政府信息公开工作年度报告格式》编制。");
        assertThat(m.getTitle()).isNull();
        assertThat(m.getAgency()).isNull();
        assertThat(m.getYear()).isNull();
    }

    @Test
    void should_fall_back_to_the_statistical_period_for_the_year() {
        ReportMetadata m = extract("政府信息公开工作年度报告", "本报告统计期限为2021年1月1日至2021年12月31日。");
        assertThat(m.getYear()).isEqualTo(2021);
        assertThat(m.getAgency()).isNull();
        assertThat(m.getPeriod().getRaw()).isEqualTo("统计期限为2021年1月1日至2021年12月31日");
    }

    @Test
    void should_never_join_a_page_header_line_into_a_title_without_year() {
        // GIVEN a year-less title right below a labelled publication date
        // WHEN
        ReportMetadata m = extract("发布日期：2024-01-20", "政府信息公开工作年度报告", "正文。");
        // THEN the header stays out of the title and its date gives no year
        assertThat(m.getTitle()).isEqualTo("政府信息公开工作年度报告");
        assertThat(m.getTitleLine()).isEqualTo(2);
        assertThat(m.getYear()).isNull();
        assertThat(m.getPublished()).isEqualTo(LocalDate.of(2024, 1, 20));
    }

    @Test
    void should_never_join_other_page_header_fields_into_a_title() {
        // GIVEN 来源 / 发文机关 / 索引号 fields above a year-less title broken over two lines
        // WHEN
        ReportMetadata m = extract("来源：某县人民政府办公室", "发文机关：某县人民政府", "某县交通运输局政府信息", "公开工作年度报告");
        // THEN only the title's own lines are joined
        assertThat(m.getTitle()).isEqualTo("某县交通运输局政府信息公开工作年度报告");
        assertThat(m.getTitleLine()).isEqualTo(3);
        assertThat(m.getYear()).isNull();
    }

    @Test
    void should_read_no_agency_and_kind_other_from_a_title_with_only_a_year() {
        // GIVEN a title naming no agency
        // WHEN
        ReportMetadata m = extract("2023年政府信息公开工作年度报告");
        // THEN the 政府 of 政府信息公开 is not taken for a people's government
        assertThat(m.getYear()).isEqualTo(2023);
        assertThat(m.getAgency()).isNull();
        assertThat(m.getAgencyKind()).isEqualTo(AgencyKind.OTHER);
    }

    @Test
    void should_read_a_period_with_an_impossible_day_as_unknown_dates() {
        ReportMetadata m = extract("统计期限自2023年2月30日起至2023年12月31日止");
        assertThat(m.getPeriod().getFrom()).isNull();
        assertThat(m.getPeriod().getTo()).isEqualTo(LocalDate.of(2023, 12, 31));
    }

    @Test
    void should_prefer_a_labelled_publication_date_in_the_page_header() {
        ReportMetadata m = extract("索引号：11360983MB1714281P/2024-00012", "生成日期：2024-01-02", "发布日期：2024-01-15 09:30",
                "某县科学技术局2023年政府信息公开工作年度报告");
        assertThat(m.getIndexNumber()).isEqualTo("11360983MB1714281P/2024-00012");
        assertThat(m.getPublished()).isEqualTo(LocalDate.of(2024, 1, 15));
        assertThat(m.getPublishedLine()).isEqualTo(3);
    }

    @Test
    void should_read_labels_written_with_spaces_and_without_colon() {
        ReportMetadata m = extract("索 引 号 014178678/2023-00002", "发布日期 2023-01-20", "张家港市科技局2022年政府信息公开工作年度报告");
        assertThat(m.getIndexNumber()).isEqualTo("014178678/2023-00002");
        assertThat(m.getPublished()).isEqualTo(LocalDate.of(2023, 1, 20));
    }

    @Test
    void should_read_a_publication_date_printed_right_below_the_title() {
        ReportMetadata m = extract("某县科学技术局2023年政府信息公开工作年度报告", "发布日期：2024-04-15", "一、总体情况");
        assertThat(m.getPublished()).isEqualTo(LocalDate.of(2024, 4, 15));
        assertThat(m.getPublishedLine()).isEqualTo(2);
        assertThat(extract("某县科学技术局2023年政府信息公开工作年度报告", "", "2024-01-20").getPublished())
                .isEqualTo(LocalDate.of(2024, 1, 20));
    }

    @Test
    void should_read_the_time_a_site_prints_beside_the_source_under_the_title() {
        // GIVEN a page printed to PDF: 来源 and 时间 on one line under the title
        ReportMetadata m = extract("平潭综合实验区行政审批局2025年政府信息公开工作年度报告", "来源：区行政审批局 时间：2026-01-30 16:07",
                "一、总体情况");
        // THEN the time is the publication date, and the line is no part of the title
        assertThat(m.getPublished()).isEqualTo(LocalDate.of(2026, 1, 30));
        assertThat(m.getPublishedLine()).isEqualTo(2);
        assertThat(m.getTitle()).isEqualTo("平潭综合实验区行政审批局2025年政府信息公开工作年度报告");
        // AND a 时间 inside prose under the title is no date of the page
        assertThat(extract("某县科学技术局2023年政府信息公开工作年度报告", "办理时间：工作日9:00-17:00", "一、总体情况").getPublished())
                .isNull();
    }

    @Test
    void should_ignore_dates_after_the_first_line_of_text_below_the_title() {
        ReportMetadata m = extract("某县科学技术局2023年政府信息公开工作年度报告", "本报告依据条例编制。", "2024-01-20");
        assertThat(m.getPublished()).isNull();
    }

    @Test
    void should_fall_back_on_the_page_facts_when_the_text_prints_no_date() {
        List<TextLine> lines = TextLines.of(List.of("某县科学技术局2023年政府信息公开工作年度报告", "正文。"));
        org.nianbao.audit.document.PageFacts page = new org.nianbao.audit.document.PageFacts(null,
                new org.nianbao.audit.document.PageFacts.Field("2024-01-30 16:07", "PubDate",
                        org.nianbao.audit.model.SourceSpan.NONE), null, null, null);
        ReportMetadata m = extractor.extract(lines, lines, page);
        assertThat(m.getPublished()).isEqualTo(LocalDate.of(2024, 1, 30));
        assertThat(m.getPublishedLine()).isZero();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "（国办公开办函〔2021〕30号）;GB2021_30;false;国办公开办函〔2021〕30号",
            "国办公开办函 〔2019〕 60 号;GB2019_60;false;国办公开办函 〔2019〕 60 号",
            "(国办公开办函﹝201960号);GB2019_60;true;国办公开办函﹝201960号",
            "国办公开办函﹝2021﹞30号;GB2021_30;true;国办公开办函﹝2021﹞30号",
            "国办公开办函【2021】30号;GB2021_30;true;国办公开办函【2021】30号",
            "国办公开办函[2019]60号;GB2019_60;true;国办公开办函[2019]60号",
            "国办公开办函（2021）30号;GB2021_30;true;国办公开办函（2021）30号",
            "国办公开办函〔2021〕第30号;GB2021_30;false;国办公开办函〔2021〕第30号",
            "國辦公開辦函〔202130;UNKNOWN;true;x",
            "国办公开办函〔202130;GB2021_30;true;国办公开办函〔202130",
            "国办公开办函〔2020〕5号;UNKNOWN;false;国办公开办函〔2020〕5号"})
    void should_read_format_citations_and_their_garbling(String text, String document, boolean garbled, String raw) {
        List<FormatCitation> citations = extract(text).getCitations();
        if (text.startsWith("國")) {
            assertThat(citations).isEmpty();
            return;
        }
        assertThat(citations).extracting(FormatCitation::getDocument, FormatCitation::isGarbled, FormatCitation::getRaw)
                .containsExactly(tuple(FormatDocument.valueOf(document), garbled, raw));
    }

    @Test
    void should_find_every_citation_of_a_line() {
        assertThat(extract("依据国办公开办函〔2019〕60号和国办公开办函〔2021〕30号").getCitations())
                .extracting(FormatCitation::getDocument).containsExactly(FormatDocument.GB2019_60, FormatDocument.GB2021_30);
    }
}
