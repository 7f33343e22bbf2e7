package org.nianbao.audit.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.audit.document.Block;
import org.nianbao.audit.document.Document;
import org.nianbao.audit.document.GridCell;
import org.nianbao.audit.document.TableBlock;
import org.nianbao.audit.document.TextBlock;
import org.nianbao.audit.model.SourceSpan;

class FlattenedBodyTest {
    private static final String BODY = "根据《中华人民共和国政府信息公开条例》要求编制本报告。本报告所列数据的统计期限自2025年1月1日起至2025年12月31日止。"
            + "一、总体情况2025年，区行政审批局坚持……。（一）主动公开情况。紧紧围绕深化改革。（二）依申请公开情况。共收到申请6件。"
            + "二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件5845546"
            + "第二十条第（五）项信息内容本年处理决定数量行政许可0第二十条第（六）项信息内容本年处理决定数量行政处罚0行政强制0"
            + "第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费0"
            + "三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况自然人"
            + "法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他一、本年新收政府信息公开申请数量1400000 14"
            + "二、上年结转政府信息公开申请数量0000000三、本年度办理结果（一）予以公开0000000（四）无法提供"
            + "1.本机关不掌握相关政府信息10000012.没有现成信息需要另行制作0　0　0 0 0 0 0（七）总计6000006"
            + "四、结转下年度继续办理0000000四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计"
            + "未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计000000000000000"
            + "五、存在的主要问题及改进情况2025年，我局……。六、其他需要报告的事项本年度没有产生信息公开处理费。";

    private static Document read(String... lines) {
        return org.nianbao.audit.engine.formats.ProjectFormats.textDocument("body.txt", List.of(lines));
    }

    private static List<String> headings(Document doc) {
        return doc.blocks().stream().filter(b -> b instanceof TextBlock t && t.kind() == TextBlock.Kind.HEADING)
                .map(b -> ((TextBlock) b).text()).toList();
    }

    private static List<TableBlock> tables(Document doc) {
        return doc.blocks().stream().filter(TableBlock.class::isInstance).map(TableBlock.class::cast).toList();
    }

    private static List<String> rows(TableBlock t) {
        List<String> out = new ArrayList<>();
        for (List<GridCell> row : t.grid().rows()) {
            out.add(String.join(" | ", row.stream().map(GridCell::text).toList()));
        }
        return out;
    }

    @Test
    void should_cut_a_body_on_one_line_into_its_six_section_headings() {
        // GIVEN a report body on one line WHEN
        Document doc = read(BODY);
        // THEN each section heading is a block of its own, the title words only
        assertThat(headings(doc)).containsExactly("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项");
    }

    @Test
    void should_cut_sub_heads_and_sentences_into_paragraphs_with_their_line_and_column() {
        // GIVEN / WHEN
        Document doc = read(BODY);
        List<TextBlock> paragraphs = doc.blocks().stream().filter(b -> b instanceof TextBlock t && t.kind() == TextBlock.Kind.PARAGRAPH)
                .map(TextBlock.class::cast).toList();
        // THEN
        assertThat(paragraphs).extracting(TextBlock::text).startsWith("根据《中华人民共和国政府信息公开条例》要求编制本报告。",
                "本报告所列数据的统计期限自2025年1月1日起至2025年12月31日止。", "2025年，区行政审批局坚持……。",
                "（一）主动公开情况。", "紧紧围绕深化改革。", "（二）依申请公开情况。", "共收到申请6件。");
        assertThat(paragraphs.get(1).span()).isEqualTo(SourceSpan.textLine(1, BODY.indexOf("本报告所列") + 1));
    }

    @Test
    void should_emit_the_three_tables_as_label_and_value_text_rows() {
        // GIVEN / WHEN
        List<TableBlock> tables = tables(read(BODY));
        // THEN values stay as printed (glued, spaced, U+3000), a label's own number goes to the label
        assertThat(tables).hasSize(3);
        assertThat(rows(tables.get(0))).contains("规章 | 000", "行政规范性文件 | 5845546", "行政事业性收费 | 0",
                "本年收费金额（单位：万元） | ");
        assertThat(rows(tables.get(1))).contains("一、本年新收政府信息公开申请数量 | 1400000 14",
                "1.本机关不掌握相关政府信息 | 1000001", "2.没有现成信息需要另行制作 | 0　0　0 0 0 0 0",
                "（七）总计 | 6000006", "四、结转下年度继续办理 | 0000000");
        assertThat(rows(tables.get(2))).startsWith("行政复议", "行政诉讼", "结果维持").endsWith("000000000000000");
        assertThat(tables.get(1).span()).isEqualTo(SourceSpan.textLine(1, BODY.indexOf("（本列数据") + 1));
        GridCell glued = tables.get(1).grid().rows().stream().filter(r -> r.get(0).text().startsWith("2.没有")).findFirst()
                .orElseThrow().get(0);
        assertThat(glued.span()).isEqualTo(SourceSpan.textLine(1, BODY.indexOf("2.没有现成") + 1));
    }

