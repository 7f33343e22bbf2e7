package org.nianbao.audit.render.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvSummaryRendererTest {
    @TempDir
    Path tmp;

    @Test
    void should_start_with_a_bom_and_neutralise_formulas() throws IOException {
        // GIVEN
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // WHEN
        new CsvSummaryRenderer().render(SampleBatch.of(tmp), out);
        // THEN
        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n", -1);
        assertThat(lines).hasSize(5);
        assertThat(lines[0]).startsWith("文件,输出文件,机关,年度").endsWith(",提示,主要问题,触发的规则");
        // input order, the page a clerk opens, the top problem and the rules that fired
        assertThat(lines[1]).startsWith("in/003.txt,stem0.html,")
                .endsWith(",网页被植入赌博类垃圾信息（第12行）,ARITH-T2-TOTAL CONTAM-SPAM EXTRACT-GLUED");
        assertThat(lines[2]).contains(",'=cmd|' /C calc'!A0,2023,");
        assertThat(lines[3]).isEqualTo("in/empty.txt,stem2.html,,,,不可评估,,,不可评估：文件为空,0,0,0,0,,");
        assertThat(lines[4]).isEmpty();
    }

    @Test
    void should_quote_per_rfc4180_and_neutralise_every_trigger() {
        assertThat(CsvSummaryRenderer.quote("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvSummaryRenderer.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvSummaryRenderer.quote("a\nb")).isEqualTo("\"a\nb\"");
        assertThat(CsvSummaryRenderer.quote("plain")).isEqualTo("plain");
        for (String s : new String[] {"=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "＝1"}) {
            assertThat(SpreadsheetText.neutralize(s)).isEqualTo("'" + s);
        }
        assertThat(SpreadsheetText.neutralize("1=1")).isEqualTo("1=1");
    }
}
