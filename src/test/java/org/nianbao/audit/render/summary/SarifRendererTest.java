package org.nianbao.audit.render.summary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.audit.render.JsonSupport;

class SarifRendererTest {
    @TempDir
    Path tmp;

    @Test
    void should_write_sarif_2_1_0_with_rules_and_one_result_per_finding() throws IOException {
        // GIVEN
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // WHEN
        new SarifRenderer().render(SampleBatch.of(tmp), out);
        // THEN
        JsonNode sarif = JsonSupport.MAPPER.readTree(out.toByteArray());
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        JsonNode run = sarif.get("runs").get(0);
        JsonNode rules = run.get("tool").get("driver").get("rules");
        assertThat(rules).hasSize(3);
        assertThat(rules.get(0).get("id").asText()).isEqualTo("ARITH-T2-TOTAL");
        assertThat(rules.get(0).get("shortDescription").get("text").asText()).isEqualTo("表二总计与各列之和不符");
        assertThat(rules.get(0).get("properties").get("basis").asText()).isEqualTo("表二勾稽关系");
        JsonNode results = run.get("results");
        assertThat(results).hasSize(3);
        assertThat(results).extracting(r -> r.get("level").asText()).containsExactly("error", "error", "warning");
        JsonNode loc = results.get(0).get("locations").get(0).get("physicalLocation");
        assertThat(loc.get("artifactLocation").get("uri").asText()).isEqualTo("in/003.txt");
        assertThat(loc.get("region").get("startLine").asInt()).isEqualTo(12);
        assertThat(results.get(0).get("ruleIndex").asInt()).isEqualTo(1);
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
