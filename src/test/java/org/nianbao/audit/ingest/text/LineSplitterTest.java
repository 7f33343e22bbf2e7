package org.nianbao.audit.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineSplitterTest {
    private final LineSplitter splitter = new LineSplitter();

    @Test
    void should_split_on_crlf_lf_and_cr() {
        assertThat(splitter.split("a\r\nb\nc\rd")).containsExactly("a", "b", "c", "d");
    }

    @Test
    void should_not_open_an_empty_line_after_the_final_terminator_but_keep_inner_blank_lines() {
        assertThat(splitter.split("a\n\n\nb\n")).containsExactly("a", "", "", "b");
    }

    @Test
    void should_strip_a_leading_bom_and_keep_tabs_nbsp_and_trailing_spaces() {
        assertThat(splitter.split("\ufeff\t\u00a00 \n规\u00a0\u00a0 章 ")).containsExactly("\t\u00a00 ", "规\u00a0\u00a0 章 ");
    }
}
