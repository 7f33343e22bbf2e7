package org.nianbao.audit.render.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.audit.render.SampleAudits;

class IndexHtmlRendererTest {
    @TempDir
    Path tmp;

    private static String render(BatchSummary summary) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new IndexHtmlRenderer().render(summary, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void should_show_chart_table_problems_and_failures_escaped() throws IOException {
        // GIVEN / WHEN
        String html = render(SampleBatch.of(tmp));
        // THEN
        assertThat(html).contains("<svg").contains("<rect").contains(">不可评估</text>");
        assertThat(html).contains("<a href=\"stem0.html\">某某县人民政府&lt;script&gt;");
        assertThat(html.split("<script", -1)).hasSize(2); // only the page's own sorting and filtering script
        assertThat(html).contains("CONTAM-SPAM").contains("in/empty.txt").contains("不可评估：文件为空");
        assertThat(html).doesNotContain("src=").doesNotContain("href=\"http");
    }

    @Test
    void should_list_agencies_worst_first_with_the_reason_and_top_finding() throws IOException {
        // GIVEN a D with a critical finding (input 0), a D without (input 1) and a file not assessable (input 2)
        String html = render(SampleBatch.of(tmp));
        // THEN rows come worst first, not in input order; each says why
        int hostile = html.indexOf("<tr data-grade=\"D\" data-rules=\"ARITH-T2-TOTAL CONTAM-SPAM EXTRACT-GLUED\">");
        int clean = html.indexOf("<tr data-grade=\"D\" data-rules=\"\">");
        int na = html.indexOf("<tr data-grade=\"不可评估\"");
        assertThat(hostile).isPositive().isLessThan(clean);
        assertThat(clean).isLessThan(na);
        assertThat(html).contains("<div class=\"reason\">D：发现1项严重问题（网页被植入赌博类垃圾信息）</div>"
                + "<div class=\"top\">网页被植入赌博类垃圾信息（第12行）</div>");
        // the agency name is never squeezed: the file is a secondary line with the whole name as tooltip
        assertThat(html).contains("td.agency{min-width:12em}")
                .contains("<div class=\"file\" title=\"in/003.txt\">in/003.txt</div>");
        // sort direction is visible, and the filter box is there
        assertThat(html).contains("<th data-type=\"num\" aria-sort=\"ascending\">等级</th>")
                .contains("table.sortable th[aria-sort=ascending]::after{content:\"▲\"")
                .contains("当前排序：最差在前（等级、得分、严重问题数）")
                .contains("<input id=\"filter\" type=\"search\"");
    }

    @Test
    void should_rank_problems_by_severity_then_reach_and_link_their_agencies() throws IOException {
        // GIVEN / WHEN
        String html = render(SampleBatch.of(tmp));
        String problems = html.substring(html.indexOf("<table id=\"problems\">"), html.indexOf("</table>", html.indexOf("<table id=\"problems\">")));
        // THEN critical first, then error, then warning; each lists its agencies with links
        assertThat(problems.indexOf("CONTAM-SPAM")).isLessThan(problems.indexOf("ARITH-T2-TOTAL"));
        assertThat(problems.indexOf("ARITH-T2-TOTAL")).isLessThan(problems.indexOf("EXTRACT-GLUED"));
        assertThat(problems).contains("<a href=\"rules.html#CONTAM-SPAM\">CONTAM-SPAM</a>")
                .contains("<a href=\"stem0.html\"><span class=\"badge gd\">D</span>某某县人民政府&lt;script&gt;")
                .contains("<button type=\"button\" class=\"filter\" data-filter=\"CONTAM-SPAM\">筛选这些机关</button>");
    }

    @Test
    void should_say_none_instead_of_drawing_empty_tables() throws IOException {
        // GIVEN a batch where everything was assessed and nothing was found
        BatchSummary summary = SampleBatch.of(tmp, List.of(SampleAudits.graded("in/a.txt", "甲局", 2023, List.of())));
        // WHEN
        String html = render(summary);
        // THEN
        assertThat(html).doesNotContain("<table id=\"problems\">").doesNotContain("<table id=\"failures\">");
        assertThat(html).contains("<h2>主要问题（按严重程度、涉及机关数排列）</h2>\n<p class=\"none\">无</p>")
                .contains("<h2 id=\"not-assessable\">不可评估的文件</h2>\n<p class=\"none\">无</p>");
    }

    @Test
    void should_give_the_run_context_in_the_header() throws IOException {
        // GIVEN a run on two input folders with a changed rules folder, at a fixed time
        RunContext context = RunContext.at(Instant.parse("2026-03-05T02:30:00Z"), "1772677800",
                List.of("fixtures/seeds", "/data/corpus"), 3,
                new RulesIdentity("rules/", "af2ab746f4", RulesIdentity.Provenance.CHANGED));
        BatchSummary summary = SampleBatch.withContext(SampleBatch.of(tmp), context);
        // WHEN
        String html = render(summary);
        // THEN
        assertThat(html).contains("<dt>审核时间</dt><dd id=\"run-time\">2026-03-05 02:30（UTC）</dd>")
                .contains("<dt>输入</dt><dd>fixtures/seeds、/data/corpus</dd>")
                .contains("<dt>文件数</dt><dd>共3份</dd>")
                .contains("<dt>规则</dt><dd>rules/（已改动，不是本工具内置规则），版本 af2ab746f4</dd>")
                .contains("<dt>审核工具</dt><dd>nianbao-audit ")
                .contains("<a href=\"rules.html\">规则目录与评分办法</a>");
    }

    @Test
    void should_percent_encode_links() {
        assertThat(IndexView.href("a#b 1.html")).isEqualTo("a%23b%201.html");
    }
}