    @Test
    void should_leave_ordinary_lines_one_paragraph_each() {
        // GIVEN a line-per-paragraph report
        Document doc = read("某局2023年政府信息公开工作年度报告", "", "一、总体情况", "2023年，我局……。");
        // THEN nothing is cut
        assertThat(doc.blocks()).hasSize(4);
        assertThat(doc.blocks()).allSatisfy(b -> assertThat(((TextBlock) b).kind()).isEqualTo(TextBlock.Kind.PARAGRAPH));
    }

    @Test
    void should_give_a_crawled_body_without_its_own_title_the_page_title_and_date() {
        // GIVEN a crawler header over a body that starts with the preface
        Document doc = read("标题: 平潭综合实验区行政审批局2025年政府信息公开工作年度报告", "发布时间: 2026-01-30 16:07",
                "原文链接: https://www.pingtan.gov.cn/t20260130_104906.htm", "==================== 正文 ====================", BODY);
        // WHEN / THEN the page's title is the first heading, its 发布时间 line under it; the header is no text
        List<Block> blocks = doc.blocks();
        assertThat(((TextBlock) blocks.get(0)).text()).isEqualTo("平潭综合实验区行政审批局2025年政府信息公开工作年度报告");
        assertThat(blocks.get(0).span()).isEqualTo(SourceSpan.textLine(1, 5));
        assertThat(((TextBlock) blocks.get(1)).text()).isEqualTo("发布时间: 2026-01-30 16:07");
        assertThat(((TextBlock) blocks.get(2)).text()).startsWith("根据《中华人民共和国政府信息公开条例》");
        assertThat(doc.page().url().value()).isEqualTo("https://www.pingtan.gov.cn/t20260130_104906.htm");
    }

    @Test
    void should_keep_the_body_title_and_drop_the_site_furniture_around_it() {
        // GIVEN a crawled body that prints its own title among site furniture
        String body = "平潭综合实验区财政金融局2020年度政府信息公开工作年度报告 来源： 时间：2021-01-28 09:43 --> 微信 微博 QQ空间 全真版 文字版 "
                + "文件下载 相关链接： " + BODY + " 附件下载";
        // WHEN
        Document doc = read("标题: 平潭综合实验区财政金融局2020年度政府信息公开工作年度报告", "发布时间: 2021-01-28 09:43",
                "==================== 正文 ====================", body);
        // THEN the title is the body's own, no furniture word is left in any block
        assertThat(headings(doc).get(0)).isEqualTo("平潭综合实验区财政金融局2020年度政府信息公开工作年度报告");
        assertThat(doc.blocks().get(0).span()).isEqualTo(SourceSpan.textLine(4, 1));
        assertThat(doc.blocks()).filteredOn(TextBlock.class::isInstance).map(b -> ((TextBlock) b).text())
                .noneMatch(t -> t.contains("微博") || t.contains("附件下载") || t.contains("来源："));
    }

    @Test
    void should_cut_a_line_holding_a_whole_table_but_not_a_sentence_naming_its_words() {
        // GIVEN table 1 printed on one line among ordinary lines, and a sentence citing 第二十条 and 复议、诉讼 counts
        String table = "第二十条第（一）项 信息内容 本年制发件数 本年废止件数 现行有效件数 规章 0 0 0 行政规范性文件 3 1 12 "
                + "第二十条第（五）项 信息内容 本年处理决定数量 行政许可 22";
        String prose = "根据《条例》第二十条第（一）项的规定主动公开规章和规范性文件，本年度行政复议0件、行政诉讼0件，全年未收取任何费用。";
        // WHEN
        Document doc = read("二、主动公开政府信息情况", table, prose);
        // THEN the table line becomes a table, the sentence stays one paragraph
        assertThat(tables(doc)).singleElement().satisfies(t -> assertThat(rows(t)).contains("规章 | 0 0 0", "行政许可 | 22"));
        assertThat(doc.blocks().get(2)).isEqualTo(TextBlock.paragraph(prose, SourceSpan.textLine(3, 0)));
    }

    @Test
    void should_read_table_3_whose_header_run_is_glued_to_a_sentence_naming_its_words() {
        // GIVEN section four's sentence "没有…行政复议及行政诉讼情况。" with the table's header and fifteen zeros glued after it
        String body = BODY.replace("四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持",
                "四、政府信息公开行政复议、行政诉讼情况2025年，没有政府信息公开行政复议及行政诉讼情况。行政复议行政诉讼结果维持");
        // WHEN
        Document doc = read(body);
        // THEN the sentence stays a paragraph and the header run after it is table 3 with its fifteen values
        List<TableBlock> tables = tables(doc);
        assertThat(tables).hasSize(3);
        assertThat(rows(tables.get(2))).startsWith("行政复议", "行政诉讼", "结果维持").endsWith("000000000000000");
        assertThat(tables.get(2).span()).isEqualTo(SourceSpan.textLine(1, body.indexOf("。行政复议行政诉讼结果维持") + 2));
        assertThat(doc.blocks()).filteredOn(TextBlock.class::isInstance).map(b -> ((TextBlock) b).text())
                .contains("2025年，没有政府信息公开行政复议及行政诉讼情况。");
    }
}
