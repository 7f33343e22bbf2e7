package org.nianbao.audit.parse.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineTokenizerTest {
    private static List<String> tokens(String text) {
        var lines = FixtureLines.of(text);
        return LineTokenizer.tokenize(lines, 0, lines.size()).stream()
                .map(t -> t.empty() ? "∅" : t.raw()).toList();
    }

    @Test
    void should_split_pipe_rows_and_skip_the_separator_row() {
        // GIVEN / WHEN / THEN
        assertThat(tokens("| 3. 其他 | | 0 | 1 |\n|---|---|\n| a |")).containsExactly("3. 其他", "∅", "0", "1", "a");
    }

    @Test
    void should_keep_empty_tsv_fields_but_not_the_trailing_tab() {
        assertThat(tokens("\t(三) 不予公开\t1. 属于国家秘密\t0\t\t2\t")).containsExactly("(三) 不予公开", "1. 属于国家秘密", "0", "∅", "2");
    }

    @Test
    void should_keep_trailing_empty_tsv_fields_when_not_every_row_has_a_trailing_tab() {
        // GIVEN two TSV rows, only the first ending with tabs
        // WHEN / THEN the empty fields are cells of the row
        assertThat(tokens("行政许可\t1\t\t\n行政处罚\t2\t3")).containsExactly("行政许可", "1", "∅", "∅", "行政处罚", "2", "3");
    }

    @Test
    void should_drop_one_trailing_field_per_row_when_every_row_of_the_block_has_it() {
        // GIVEN pipe rows that all end with an empty field, one of them with a blank cell before it
        // WHEN / THEN only the artefact goes
        assertThat(tokens("| a | 1 | |\n|---|---|---|\n| b | | |")).containsExactly("a", "1", "b", "∅");
    }

    @Test
    void should_keep_leading_tabs_before_a_value_but_not_before_a_label() {
        // GIVEN / WHEN / THEN
        assertThat(tokens("\t1\t0\n\t\t2. 重复申请\t0\t1")).containsExactly("∅", "1", "0", "2. 重复申请", "0", "1");
    }

    @Test
    void should_read_a_line_of_spaces_as_an_empty_cell_only_after_a_tab_prefixed_cell() {
        // GIVEN / WHEN / THEN
        assertThat(tokens("\t1\n   \n\n   \n2")).containsExactly("1", "∅", "2");
        var lines = FixtureLines.of("\t1\n   ");
        assertThat(LineTokenizer.tokenize(lines, 0, lines.size()).get(1).ownLine()).isTrue();
    }

    @Test
    void should_read_a_tab_prefixed_line_as_one_cell_and_a_lone_tab_as_an_empty_cell() {
        assertThat(tokens("\t规\u00a0\u00a0\u00a0 章 \n\t\n\n\t\u00a00")).containsExactly("规\u00a0\u00a0\u00a0 章", "∅", "0");
    }

    @Test
    void should_split_runs_of_spaces_and_trailing_values_but_not_labels() {
        assertThat(tokens("结果 维持   (一) 予以公开  6 1 0\n行政许可 22")).containsExactly(
                "结果 维持", "(一) 予以公开", "6", "1", "0", "行政许可", "22");
    }

    @Test
    void should_mark_values_split_at_single_spaces() {
        var lines = FixtureLines.of("二、上年结转  2  12 3405");
        var tokens = LineTokenizer.tokenize(lines, 0, lines.size());
        assertThat(tokens).extracting(Token::spaced).containsExactly(false, false, true, true);
    }

    @Test
    void should_record_the_field_position_of_delimited_cells_and_none_for_split_pieces() {
        // GIVEN a pipe row, a TSV row with leading empty fields, a space-separated line and single cells
        var lines = FixtureLines.of("| a | | 1 |\n\t\tb\t2\n行政许可 22\n\t规章\n0");
        // WHEN
        var tokens = LineTokenizer.tokenize(lines, 0, lines.size());
        // THEN
        assertThat(tokens).extracting(Token::field).containsExactly(0, 1, 2, 2, 3, Token.PIECE, Token.PIECE,
                Token.WHOLE_LINE, Token.WHOLE_LINE);
    }
}
