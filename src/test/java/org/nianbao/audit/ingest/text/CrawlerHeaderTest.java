package org.nianbao.audit.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nianbao.audit.document.PageFacts;
import org.nianbao.audit.model.SourceSpan;

class CrawlerHeaderTest {
    private static final List<String> HEADER = List.of(
            "标题: 平潭综合实验区公安局2024年政府信息公开工作年度报告",
            "发布时间: 2025-01-20 17:39",
            "文号: ",
            "发布机构: 区公安局",
            "栏目: 政府信息公开年报",
            "原文链接: https://www.pingtan.gov.cn/zwgk/t20250120_96806.htm",
            "本地目录: zwgk/zfxxgk/96806_平潭综合实验区公安局2024年政府信息公开工作年度报告",
            "页面链接与图片详见 links.tsv(同目录)",
            "==================== 正文 ====================",
            "本报告根据……编制。");

    @Test
    void should_read_the_page_facts_of_a_crawler_header_and_start_the_body_after_its_separator() {
        // GIVEN a crawler's header block WHEN
        Optional<CrawlerHeader.Header> header = CrawlerHeader.read(HEADER);
        // THEN title, date, publisher and link are page facts with their places, and the body starts after 正文
        assertThat(header).isPresent();
        PageFacts page = header.get().page();
        assertThat(page.title().value()).isEqualTo("平潭综合实验区公安局2024年政府信息公开工作年度报告");
        assertThat(page.title().span()).isEqualTo(SourceSpan.textLine(1, 5));
        assertThat(page.published().value()).isEqualTo("2025-01-20 17:39");
        assertThat(page.published().evidence()).isEqualTo("发布时间: 2025-01-20 17:39");
        assertThat(page.publisher().value()).isEqualTo("区公安局");
        assertThat(page.url().value()).isEqualTo("https://www.pingtan.gov.cn/zwgk/t20250120_96806.htm");
        assertThat(page.indexNumber()).isNull();
        assertThat(header.get().bodyStart()).isEqualTo(9);
    }

    @Test
    void should_not_take_a_report_whose_first_line_reads_like_a_field_for_a_header() {
        // GIVEN a report that starts with 标题： but has no crawler header around it
        List<String> report = List.of("标题：平潭综合实验区公安局2024年政府信息公开工作年度报告", "", "一、总体情况", "2024年，我局……");
        // WHEN / THEN
        assertThat(CrawlerHeader.read(report)).isEmpty();
        assertThat(CrawlerHeader.read(List.of("一、总体情况", "标题: x"))).isEmpty();
    }

    @Test
    void should_accept_a_header_without_separator_when_it_names_the_page_link() {
        // GIVEN title and link fields, then the text at once
        List<String> lines = List.of("标题：某局2023年政府信息公开工作年度报告", "原文链接：http://x.gov.cn/a.htm", "根据《条例》……");
        // WHEN
        Optional<CrawlerHeader.Header> header = CrawlerHeader.read(lines);
        // THEN
        assertThat(header).map(CrawlerHeader.Header::bodyStart).contains(2);
    }
}
