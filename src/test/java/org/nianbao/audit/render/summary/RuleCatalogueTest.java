package org.nianbao.audit.render.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.audit.grade.GradingPolicy;

class RuleCatalogueTest {
    private static final GradingPolicy POLICY = GradingPolicy.parse("grading.properties", """
            score.max=100
            score.floor=0
            weight.critical=40
            weight.error=10
            weight.warning=3
            weight.info=0
            grade.A.min=90
            grade.B.min=75
            grade.C.min=60
            grade.D.min=0
            critical.cap=D
            """);

    private static String render(boolean withIndex) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<RuleDescription> rules = SampleBatch.RULE_SET.stream().map(r -> r.at("rules/x/" + r.id() + ".drl", 7)).toList();
        RuleCatalogue.write(rules, POLICY, withIndex, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void should_give_weights_cut_offs_and_the_critical_cap() throws IOException {
        // GIVEN / WHEN
        String html = render(true);
        // THEN
        assertThat(html).contains("满分 100 分，按发现的问题逐项扣分，最低 0 分；只要有一项“严重”问题，等级最高为 D。")
                .contains("<td class=\"sev critical\">严重</td><td>40 分</td>").contains("<td class=\"sev info\">提示</td><td>不扣分</td>")
                .contains("<tr><td>A</td><td>90 分及以上</td></tr>").contains("<tr><td>B</td><td>75–89 分</td></tr>")
                .contains("<tr><td>D</td><td>0–59 分</td></tr>").contains("mergeGroup");
    }

    @Test
    void should_keep_drl_locations_out_of_the_rule_tables_in_a_section_for_authors() throws IOException {
        // GIVEN / WHEN
        String html = render(true);
        int authors = html.indexOf("<h2 id=\"authors\">");
        // THEN rule rows carry no file; the authors' section, last, does
        assertThat(html).contains("<tr id=\"CONTAM-SPAM\"><td><code>CONTAM-SPAM</code></td><td>网页被植入赌博类垃圾信息</td>");
        assertThat(authors).isPositive();
        assertThat(html.indexOf("rules/x/")).isGreaterThan(authors);
        assertThat(html.substring(authors)).contains("<code>rules/x/CONTAM-SPAM.drl:7</code>").contains("<details>");
    }

    @Test
    void should_link_back_to_the_index_only_when_written_by_the_audit() throws IOException {
        assertThat(render(true)).contains("<nav><a href=\"index.html\">← 返回批量审核总览</a></nav>");
        assertThat(render(false)).doesNotContain("index.html").doesNotContain("<script");
    }
}
