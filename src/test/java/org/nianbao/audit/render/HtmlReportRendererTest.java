package org.nianbao.audit.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.audit.grade.Audit;
import org.nianbao.audit.model.finding.Finding;

class HtmlReportRendererTest {
    private static String render(ReportRenderer r, Audit audit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.render(audit, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void should_escape_markup_from_the_report() throws IOException {
        // GIVEN a contaminated page
        Audit audit = SampleAudits.hostile();
        // WHEN
        String html = render(new HtmlReportRenderer(), audit);
        // THEN
        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        assertThat(html).doesNotContain("href=\"http").doesNotContain("src=");
        assertThat(html).contains("&#x3D;HYPERLINK(&quot;http://evil.example/&quot;");
    }

    @Test
    void should_show_header_groups_comparison_and_extraction_mark() throws IOException {
        // GIVEN
        Audit audit = SampleAudits.hostile();
        // WHEN
        String html = render(new HtmlReportRenderer(), audit);
        // THEN
        assertThat(html).contains("class=\"badge gd\">D<").contains("47").contains("D：发现1项严重问题");
        assertThat(html).contains("<h2>标题及页面信息</h2>").contains("<h2>三、收到和处理政府信息公开申请情况</h2>");
        assertThat(html.indexOf("标题及页面信息")).isLessThan(html.indexOf("三、收到和处理"));
        // the compared values under the rule's own names, the cells and the place by the template's labels
        assertThat(html).contains("<th>表中总计</th><td>12</td>").contains("<th>计算结果（各列之和）</th><td>11</td>")
                .contains("<li>一、本年新收政府信息公开申请数量 · 自然人：5</li>")
                .contains("<b>位置</b> 三、收到和处理政府信息公开申请情况，表二 一、本年新收政府信息公开申请数量 行 · 总计 列，第80行");
        assertThat(html).contains("提取问题（不计入评分）").contains("表二勾稽关系");
        // back to the index, and each rule id to its row in the catalogue written next to the page
        assertThat(html).contains("<a href=\"index.html\">← 返回批量审核总览</a>").contains("<a href=\"rules.html\">规则目录与评分办法</a>")
                .contains("<a href=\"rules.html#ARITH-T2-TOTAL\">ARITH-T2-TOTAL</a>");
    }

    @Test
    void should_mark_the_offending_words_in_the_quote_and_escape_around_them() throws IOException {
        // GIVEN a message quoting the spam terms in 「」 and a quote holding them between markup
        Audit audit = SampleAudits.graded("in/a.txt", "某局", 2023, List.of(SampleAudits.spam(1, "<b>最新老虎机_即时比分网</b>平台")));
        // WHEN
        String html = render(new HtmlReportRenderer(), audit);
        String md = render(new MarkdownReportRenderer(), audit);
        // THEN
        assertThat(html).contains("<blockquote>&lt;b&gt;最新<mark>老虎机</mark>_<mark>即时比分网</mark>&lt;/b&gt;平台</blockquote>");
        assertThat(md).contains("> &lt;b&gt;最新**老虎机**\\_**即时比分网**&lt;/b&gt;平台");
    }

    @Test
    void should_name_every_reason_of_a_merged_finding_once() throws IOException {
        // GIVEN one spot found by two rules and merged
        Finding merged = SampleAudits.spam(3, "老虎机").toBuilder()
                .merged(List.of(SampleAudits.spam(3, "老虎机").toBuilder().rule("SPAM-SUBST").title("垃圾信息顶替了网站名称")
                        .message("第3行的垃圾信息顶替了网站名称").build())).build();
        // WHEN
        String html = render(new HtmlReportRenderer(), SampleAudits.graded("in/a.txt", "某局", 2023, List.of(merged)));
        // THEN one finding, both rules, each linked to the catalogue
        assertThat(html.split("class=\"finding ", -1)).hasSize(2);
        assertThat(html).contains("<a href=\"rules.html#SPAM-KW\">SPAM-KW</a>")
                .contains("同一处还违反 <span class=\"rule\"><a href=\"rules.html#SPAM-SUBST\">SPAM-SUBST</a></span> 垃圾信息顶替了网站名称：第3行的垃圾信息顶替了网站名称");
    }

    @Test
    void should_print_on_a4_without_navigation_and_show_the_file_relative_to_its_input_folder() throws IOException {
        // GIVEN a page of a batch run on /data/2024/submissions
        Audit audit = SampleAudits.graded("/data/2024/submissions/县/003.txt", "某局", 2023, List.of());
        // WHEN
        String html = render(new HtmlReportRenderer(new PageContext(List.of("/data/2024/submissions"), "rules/，版本 abc")), audit);
        // THEN
        assertThat(html).contains("@media print{").contains("@page{size:A4").contains("nav{display:none}")
                .contains(".finding{box-shadow:none;border:1px solid #bbb;border-left-width:4px;break-inside:avoid");
        assertThat(html).contains("<dd>submissions/县/003.txt</dd>").doesNotContain("/data/2024").contains("<dd>rules/，版本 abc</dd>");
    }

    @Test
    void should_render_a_not_assessable_report_without_grade() throws IOException {
        // GIVEN / WHEN
        String html = render(new HtmlReportRenderer(), SampleAudits.notAssessable("empty.txt"));
        // THEN
        assertThat(html).contains("class=\"badge na\">不可评估<").contains("未发现问题。").contains("文件为空");
    }

    @Test
    void should_escape_markdown_and_html_in_the_md_page() throws IOException {
        // GIVEN
        Audit audit = SampleAudits.hostile();
        // WHEN
        String md = render(new MarkdownReportRenderer(), audit);
        // THEN
        assertThat(md).doesNotContain("<script").contains("&lt;script&gt;");
        assertThat(md).contains("\\=HYPERLINK(").doesNotContain("](");
        assertThat(md).contains("## 三、收到和处理政府信息公开申请情况").contains("〔提取问题（不计入评分）〕");
        assertThat(md).contains("位置：三、收到和处理政府信息公开申请情况，表二 一、本年新收政府信息公开申请数量 行 · 总计 列，第80行")
                .contains("表中总计：12；计算结果（各列之和）：11");
    }
}
