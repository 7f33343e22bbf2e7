package org.nianbao.audit.engine.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RuleSetKeyTest {
    private static SortedMap<String, String> files(String... pathsAndTexts) {
        SortedMap<String, String> m = new TreeMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            m.put(pathsAndTexts[i], pathsAndTexts[i + 1]);
        }
        return m;
    }

    private static String key(SortedMap<String, String> files) {
        return RuleSetKey.of(files).hex();
    }

    @Test
    void should_give_the_same_key_for_the_same_files() {
        // GIVEN two equal file sets WHEN keyed THEN the keys are equal, 64 hex digits, and name a .kjar
        String a = key(files("a/x.drl", "rule 1", "b/y.drl", "rule 2"));
        assertThat(a).isEqualTo(key(files("b/y.drl", "rule 2", "a/x.drl", "rule 1"))).matches("[0-9a-f]{64}");
        assertThat(RuleSetKey.of(files("a/x.drl", "rule 1")).fileName()).endsWith(".kjar");
    }

    @Test
    void should_change_when_a_file_is_edited_renamed_added_or_removed() {
        // GIVEN a rule set
        String base = key(files("a/x.drl", "rule 1", "b/y.drl", "rule 2"));
        // WHEN any DRL file changes THEN the key does
        assertThat(key(files("a/x.drl", "rule 1 ", "b/y.drl", "rule 2"))).isNotEqualTo(base);
        assertThat(key(files("a/z.drl", "rule 1", "b/y.drl", "rule 2"))).isNotEqualTo(base);
        assertThat(key(files("a/x.drl", "rule 1", "b/y.drl", "rule 2", "c.drl", ""))).isNotEqualTo(base);
        assertThat(key(files("a/x.drl", "rule 1"))).isNotEqualTo(base);
    }

    @Test
    void should_not_confuse_where_one_file_ends_and_the_next_begins() {
        // GIVEN two sets whose concatenated paths and texts are the same characters
        // WHEN keyed THEN the length prefixes keep them apart
        assertThat(key(files("a.drl", "bc"))).isNotEqualTo(key(files("a.drlb", "c")));
    }
}
