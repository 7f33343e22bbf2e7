package org.nianbao.audit.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownEscaperTest {
    @Test
    void should_escape_inline_markup_and_html() {
        assertThat(MarkdownEscaper.escape("[点击](http://x) *粗* `code` <b>&")).isEqualTo(
                "\\[点击\\](http://x) \\*粗\\* \\`code\\` &lt;b&gt;&amp;");
    }

    @Test
    void should_escape_block_markers_only_at_the_start() {
        assertThat(MarkdownEscaper.escape("# 标题")).isEqualTo("\\# 标题");
        assertThat(MarkdownEscaper.escape("=HYPERLINK(1)")).isEqualTo("\\=HYPERLINK(1)");
        assertThat(MarkdownEscaper.escape("> 引用")).isEqualTo("\\> 引用");
        assertThat(MarkdownEscaper.escape("12. 条目")).isEqualTo("12\\. 条目");
        assertThat(MarkdownEscaper.escape("2023-01-20")).isEqualTo("2023-01-20");
    }

    @Test
    void should_turn_line_breaks_into_spaces() {
        assertThat(MarkdownEscaper.escape("一\n## 二\r\n三")).isEqualTo("一 ## 二  三");
    }
}
