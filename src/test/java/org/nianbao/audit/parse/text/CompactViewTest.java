package org.nianbao.audit.parse.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompactViewTest {
    @Test
    void should_map_compact_positions_back_to_the_original_text() {
        CompactView view = CompactView.of("（国办公开办函 ﹝2019﹞ 60 号）");
        assertThat(view.compact()).isEqualTo("(国办公开办函〔2019〕60号)");
        assertThat(view.original(1, view.compact().length() - 1)).isEqualTo("国办公开办函 ﹝2019﹞ 60 号");
    }
}
