package org.nianbao.audit.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.nianbao.audit.model.AnnualReport;
import org.nianbao.audit.engine.formats.ProjectFormats;
import org.nianbao.audit.ingest.text.TextDocuments;

class ModelJsonTest {
    private static JsonNode row(String text, int table, String key) {
        List<String> lines = List.of(text.split("\n", -1));
        JsonNode report = ModelJson.report(ProjectFormats.parser().parse(org.nianbao.audit.engine.formats.ProjectFormats.textDocument("t.txt", lines)));
        for (JsonNode r : report.get("tables").get(table).get("rows")) {
            if (r.get("key").asText().equals(key)) {
                return r;
            }
        }
        throw new AssertionError("no row " + key);
    }

    @Test
    void should_show_the_origin_and_reconstruction_of_cells_read_from_glued_digits_only() throws IOException {
        // GIVEN a report whose 本年新收 row lost its separators
        String text = Files.readString(Path.of("fixtures/layouts/2021_spaces.txt"), StandardCharsets.UTF_8)
                .replace("一、本年新收政府信息公开申请数量    12     3     1     0     1     0    17",
                        "一、本年新收政府信息公开申请数量  123101017");
        // WHEN
        JsonNode glued = row(text, 1, "R1").get("cells").get(0);
        JsonNode printed = row(text, 1, "R2").get("cells").get(0);
        // THEN
        assertThat(glued.get("origin").asText()).isEqualTo("reconstructed");
        assertThat(glued.get("raw").asText()).isEqualTo("12");
        assertThat(glued.get("reconstruction").asText()).startsWith("123101017 → 12|3|1|0|1|0|17（");
        assertThat(printed.has("origin")).isFalse();
        assertThat(printed.has("reconstruction")).isFalse();
    }

    @Test
    void should_show_the_text_quality_observations_in_the_parse_output() {
        // GIVEN the crawled report with "问题问题"
        Path path = Path.of("fixtures", "corpus", "txt", "pingtan-shichang-jianguan-ju-2024.txt");
        AnnualReport report = ProjectFormats.parser().parse(ProjectFormats.ingestor().read(path, path.toString()));
        // WHEN written as the parse command writes it
        ObjectNode json = ModelJson.report(report);
        // THEN the doubled word is there with its quote
        assertThat(json.path("textQuality").path("doubledWords")).hasSize(1);
        assertThat(json.path("textQuality").path("doubledWords").get(0).path("text").asText()).isEqualTo("问题问题");
        assertThat(json.path("textQuality").path("enumerationBreaks")).isEmpty();
    }
}
