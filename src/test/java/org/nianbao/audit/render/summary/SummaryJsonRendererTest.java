package org.nianbao.audit.render.summary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.audit.render.JsonSupport;

class SummaryJsonRendererTest {
    @TempDir
    Path tmp;

    @Test
    void should_list_every_input_in_order_with_counts() throws IOException {
        // GIVEN
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // WHEN
        new SummaryJsonRenderer().render(SampleBatch.of(tmp), out);
        // THEN
        JsonNode json = JsonSupport.MAPPER.readTree(out.toByteArray());
        assertThat(json.get("reports").asInt()).isEqualTo(3);
        assertThat(json.get("grades").get("D").asInt()).isEqualTo(2);
        assertThat(json.get("grades").get("notAssessable").asInt()).isEqualTo(1);
        JsonNode entries = json.get("entries");
        assertThat(entries).extracting(e -> e.get("source").asText())
                .containsExactly("in/003.txt", "in/001.txt", "in/empty.txt");
        assertThat(entries.get(0).get("file").asText()).isEqualTo("stem0.json");
        assertThat(entries.get(0).get("counts").get("critical").asInt()).isEqualTo(1);
        assertThat(entries.get(2).get("status").asText()).isEqualTo("not-assessable");
        assertThat(entries.get(2).get("gradeReason").asText()).contains("文件为空");
        assertThat(out.toString()).doesNotContain("\r");
    }
}
