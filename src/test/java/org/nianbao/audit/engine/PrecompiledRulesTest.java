package org.nianbao.audit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.audit.engine.compile.RuleSetKey;

class PrecompiledRulesTest {
    @TempDir
    Path rules;

    private static RuleSetKey key(String text) {
        SortedMap<String, String> drl = new TreeMap<>();
        drl.put("x.drl", text);
        return RuleSetKey.of(drl).orElseThrow();
    }

    @Test
    void should_find_what_was_stored_for_the_same_key_only() throws IOException {
        // GIVEN a kjar stored for one rule set
        Files.writeString(rules.resolve("x.drl"), "rule 1");
        Path saved = PrecompiledRules.store(rules, key("rule 1"), new byte[] {1, 2, 3});
        // WHEN looked up THEN the same key finds those bytes, another key nothing
        RulesSource source = RulesSource.of(rules);
        assertThat(PrecompiledRules.find(source, key("rule 1"))).singleElement().satisfies(b -> assertThat(b).containsExactly(1, 2, 3));
        assertThat(PrecompiledRules.find(source, key("rule 2"))).isEmpty();
        assertThat(saved).isEqualTo(rules.resolve(".compiled").resolve(key("rule 1").fileName()));
    }

    @Test
    void should_keep_only_the_latest_kjar_and_no_temporary_file() throws IOException {
        // GIVEN a kjar of an earlier version of the rules and a file of the author's own
        PrecompiledRules.store(rules, key("rule 1"), new byte[] {1});
        Files.writeString(rules.resolve(".compiled/NOTES.txt"), "mine");
        // WHEN the edited rules are stored
        PrecompiledRules.store(rules, key("rule 2"), new byte[] {2});
        // THEN only the new kjar and the author's file remain
        try (Stream<Path> files = Files.list(rules.resolve(".compiled"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(key("rule 2").fileName(), "NOTES.txt");
        }
    }

    @Test
    void should_never_read_the_precompiled_folder_as_rules() throws IOException {
        // GIVEN a rules folder with a stored kjar
        Files.writeString(rules.resolve("x.drl"), "rule 1");
        PrecompiledRules.store(rules, key("rule 1"), new byte[] {1});
        // WHEN the folder is read as rules THEN the kjar is not among its files
        assertThat(RulesSource.of(rules).files()).containsOnlyKeys("x.drl");
    }
}
