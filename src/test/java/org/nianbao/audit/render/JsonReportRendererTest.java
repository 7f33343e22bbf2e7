package org.nianbao.audit.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.audit.grade.Audit;

class JsonReportRendererTest {
    private final JsonReportRenderer renderer = new JsonReportRenderer();

    private byte[] render(Audit audit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(audit, out);
        return out.toByteArray();
    }

    @Test
    void should_write_the_contract_fields_in_order() throws IOException {
        // GIVEN
        Audit audit = SampleAudits.hostile();
        // WHEN
        JsonNode json = JsonSupport.MAPPER.readTree(render(audit));
        // THEN
        List<String> top = new ArrayList<>();
        json.fieldNames().forEachRemaining(top::add);
        assertThat(top).containsExactly("formatVersion", "source", "agency", "year", "template", "published",
                "status", "score", "grade", "gradeReason", "findings");
        assertThat(json.get("published").asText()).isEqualTo("2023-01-20");
        assertThat(json.get("status").asText()).isEqualTo("graded");
        JsonNode first = json.get("findings").get(0);
        List<String> fields = new ArrayList<>();
        first.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("rule", "category", "severity", "origin", "title", "message", "basis",
                "evidence", "line", "section", "where");
        assertThat(first.get("where").asText()).isEqualTo("标题及页面信息，第12行");
        JsonNode arith = json.get("findings").get(1);
        assertThat(arith.get("rule").asText()).isEqualTo("ARITH-T2-TOTAL");
        assertThat(arith.get("reported").asText()).isEqualTo("12");
        assertThat(arith.get("expected").asText()).isEqualTo("11");
        assertThat(arith.get("cells")).hasSize(2);
        // the evidence in words: the template's labels for the place and the cells, the rule's labels for the values
        assertThat(arith.get("where").asText())
                .isEqualTo("三、收到和处理政府信息公开申请情况，表二 一、本年新收政府信息公开申请数量 行 · 总计 列，第80行");
        assertThat(arith.get("cellLabels").get(0).asText()).isEqualTo("一、本年新收政府信息公开申请数量 · 自然人：5");
        assertThat(arith.get("reportedLabel").asText()).isEqualTo("表中总计");
        assertThat(arith.get("expectedLabel").asText()).isEqualTo("计算结果（各列之和）");
        assertThat(json.get("findings").get(2).get("origin").asText()).isEqualTo("extraction");
    }

    @Test
    void should_write_null_grade_and_score_when_not_assessable() throws IOException {
        // GIVEN / WHEN
        JsonNode json = JsonSupport.MAPPER.readTree(render(SampleAudits.notAssessable("x.txt")));
        // THEN
        assertThat(json.get("status").asText()).isEqualTo("not-assessable");
        assertThat(json.get("grade").isNull()).isTrue();
        assertThat(json.get("score").isNull()).isTrue();
        assertThat(json.get("gradeReason").asText()).contains("文件为空");
    }

    @Test
    void should_give_the_same_bytes_with_lf_line_ends_and_raw_utf8() throws IOException {
        // GIVEN
        Audit audit = SampleAudits.hostile();
        // WHEN
        byte[] a = render(audit);
        byte[] b = render(SampleAudits.hostile());
        // THEN
        assertThat(a).isEqualTo(b);
        String text = new String(a, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("\r").endsWith("}\n").contains("\"agency\": \"某某县人民政府");
    }
}
