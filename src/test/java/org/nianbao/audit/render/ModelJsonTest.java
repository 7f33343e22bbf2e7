package org.nianbao.audit.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.nianbao.audit.engine.formats.ProjectFormats;
import org.nianbao.audit.ingest.Ingestor;
import org.nianbao.audit.model.AnnualReport;
import org.nianbao.audit.parse.ReportParser;

class ModelJsonTest {
    @Test
    void should_show_the_text_quality_observations_in_the_parse_output() {
        // GIVEN the crawled report with "问题问题"
        Path path = Path.of("fixtures", "corpus", "txt", "pingtan-shichang-jianguan-ju-2024.txt");
        AnnualReport report = new ReportParser(ProjectFormats.get()).parse(new Ingestor().read(path, path.toString()));
        // WHEN written as the parse command writes it
        ObjectNode json = ModelJson.report(report);
        // THEN the doubled word is there with its line and quote
        assertThat(json.path("textQuality").path("doubledWords")).hasSize(1);
        assertThat(json.path("textQuality").path("doubledWords").get(0).path("text").asText()).isEqualTo("问题问题");
        assertThat(json.path("textQuality").path("doubledWords").get(0).path("line").asInt()).isEqualTo(10);
        assertThat(json.path("textQuality").path("enumerationBreaks")).isEmpty();
    }
}
