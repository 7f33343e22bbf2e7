package org.nianbao.audit.render.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexHtmlRendererTest {
    @TempDir
    Path tmp;

    @Test
    void should_show_chart_table_top_rules_and_failures_escaped() throws IOException {
        // GIVEN
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // WHEN
        new IndexHtmlRenderer().render(SampleBatch.of(tmp), out);
        // THEN
        String html = out.toString(StandardCharsets.UTF_8);
        assertThat(html).contains("<svg").contains("<rect").contains(">不可评估</text>");
        assertThat(html).contains("<a href=\"stem0.html\">某某县人民政府&lt;script&gt;");
        assertThat(html.split("<script", -1)).hasSize(2); // only the page's own sorting script
        assertThat(html).contains("CONTAM-SPAM").contains("in/empty.txt").contains("不可评估：文件为空");
        assertThat(html).doesNotContain("src=").doesNotContain("href=\"http");
    }

    @Test
    void should_percent_encode_links() {
        assertThat(IndexView.href("a#b 1.html")).isEqualTo("a%23b%201.html");
    }
}
