package org.nianbao.audit.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.audit.ingest.html.Pages.all;
import static org.nianbao.audit.ingest.html.Pages.page;
import static org.nianbao.audit.ingest.html.Pages.row;
import static org.nianbao.audit.ingest.html.Pages.tables;
import static org.nianbao.audit.ingest.html.Pages.texts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.audit.document.Document;
import org.nianbao.audit.document.TableBlock;
import org.nianbao.audit.document.TextBlock;
import org.nianbao.audit.ingest.Ingestor;
import org.nianbao.audit.model.ProblemCode;
import org.nianbao.audit.model.SourceSpan;

class HtmlSourceReaderTest {
    @TempDir
    Path dir;

    @Test
    void should_read_the_article_of_the_real_site_page_and_nothing_of_its_chrome() {
        // WHEN the real TRS page (69 % site chrome around div.TRS_Editor) is read
        Document doc = Pages.read(Pages.CORPUS_PAGE);
        // THEN the page's title and 时间 line come first, then the body's 17 paragraphs and three tables
        assertThat(doc.readable()).isTrue();
        assertThat(doc.format()).isEqualTo("html");
        assertThat(doc.charset()).isEqualTo("UTF-8");
        List<String> texts = texts(doc);
        assertThat(texts).hasSize(17);
        assertThat(texts.subList(0, 4)).containsExactly("平潭综合实验区行政审批局2025年政府信息公开工作年度报告",
                "发布时间：2026-01-30 16:07", texts.get(2), "一、总体情况");
        assertThat(texts.get(2)).startsWith("根据《中华人民共和国政府信息公开条例》").endsWith("电话：0591-23153022。");
        assertThat(texts).contains("二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                "四、政府信息公开行政复议与行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项");
        assertThat(texts.get(16)).contains("《国务院办公厅关于印发<政府信息公开信息处理费管理办法>的通知》");
        assertThat(doc.blocks().get(0)).isInstanceOf(TextBlock.class);
        assertThat(((TextBlock) doc.blocks().get(0)).kind()).isEqualTo(TextBlock.Kind.HEADING);
        String text = all(doc);
        for (String chrome : List.of("当前位置", "首页", "QQ空间", "扫一扫", "附件下载", "全真版", "相关链接", "长者模式",
                "H5解读", "版权", "ICP", "gklist", "关闭", "来源：")) {
            assertThat(text).as(chrome).doesNotContain(chrome);
        }
    }

    @Test
    void should_expand_the_24_colspans_and_13_rowspans_of_the_real_page_into_three_grids() {
        // WHEN
        List<TableBlock> tables = tables(Pages.read(Pages.CORPUS_PAGE));
        // THEN 表一 13 × 4, 表二 28 × 10, 表三 4 × 15, each cell under its header
        assertThat(tables).extracting(t -> t.grid().height() + "x" + t.grid().width())
                .containsExactly("13x4", "28x10", "4x15");
        assertThat(row(tables.get(0), 2)).containsExactly("行政规范性文件", "3", "0", "24");
        assertThat(row(tables.get(0), 5)).containsExactly("行政许可", "0", "^", "^");
        assertThat(row(tables.get(1), 1)).containsExactly("^", "^", "^", "自然人", "法人或其他组织", "^", "^", "^", "^",
                "总计");
        assertThat(row(tables.get(1), 5)).containsExactly("三、本年度办理结果", "（一）予以公开", "^", "0", "0", "0", "0",
                "0", "0", "0");
        assertThat(row(tables.get(1), 14)).containsExactly("^", "^", "8.属于行政查询事项", "3", "0", "0", "0", "0", "0", "3");
        assertThat(row(tables.get(1), 26)).containsExactly("^", "（七）总计", "^", "6", "0", "0", "0", "0", "0", "6");
        assertThat(row(tables.get(2), 1)).containsExactly("结果维持", "结果纠正", "其他结果", "尚未审结", "总计",
                "未经复议直接起诉", "^", "^", "^", "^", "复议后起诉", "^", "^", "^", "^");
        assertThat(tables.get(1).grid().cell(26, 9).span()).isEqualTo(SourceSpan.tableCell(0, 2, 27, 10));
    }

    @Test
    void should_read_the_page_facts_of_the_real_page() {
        // WHEN
        Document doc = Pages.read(Pages.CORPUS_PAGE);
        // THEN the 时间 span under the title wins over the meta tag it agrees with
        assertThat(doc.page().title().value()).isEqualTo("平潭综合实验区行政审批局2025年政府信息公开工作年度报告");
        assertThat(doc.page().published().value()).isEqualTo("2026-01-30 16:07");
        assertThat(doc.page().publisher().value()).isEqualTo("区行政审批局");
        assertThat(doc.page().url().value()).endsWith("/zfxxgknb/202601/t20260130_104906.htm");
        assertThat(doc.page().indexNumber()).isNull();
    }

    @Test
    void should_number_paragraphs_and_tables_as_a_reader_finds_them() {
        Document doc = Pages.read(Pages.CORPUS_PAGE);
        assertThat(doc.blocks().get(3).span()).isEqualTo(SourceSpan.paragraph(0, 4));
        assertThat(tables(doc)).extracting(TableBlock::span)
                .containsExactly(SourceSpan.tableCell(0, 1, 0, 0), SourceSpan.tableCell(0, 2, 0, 0),
                        SourceSpan.tableCell(0, 3, 0, 0));
    }

    @Test
    void should_read_the_info_table_above_the_article_and_print_its_date_under_the_title() {
        // WHEN the GBK site page with a 索引号 / 发布机构 / 发布日期 table
        Document doc = Pages.read(Pages.SITE_PAGE_GBK);
        // THEN
        assertThat(doc.charset()).isEqualTo("GB18030");
        assertThat(doc.warnings()).isEmpty();
        assertThat(doc.page().indexNumber().value()).isEqualTo("11999999MB1234567X/2024-00012");
        assertThat(doc.page().published().value()).isEqualTo("2024-01-19");
        assertThat(doc.page().publisher().value()).isEqualTo("安平市科学技术局");
        assertThat(texts(doc).subList(0, 2)).containsExactly("安平市科学技术局2023年政府信息公开工作年度报告", "发布日期：2024-01-19");
        assertThat(all(doc)).doesNotContain("索引号").doesNotContain("成文日期");
    }

    @Test
    void should_read_a_word_export_inside_a_table_layout_site() {
        // WHEN the 2019 Word export (MsoNormal, 仿宋_GB2312 spans, &nbsp; indents, <br> inside header words)
        Document doc = Pages.read(Pages.WORD_2019);
        // THEN
        List<String> texts = texts(doc);
        assertThat(texts.subList(0, 2)).containsExactly("安平市科学技术局2020年政府信息公开工作年度报告", "发布时间：2021-01-25");
        assertThat(texts).contains("（一）主动公开", "（二）依申请公开", "六、其他需要报告的事项", "无。");
        assertThat(doc.blocks()).filteredOn(b -> b instanceof TextBlock t && t.text().equals("一、总体情况"))
                .singleElement().extracting(b -> ((TextBlock) b).kind()).isEqualTo(TextBlock.Kind.HEADING);
        List<TableBlock> tables = tables(doc);
        assertThat(tables).hasSize(3);
        assertThat(row(tables.get(0), 1)).containsExactly("信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量");
        assertThat(row(tables.get(0), 14)).containsExactly("行政事业性收费", "1", "0", "^");
        assertThat(all(doc)).doesNotContain("您当前的位置").doesNotContain("公开指南").doesNotContain("打印本页")
                .doesNotContain("版权所有").doesNotContain("字体");
    }

    @Test
    void should_drop_hidden_elements_share_boxes_and_link_lists_inside_the_article() {
        // GIVEN an article box holding a hidden note, a share box, a related-links list and a bold sub-heading
        String html = page("<div class=\"nav\"><a href=\"/\">首页</a><a href=\"/a\">政务公开</a></div>"
                + "<div class=\"box\"><p>一、总体情况</p><p><strong>（一）主动公开</strong></p><p>本年度主动公开信息86条。</p>"
                + "<p style=\"display: none\">隐藏的文字</p><div class=\"bdshare\">分享到：<a>微信</a><a>微博</a></div>"
                + "<ul><li><a href=\"/1\">相关文章一</a></li><li><a href=\"/2\">相关文章二</a></li></ul>"
                + "<p>二、主动公开政府信息情况</p><h3>三、收到和处理政府信息公开申请情况</h3><p>第一行<br>第二行</p></div>"
                + "<div class=\"footer\">版权所有 某某网站</div>");
        // WHEN
        Document doc = Pages.read(dir, "p.html", html);
        // THEN
        assertThat(texts(doc)).containsExactly("一、总体情况", "（一）主动公开", "本年度主动公开信息86条。", "二、主动公开政府信息情况",
                "三、收到和处理政府信息公开申请情况", "第一行", "第二行");
        assertThat(doc.blocks()).extracting(b -> ((TextBlock) b).kind()).containsExactly(TextBlock.Kind.PARAGRAPH,
                TextBlock.Kind.HEADING, TextBlock.Kind.PARAGRAPH, TextBlock.Kind.PARAGRAPH, TextBlock.Kind.HEADING,
                TextBlock.Kind.PARAGRAPH, TextBlock.Kind.PARAGRAPH);
    }

    @Test
    void should_take_the_whole_report_when_it_is_split_over_sibling_boxes() {
        // GIVEN sections one to three in one box, four to six in the next, a long news list beside them
        String sections = "<p>一、总体情况</p><p>" + "本机关认真落实条例。".repeat(40) + "</p><p>二、主动公开政府信息情况</p>"
                + "<p>三、收到和处理政府信息公开申请情况</p>";
        String rest = "<p>四、政府信息公开行政复议、行政诉讼情况</p><p>无。</p><p>五、存在的主要问题及改进情况</p><p>无。</p>"
                + "<p>六、其他需要报告的事项</p><p>无。</p>";
        String news = "<div class=\"list\">" + "<p>本市召开全市工作会议，部署年度重点工作任务。</p>".repeat(20) + "</div>";
        Document doc = Pages.read(dir, "split.html", page("<div class=\"wrap\"><div class=\"a\">" + sections
                + "</div><div class=\"b\">" + rest + "</div></div>" + news));
        // THEN every section heading is read, the news list is not
        assertThat(texts(doc)).contains("一、总体情况", "六、其他需要报告的事项").doesNotContain("本市召开全市工作会议，部署年度重点工作任务。");
    }

    @Test
    void should_keep_a_report_inside_a_box_named_like_a_widget() {
        // GIVEN the printable article area named "print_content", a name that otherwise marks a print button
        String html = page("<div id=\"print_content\"><p>一、总体情况</p><p>本年度主动公开信息86条。</p>"
                + "<p>二、主动公开政府信息情况</p><p>三、收到和处理政府信息公开申请情况</p></div><div class=\"print\">打印</div>");
        // WHEN
        Document doc = Pages.read(dir, "print.html", html);
        // THEN
        assertThat(texts(doc)).containsExactly("一、总体情况", "本年度主动公开信息86条。", "二、主动公开政府信息情况",
                "三、收到和处理政府信息公开申请情况");
    }

    @Test
    void should_say_why_each_hostile_page_cannot_be_read() {
        assertThat(problem("fixtures/hostile/empty.html")).isEqualTo(ProblemCode.EMPTY_INPUT + " 网页没有可读文字："
                + "去掉脚本、样式和隐藏内容后，页面上什么也不显示");
        assertThat(problem("fixtures/hostile/image-only.html")).startsWith(ProblemCode.EMPTY_INPUT
                + " 网页正文只有图片，无可读文字：正文区域有 4 张图片，没有报告文字");
        assertThat(problem("fixtures/hostile/iframe-only.html")).startsWith(ProblemCode.EMPTY_INPUT
                + " 网页正文只有内嵌框架，无可读文字：正文区域有 1 个内嵌框架或嵌入对象");
        assertThat(problem("fixtures/hostile/truncated.html")).isEqualTo(ProblemCode.UNREADABLE_FILE
                + " 网页不完整：文件在第 53684 字节处中断，没有 </html> 结束标记，正文之后也没有任何页面内容，报告后面的部分可能缺失，"
                + "无法公正评估；请重新下载完整的网页");
        // a news page is read: the parser, not the reader, says it is no report
        assertThat(Pages.read(Path.of("fixtures/hostile/not-a-report.html")).readable()).isTrue();
    }

    @Test
    void should_refuse_an_empty_file_and_binary_junk_named_html() throws Exception {
        Path empty = dir.resolve("empty.html");
        Files.write(empty, new byte[0]);
        Path junk = dir.resolve("junk.htm");
        byte[] bytes = new byte[8192];
        new Random(7).nextBytes(bytes);
        Files.write(junk, bytes);
        assertThat(Pages.read(empty).problem().getCode()).isEqualTo(ProblemCode.EMPTY_INPUT);
        assertThat(Pages.read(junk).problem().getCode()).isEqualTo(ProblemCode.BINARY_INPUT);
        assertThat(Pages.read(junk).problem().getDetail()).startsWith("文件不是文本");
    }

    @Test
    void should_count_a_page_whose_article_only_links_to_its_pdf_as_no_text() {
        String html = page("<h1>某局2023年政府信息公开工作年度报告</h1><div class=\"content\"><p>附件：</p>"
                + "<p><a href=\"/upload/nb2023.pdf\">某局2023年年报.pdf</a></p></div><div class=\"footer\">版权所有</div>");
        Document doc = Pages.read(dir, "pdf.html", html);
        assertThat(doc.problem().getDetail()).startsWith("网页正文只有附件链接，无可读文字：正文区域有 1 个附件下载链接");
    }

    @Test
    void should_be_chosen_by_the_ingestor_for_every_web_page_extension() {
        Ingestor ingestor = org.nianbao.audit.engine.formats.ProjectFormats.ingestor();
        for (String name : List.of("a.html", "b.HTM", "c.shtml", "d.xhtml")) {
            assertThat(new HtmlSourceReader().accepts(Path.of(name))).as(name).isTrue();
            assertThat(ingestor.isSubmission(Path.of(name))).as(name).isTrue();
        }
        assertThat(new HtmlSourceReader().accepts(Path.of("a.txt"))).isFalse();
        assertThat(ingestor.read(Pages.SITE_PAGE, "x").format()).isEqualTo("html");
    }

    private static String problem(String file) {
        Document doc = Pages.read(Path.of(file));
        return doc.problem() == null ? "readable" : doc.problem().getCode() + " " + doc.problem().getDetail();
    }
}
