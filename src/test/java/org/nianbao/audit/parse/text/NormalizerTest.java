package org.nianbao.audit.parse.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer.Form;
import java.util.Random;
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

    @Test
    void should_compact_every_character_as_the_jdk_normaliser_does() {
        // GIVEN every character outside the surrogates
        for (char c = 1; c < Character.MAX_VALUE; c++) {
            if (Character.isSurrogate(c)) {
                continue;
            }
            String one = String.valueOf(c);
            // WHEN compacted THEN exactly what NFKC followed by dropping spaces and quotes gives
            assertThat(Normalizer.compact(one)).as("U+%04X", (int) c).isEqualTo(reference(one));
        }
    }

    @Test
    void should_compact_mixed_text_as_the_jdk_normaliser_does() {
        // GIVEN text mixing the fast path's characters (typographic spaces, full-width forms, 〔〕﹝﹞) with ones
        // that compose or expand (a combining acute, ½, ①)
        String alphabet = "a1 \t局（一）１．、。“”\u00a0\u2002\u3000\u202f﹝﹞〔〕〖〗·×¥—\u0301½①ｅ";
        Random random = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i >= 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = text.toString();
            // WHEN compacted THEN exactly the reference
            assertThat(Normalizer.compact(s)).as("\"%s\"", s).isEqualTo(reference(s));
        }
    }

    @Test
    void should_read_typographic_spaces_and_small_brackets_without_the_jdk_normaliser() {
        assertThat(Normalizer.compactChar('\u00a0')).isEqualTo(Normalizer.DROPPED);
        assertThat(Normalizer.compactChar('\u2002')).isEqualTo(Normalizer.DROPPED);
        assertThat(Normalizer.compactChar('﹝')).isEqualTo('〔');
        assertThat(Normalizer.compactChar('〔')).isEqualTo('〔');
        assertThat(Normalizer.compactChar('·')).isEqualTo('·');
    }

    /** NFKC by the JDK, then white space and quotes dropped: what compacting means. */
    private static String reference(String s) {
        String n = java.text.Normalizer.normalize(s, Form.NFKC);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            boolean quote = "\"'\u201c\u201d\u2018\u2019\u300c\u300d\u300e\u300f".indexOf(c) >= 0;
            if (!Normalizer.isSpace(c) && !quote) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
