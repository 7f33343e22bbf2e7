package org.nianbao.audit.parse.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TableVocabularyTest {
    private final TableVocabulary vocabulary = TableVocabulary.of(org.nianbao.audit.engine.formats.ProjectFormats.template());

    @Test
    void should_know_the_tables_labels_and_headers_without_their_numbering() {
        assertThat(vocabulary.isTableWord("总计")).isTrue();
        assertThat(vocabulary.isTableWord("行政诉讼")).isTrue();
        assertThat(vocabulary.isTableWord("结果维持")).isTrue();
        assertThat(vocabulary.isTableWord("予以公开")).isTrue();
        assertThat(vocabulary.isTableWord("信息内容")).isTrue();
        assertThat(vocabulary.isTableWord("问题")).isFalse();
        assertThat(vocabulary.isTableWord("申请")).isFalse();
    }

    @Test
    void should_tell_a_numbered_table_two_row_from_a_prose_item() {
        // GIVEN text following a marker, as crawling runs it on (full width, spaces, quotes)
        assertThat(vocabulary.startsTableRow("（一）予以公开0000000", 3)).isTrue();
        assertThat(vocabulary.startsTableRow("2. 重复申请 0 0 0", 2)).isTrue();
        assertThat(vocabulary.startsTableRow("3.危及“三安全一稳定”0000000", 2)).isTrue();
        assertThat(vocabulary.startsTableRow("（七）总计 1 0", 3)).isTrue();
        // THEN a prose item is none
        assertThat(vocabulary.startsTableRow("（三）政府信息管理。严格落实", 3)).isFalse();
        assertThat(vocabulary.startsTableRow("2.开设政务公开栏", 2)).isFalse();
    }
}
