package org.nianbao.audit.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.nianbao.audit.grade.Audit;

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
        assertThat(html).contains("报告填报</th><td>12</td>").contains("计算结果</th><td>11</td>")
                .contains("T2.R1.NP&#x3D;5，T2.R1.LP&#x3D;6");
        assertThat(html).contains("提取问题（不计入评分）").contains("第80行").contains("表二勾稽关系");
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
    }
}
