package org.nianbao.audit.parse.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormalizerTest {
    @Test
    void should_compact_single_characters_exactly_as_the_whole_string_path_does() {
        int simple = 0;
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (Character.isSurrogate(c)) {
                continue;
            }
            int fast = Normalizer.compactChar(c);
            if (fast == Normalizer.NOT_SIMPLE) {
                continue;
            }
            simple++;
            String expected = Normalizer.compact(String.valueOf(c));
            String actual = fast == Normalizer.DROPPED ? "" : String.valueOf((char) fast);
            assertThat(actual).as("U+%04X", (int) c).isEqualTo(expected);
        }
        // ASCII, CJK ideographs, full-width forms and common punctuation take the fast path
        assertThat(simple).isGreaterThan(21_000);
    }

    @Test
    void should_map_full_width_forms_and_drop_spaces_and_quotes() {
        assertThat(Normalizer.compactChar('Ａ')).isEqualTo('A');
        assertThat(Normalizer.compactChar('（')).isEqualTo('(');
        assertThat(Normalizer.compactChar('\u3000')).isEqualTo(Normalizer.DROPPED);
        assertThat(Normalizer.compactChar('“')).isEqualTo(Normalizer.DROPPED);
        assertThat(Normalizer.compactChar('局')).isEqualTo('局');
        assertThat(Normalizer.compactChar('\u00bd')).isEqualTo(Normalizer.NOT_SIMPLE); // ½ → 1⁄2
    }
}
