package org.nianbao.audit.render.summary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.audit.render.JsonSupport;
import org.nianbao.audit.render.SampleAudits;

class SarifRendererTest {
    @TempDir
    Path tmp;

    private JsonNode sarif(BatchSummary summary) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SarifRenderer().render(summary, out);
        return JsonSupport.MAPPER.readTree(out.toByteArray());
    }

    @Test
    void should_write_sarif_2_1_0_with_one_result_per_finding_at_file_and_line() throws IOException {
        // GIVEN a batch of a hostile report (three findings), a clean one and an unreadable file
        BatchSummary batch = SampleBatch.of(tmp);
        // WHEN
        JsonNode sarif = sarif(batch);
        // THEN
        assertThat(sarif.get("$schema").asText()).endsWith("sarif-2.1.0.json");
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        assertThat(sarif.get("runs")).hasSize(1);
        JsonNode results = sarif.get("runs").get(0).get("results");
        assertThat(results).hasSize(3);
        assertThat(results).extracting(r -> r.get("ruleId").asText())
                .containsExactly("CONTAM-SPAM", "ARITH-T2-TOTAL", "EXTRACT-GLUED");
        assertThat(results).extracting(r -> r.get("level").asText()).containsExactly("error", "error", "warning");
        assertThat(results.get(0).get("message").get("text").asText()).isEqualTo("正文含有赌博类垃圾信息“最新老虎机”");
        JsonNode loc = results.get(0).get("locations").get(0).get("physicalLocation");
        assertThat(loc.get("artifactLocation").get("uri").asText()).isEqualTo("in/003.txt");
        assertThat(loc.get("region").get("startLine").asInt()).isEqualTo(12);
        assertThat(loc.get("region").get("snippet").get("text").asText()).isEqualTo("最新老虎机" + SampleAudits.SCRIPT);
        // the evidence in words: where, the labelled values, the cells by their template labels
        JsonNode arith = results.get(1);
        assertThat(arith.get("locations").get(0).get("message").get("text").asText())
                .isEqualTo("三、收到和处理政府信息公开申请情况，表二 一、本年新收政府信息公开申请数量 行 · 总计 列，第80行");
        assertThat(arith.get("properties").get("reported").asText()).isEqualTo("表中总计：12");
        assertThat(arith.get("properties").get("expected").asText()).isEqualTo("计算结果（各列之和）：11");
        assertThat(arith.get("properties").get("cells").get(0).asText()).isEqualTo("一、本年新收政府信息公开申请数量 · 自然人：5");
    }

    @Test
    void should_describe_every_rule_of_the_rule_set_sorted_by_id_fired_or_not() throws IOException {
        // GIVEN a rule set of four rules, two of which never fire, and a fired rule outside the set
        BatchSummary batch = SampleBatch.of(tmp);
        // WHEN
        JsonNode rules = sarif(batch).get("runs").get(0).get("tool").get("driver").get("rules");
        // THEN
        assertThat(rules).extracting(r -> r.get("id").asText())
                .containsExactly("ARITH-T1-SUM", "ARITH-T2-TOTAL", "CONTAM-SPAM", "EXTRACT-GLUED", "TIME-LATE");
        JsonNode neverFired = rules.get(4);
        assertThat(neverFired.get("name").asText()).isEqualTo("未在1月31日前公布年度报告");
        assertThat(neverFired.get("shortDescription").get("text").asText()).isEqualTo("未在1月31日前公布年度报告");
        assertThat(neverFired.get("fullDescription").get("text").asText())
                .isEqualTo("未在1月31日前公布年度报告（依据：《中华人民共和国政府信息公开条例》第四十九条）");
        assertThat(neverFired.get("help").get("text").asText()).isEqualTo("依据：《中华人民共和国政府信息公开条例》第四十九条");
        assertThat(neverFired.get("defaultConfiguration").get("level").asText()).isEqualTo("error");
        assertThat(neverFired.get("properties").get("severity").asText()).isEqualTo("error");
        assertThat(neverFired.get("properties").get("category").asText()).isEqualTo("timeliness");
        assertThat(rules.get(0).get("defaultConfiguration").get("level").asText()).isEqualTo("warning");
        assertThat(rules.get(2).get("defaultConfiguration").get("level").asText()).isEqualTo("error");
        assertThat(rules.get(2).get("properties").get("severity").asText()).isEqualTo("critical");
    }

    @Test
    void should_point_every_result_at_its_rule_with_rule_index() throws IOException {
        // GIVEN
        JsonNode run = sarif(SampleBatch.of(tmp)).get("runs").get(0);
        JsonNode rules = run.get("tool").get("driver").get("rules");
        // WHEN / THEN every result's ruleIndex names the descriptor of its ruleId
        JsonNode results = run.get("results");
        assertThat(results).isNotEmpty();
        for (JsonNode r : results) {
            assertThat(rules.get(r.get("ruleIndex").asInt()).get("id").asText()).isEqualTo(r.get("ruleId").asText());
        }
        assertThat(results).extracting(r -> r.get("ruleIndex").asInt()).containsExactly(2, 1, 3);
    }

    @Test
    void should_describe_fired_rules_from_their_findings_when_no_rule_set_is_given() throws IOException {
        // GIVEN the same batch with an empty rule set (an auditor that does not say what it runs)
        BatchSummary full = SampleBatch.of(tmp);
        BatchSummary bare = new BatchSummary(full.rows(), full.tally(), full.findings(), full.perReportExtensions(),
                full.scratch(), List.of());
        // WHEN
        JsonNode rules = sarif(bare).get("runs").get(0).get("tool").get("driver").get("rules");
        // THEN
        assertThat(rules).extracting(r -> r.get("id").asText())
                .containsExactly("ARITH-T2-TOTAL", "CONTAM-SPAM", "EXTRACT-GLUED");
        assertThat(rules.get(0).get("properties").get("basis").asText()).isEqualTo("表二勾稽关系");
    }

    @Test
    void should_write_byte_identical_sarif_for_the_same_batch() throws IOException {
        // GIVEN two renderings of the same batch, the rule set handed in a different order
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        BatchSummary batch = SampleBatch.of(tmp);
        List<RuleDescription> reversed = new ArrayList<>(batch.ruleSet());
        Collections.reverse(reversed);
        BatchSummary shuffled = new BatchSummary(batch.rows(), batch.tally(), batch.findings(),
                batch.perReportExtensions(), batch.scratch(), reversed);
        // WHEN
        new SarifRenderer().render(batch, a);
        new SarifRenderer().render(shuffled, b);
        // THEN
        assertThat(a.toByteArray()).isNotEmpty().isEqualTo(b.toByteArray());
    }

    @Test
    void should_map_severities_to_levels() {
        assertThat(SarifRenderer.level("critical")).isEqualTo("error");
        assertThat(SarifRenderer.level("error")).isEqualTo("error");
        assertThat(SarifRenderer.level("warning")).isEqualTo("warning");
        assertThat(SarifRenderer.level("info")).isEqualTo("note");
        assertThat(SarifRenderer.uri("a b/报告.txt")).isEqualTo("a%20b/%E6%8A%A5%E5%91%8A.txt");
    }
}
