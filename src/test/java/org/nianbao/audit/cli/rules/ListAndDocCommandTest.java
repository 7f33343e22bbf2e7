package org.nianbao.audit.cli.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.audit.engine.RulesSource;
import org.nianbao.audit.engine.compile.AnnotationValue;
import org.nianbao.audit.engine.compile.DrlOutline;

class ListAndDocCommandTest {
    @TempDir
    Path tmp;

    /** Every @id written in the shipped DRL files, read independently of the command. */
    private static TreeSet<String> shippedIds() {
        TreeSet<String> ids = new TreeSet<>();
        RulesSource.of(Workbench.SHIPPED_RULES).filesEndingWith(".drl").forEach((file, text) ->
                DrlOutline.of(file, text).rules().forEach(r -> ids.add(r.annotation("id").map(AnnotationValue::value).orElseThrow())));
        return ids;
    }

    @Test
    void should_list_every_shipped_rule_as_json_sorted_by_id() throws IOException {
        // GIVEN the shipped rules
        // WHEN they are listed as JSON
        Workbench.Run run = Workbench.rules("list", "--format", "json", "--rules", "rules");
        // THEN the output parses, holds every rule once, in id order, with its metadata and place
        JsonNode array = new ObjectMapper().readTree(run.out());
        List<String> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.get("id").asText()));
        assertThat(ids).containsExactlyElementsOf(shippedIds());
        JsonNode first = array.get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("id", "title", "severity", "category", "basis", "file", "line");
        assertThat(first.get("file").asText()).startsWith("rules/").endsWith(".drl");
        assertThat(first.get("line").asInt()).isPositive();
        assertThat(run.exit()).isZero();
    }

    @Test
    void should_print_the_same_bytes_every_time_in_every_format() {
        for (String format : new String[] {"table", "md", "json", "csv"}) {
            // GIVEN / WHEN the catalogue is listed twice
            Workbench.Run a = Workbench.rules("list", "--format", format, "--rules", "rules");
            Workbench.Run b = Workbench.rules("list", "--format", format, "--rules", "rules");
            // THEN both runs agree and every rule is on a line of its own
            assertThat(a.out()).isEqualTo(b.out()).isNotEmpty();
            assertThat(a.out().lines().count()).as(format).isGreaterThanOrEqualTo(shippedIds().size());
        }
    }

    @Test
    void should_escape_everything_in_the_published_catalogue() throws IOException {
        // GIVEN a rule whose title and basis carry markup
        Workbench.write(tmp.resolve("rules/content/x.drl"), """
                package rules.content;
                import org.nianbao.audit.model.Section;
                import org.nianbao.audit.engine.rhs.Raise;
                rule "X-1"
                    @id("X-1") @title("<script>alert('x')</script>") @severity("info") @category("content")
                    @basis("条例 & <b>第五十条</b> | \\"引号\\"")
                when
                    $s : Section(number == 1)
                then
                    Raise.at(kcontext, $s).raise();
                end
                """);
        // WHEN the catalogue is written
        Workbench.Run run = Workbench.rules("doc", "--rules", tmp.resolve("rules").toString(), "--out", tmp.resolve("doc").toString());
        // THEN no markup survives: HTML entities in index.html, escaped Markdown in rules.md
        String html = Files.readString(tmp.resolve("doc/index.html"), StandardCharsets.UTF_8);
        String md = Files.readString(tmp.resolve("doc/rules.md"), StandardCharsets.UTF_8);
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "条例 &amp; &lt;b&gt;第五十条&lt;/b&gt; | &quot;引号&quot;")
                .doesNotContain("<script>", "<b>").contains("<style>", "内容质量").startsWith("<!DOCTYPE html>");
        assertThat(html).doesNotContain("http://", "https://", "<link", "<script");
        assertThat(md).contains("&lt;script&gt;", "\\|").doesNotContain("<script>");
        assertThat(run.exit()).isZero();
    }

    @Test
    void should_group_the_published_catalogue_by_category_and_hold_every_rule() throws IOException {
        // GIVEN / WHEN the shipped rules are documented
        Workbench.Run run = Workbench.rules("doc", "--rules", "rules", "--out", tmp.toString());
        String html = Files.readString(tmp.resolve("index.html"), StandardCharsets.UTF_8);
        // THEN every rule has its row and the categories come in their fixed order
        shippedIds().forEach(id -> assertThat(html).contains("<tr id=\"" + id + "\">"));
        assertThat(html.indexOf("id=\"metadata\"")).isLessThan(html.indexOf("id=\"arithmetic\""));
        assertThat(run.out()).contains("index.html", "rules.md");
        assertThat(run.exit()).isZero();
    }
    @Test
    void should_take_the_severity_legend_from_the_grading_policy() throws IOException {
        // GIVEN a copy of the shipped rules whose policy deducts 5 points per warning
        Path rules = Workbench.copyShippedRules(tmp.resolve("rules"));
        Path policy = rules.resolve("grading.properties");
        Files.writeString(policy, Files.readString(policy).replace("weight.warning=3", "weight.warning=5"));
        // WHEN the catalogue is written
        Workbench.rules("doc", "--rules", rules.toString(), "--out", tmp.resolve("doc").toString());
        // THEN the legend states the policy's weight, not a number written into the program
        assertThat(Files.readString(tmp.resolve("doc/rules.md"))).contains("| 警告 | 5 分 |").doesNotContain("| 警告 | 3 分 |");
        assertThat(Files.readString(tmp.resolve("doc/index.html"))).contains("警告</td><td>5 分</td>");
    }
}
